package dev.brickoptima.jvm.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlTemplate;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.StringProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM's time budget around the SQL engine, quickly: results pass through unchanged within budget; an input that
 * overruns its overall cap becomes one analysis-timeout finding naming the cap; the per-statement timer interrupts a
 * parser that is still running and leaves a finished one alone. (PathologicalInputTest checks the large inputs.)
 */
class BoundedSqlAnalyzerTest {

    @Test
    void withinBudgetTheFindingsAreTheEngines() {
        BoundedSqlAnalyzer a = new BoundedSqlAnalyzer(AnalyzerConfig.defaults());
        SqlAnalysis r = a.analyze("SELECT * FROM t WHERE a = NULL");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("select-star", "null-comparison");
        assertThat(r.findings()).isEqualTo(a.analyzer().analyze("SELECT * FROM t WHERE a = NULL").findings());
        SqlAnalysis t = a.analyze(SqlTemplate.builder().literal("SELECT * FROM t WHERE id = ", 0).hole().build());
        assertThat(t.findings()).extracting(Finding::ruleId).containsExactly("select-star", "sql-injection-risk");
    }

    @Test
    void anInputOverItsCapIsOneTimeoutFinding() {
        // 1 ms per statement: the cap for ~55 KB is 1 ms x (55 KB / 2 KB + 4), far less than analysing it takes
        AnalyzerConfig tight = AnalyzerConfig.builder().limits(new Limits(Limits.DEFAULT.maxInputChars(), Limits.DEFAULT.maxStatementChars(),
            Limits.DEFAULT.maxNestingDepth(), 1)).build();
        String script = "SELECT a, b, c FROM t WHERE a = 1 AND b IN (1, 2, 3);\n".repeat(1000);
        SqlAnalysis r = new BoundedSqlAnalyzer(tight).analyze(script);
        long cap = Math.max(4, script.length() / 2048 + 4);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("analysis-timeout");
        assertThat(f.message()).isEqualTo("analysis stopped after " + cap + " ms (time budget); results are incomplete");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().line()).isEqualTo(1);
        assertThat(r.internalErrors()).containsExactly(f.message());
        // its severity follows the configuration
        AnalyzerConfig asError = tight.toBuilder().severity("analysis-timeout", Severity.ERROR).build();
        assertThat(new BoundedSqlAnalyzer(asError).analyze(script).findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theParseTimerInterruptsOnlyARunningParse() throws InterruptedException {
        ParseTimeBudget budget = new ParseTimeBudget(5);
        CCJSqlParser running = new CCJSqlParser(new StringProvider("SELECT 1"));
        budget.started(running);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!running.interrupted && System.currentTimeMillis() < deadline) Thread.sleep(5);
        assertThat(running.interrupted).isTrue();
        budget.finished(running);

        ParseTimeBudget later = new ParseTimeBudget(200);
        CCJSqlParser done = new CCJSqlParser(new StringProvider("SELECT 1"));
        later.started(done);
        later.finished(done);
        Thread.sleep(400);
        assertThat(done.interrupted).isFalse();
        later.finished(done); // a second finish is harmless
    }
}
