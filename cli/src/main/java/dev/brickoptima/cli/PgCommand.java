package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.pg.PgConnections;
import dev.brickoptima.jvm.pg.PgException;
import dev.brickoptima.jvm.pg.PgServerAnalysis;
import dev.brickoptima.jvm.pg.PgSession;
import dev.brickoptima.jvm.pg.PgUrl;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.ReportContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code brickoptima pg --url URL}: the statements that cost the most in pg_stat_statements (or --query ones), each
 * explained and checked, with index advice proven by hypopg, and the catalog's unused and duplicate indexes.
 */
@Command(name = "pg", mixinStandardHelpOptions = true,
    description = "Analyze a live PostgreSQL database: the top statements of pg_stat_statements (or --query), their plans, "
        + "index advice checked with hypopg, unused and duplicate indexes. The password comes from PGPASSWORD or ~/.pgpass.")
public final class PgCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
        description = "postgresql://user@host:5432/db (libpq URI), 'host=... dbname=... user=...' or jdbc:postgresql://host/db?user=... "
            + "PG* environment variables fill in what it leaves out. Put the password in PGPASSWORD or ~/.pgpass, not here.")
    String url;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Statements to analyze, by total execution time (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--query", paramLabel = "SQL", description = "Analyze this statement instead of pg_stat_statements' top ones. Repeatable.")
    List<String> queries = new ArrayList<>();

    @Option(names = "--analyze", description = "EXPLAIN ANALYZE statements without parameters: runs them, in a transaction that is rolled back.")
    boolean analyze;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Connect timeout and statement_timeout of each EXPLAIN (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ReportOptions reportOptions;

    /** The environment and home directory credentials come from (tests substitute them). */
    Map<String, String> env = System.getenv();
    Path home = Path.of(System.getProperty("user.home"));

    @Override
    public Integer call() throws IOException {
        reportOptions.threshold();
        if (top < 1) throw new UsageException("--top must be at least 1");
        if (timeoutSeconds < 1) throw new UsageException("--timeout must be at least 1 second");
        AnalyzerConfig config = configOptions.build();
        PgUrl pgUrl;
        try {
            pgUrl = PgUrl.parse(url, env);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        PgConnections connections = PgConnections.of(pgUrl, env, home);
        for (String w : connections.warnings()) err.println("brickoptima: warning: " + w);
        PgServerAnalysis.Result result;
        try (Connection c = connections.open(timeoutSeconds, "brickoptima")) {
            PgSession session = PgSession.of(c);
            result = PgServerAnalysis.run(session, new PgServerAnalysis.Options(top, analyze, queries, timeoutSeconds * 1000), config);
        } catch (PgException e) {
            throw new UsageException(e.getMessage());
        } catch (SQLException e) {
            throw new UsageException("PostgreSQL at " + pgUrl.redacted() + ": " + oneLine(e.getMessage()));
        }
        for (String n : result.notes()) err.println("brickoptima: note: " + n);
        List<AnalyzedInput> reports = new ArrayList<>();
        int failed = 0;
        int number = 0;
        for (PgServerAnalysis.QueryResult q : result.queries()) {
            number++;
            String label = label(q, number);
            for (String n : q.notes()) err.println("brickoptima: note: " + label + ": " + n);
            if (q.nodes() == 0) failed++;
            // the plan goes along so the HTML report can draw its tree (findings point at nodes, not into this text)
            reports.add(new AnalyzedInput(new InputReport(label, "pg-query", q.nodes(), q.findings(), q.errors()), q.planJson(), null));
        }
        reports.add(AnalyzedInput.of(new InputReport("database " + result.database() + " (catalog, " + result.indexes() + " indexes)", "pg-catalog",
            result.indexes(), result.catalogFindings(), List.of())));
        if (result.queries().isEmpty() && queries.isEmpty()) err.println("brickoptima: note: pg_stat_statements has no plannable statement for this database yet");
        int code = reportOptions.write(reports, new ReportContext(Main.VERSION, BaseDir.detect(Path.of(""))), spec.commandLine().getOut());
        // nothing could be analysed: never a silent pass
        return !result.queries().isEmpty() && failed == result.queries().size() ? ExitCode.USAGE : code;
    }

    /** "query 4711 (40 calls, 1,633 ms total, 40.8 ms mean; generic plan): SELECT id, ..." */
    static String label(PgServerAnalysis.QueryResult q, int number) {
        StringBuilder sb = new StringBuilder("query ");
        List<String> facts = new ArrayList<>();
        if (q.stats() != null) {
            sb.append(q.stats().queryId());
            facts.add(q.stats().calls() + (q.stats().calls() == 1 ? " call" : " calls"));
            facts.add(PgNumbers.millis(q.stats().totalMillis()) + " total");
            facts.add(PgNumbers.millis(q.stats().meanMillis()) + " mean");
        } else {
            sb.append(number);
        }
        if (q.analyzed()) facts.add("EXPLAIN ANALYZE");
        else if (q.generic()) facts.add("generic plan");
        sb.append(" (").append(String.join(", ", facts)).append("): ").append(shorten(q.sql()));
        return sb.toString();
    }

    private static String shorten(String sql) {
        String t = sql.replaceAll("\\s+", " ").trim();
        return t.length() <= 100 ? t : t.substring(0, 100) + "...";
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
