package dev.brickoptima.jvm.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import dev.brickoptima.core.rule.RuleRegistry;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQL analyzer with its time budget enforced in the JVM: each parse is interrupted after the statement
 * budget, and a whole input that still overruns (a parser that ignores the interrupt) is abandoned with an
 * {@code analysis-timeout} finding instead of hanging the host. Thread-safe.
 */
public final class BoundedSqlAnalyzer {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "brickoptima-analysis-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final SqlAnalyzer analyzer;
    private final long budgetMillis;

    public BoundedSqlAnalyzer(AnalyzerConfig config) {
        this.budgetMillis = config.limits().statementBudgetMillis();
        this.analyzer = new SqlAnalyzer(config, RuleRegistry.sqlRules(), new ParseTimeBudget(budgetMillis));
    }

    public SqlAnalyzer analyzer() {
        return analyzer;
    }

    public SqlAnalysis analyze(String script) {
        return bounded(() -> analyzer.analyze(script), script.length());
    }

    public SqlAnalysis analyze(SqlTemplate template) {
        return bounded(() -> analyzer.analyze(template), template.text().length());
    }

    private SqlAnalysis bounded(java.util.concurrent.Callable<SqlAnalysis> work, int length) {
        // generous overall cap: one budget per ~2 KB of input, at least 4 budgets
        long cap = budgetMillis * Math.max(4, length / 2048 + 4);
        Future<SqlAnalysis> f = WORKERS.submit(work);
        try {
            return f.get(cap, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return timeout("analysis stopped after " + cap + " ms (time budget); results are incomplete");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return timeout("analysis interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return timeout("analysis failed: " + (c == null ? e : c.getClass().getSimpleName() + ": " + c.getMessage()));
        }
    }

    private SqlAnalysis timeout(String message) {
        Finding f = new Finding(EngineRules.ANALYSIS_TIMEOUT.id(), analyzer.config().severityOf(EngineRules.ANALYSIS_TIMEOUT), message,
            new Location(0, 0, 1, 1, 1, 1, null), List.of(), EngineRules.ANALYSIS_TIMEOUT.rationale());
        return new SqlAnalysis(List.of(f), 0, 0, 0, List.of(message));
    }
}
