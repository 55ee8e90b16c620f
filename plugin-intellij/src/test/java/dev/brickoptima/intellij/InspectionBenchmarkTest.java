package dev.brickoptima.intellij;

import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark: one inspection pass (SQL rules + injection) over a generated 3,000-line Java file with 200 SQL
 * literals, cold (empty analysis cache) and warm (cached). Writes the numbers to target/benchmark.md; the
 * assertions check the cache does its job (deterministic), not the timings (the machine is shared).
 */
class InspectionBenchmarkTest {
    static final int LITERALS = 200;
    static final int LINES = 3_000;
    static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    static String generate() {
        String[] sql = {
            "\"SELECT * FROM orders WHERE customer_id = \" + id",
            "\"SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.status = NULL\"",
            "\"SELECT region, sum(amount) AS total FROM sales WHERE day >= '2024-01-01' GROUP BY region ORDER BY total DESC\"",
            "\"UPDATE accounts SET balance = balance - 10 WHERE name = '\" + name + \"'\"",
            "\"SELECT id FROM events WHERE lower(kind) = 'click' AND ts > current_date() - 7\"",
            "\"DELETE FROM audit_log\"",
            "COLUMNS_QUERY + \" WHERE id IN (1, 2, 3)\"",
            "\"SELECT a.id, b.v FROM a, b WHERE a.x LIKE '%abc'\"",
        };
        StringBuilder sb = new StringBuilder();
        sb.append("package bench;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.Statement;\n\n");
        sb.append("public class BigDao {\n");
        sb.append("    static final String COLUMNS_QUERY = \"SELECT id, name, email FROM users\";\n");
        sb.append("    private final Connection conn;\n\n    BigDao(Connection conn) {\n        this.conn = conn;\n    }\n\n");
        int bodyLines = LINES / LITERALS - 5;
        for (int i = 0; i < LITERALS; i++) {
            sb.append("    ResultSet q").append(i).append("(long id, String name) throws Exception {\n");
            sb.append("        Statement st = conn.createStatement();\n");
            for (int k = 0; k < bodyLines; k++) sb.append("        int v").append(k).append(" = (int) id * ").append(k).append(" + name.length();\n");
            // every literal distinct (so the cold pass analyses 200 statements), shapes from the list above
            sb.append("        return st.executeQuery(\"/* q").append(i).append(" */ \" + ").append(sql[i % sql.length]).append(");\n");
            sb.append("    }\n\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static long pass(PsiFile f) {
        long t0 = System.nanoTime();
        int n = env.inspect(new BrickOptimaSqlInspection(), f).size() + env.inspect(new BrickOptimaSqlInjectionInspection(), f).size();
        long t = System.nanoTime() - t0;
        assertThat(n).isGreaterThan(LITERALS / 2);
        return t;
    }

    private static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e6;
    }

    /** New settings, so a new analyzer with an empty cache. */
    private static void fresh(BrickOptimaSettings settings) {
        settings.update(settings.copyOfState());
    }

    @Test
    void inspectionPassColdAndWarm() throws IOException {
        String text = generate();
        long lines = text.chars().filter(c -> c == '\n').count();
        assertThat(lines).isBetween((long) LINES - 60, (long) LINES + 60);
        PsiFile f = env.parse("BigDao.java", text);
        BrickOptimaSettings settings = BrickOptimaSettings.getInstance(env.project);

        fresh(settings);
        long first = pass(f);
        // the COLUMNS_QUERY constant is read where it is used (sink first), not analysed again on its own
        assertThat(settings.analyzer().cacheMisses()).isEqualTo(LITERALS);
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            fresh(settings);
            cold.add(pass(f));
            long missesBefore = settings.analyzer().cacheMisses();
            warm.add(pass(f));
            // the warm pass never analyses again
            assertThat(settings.analyzer().cacheMisses()).isEqualTo(missesBefore);
        }
        // the engine alone on the same 200 templates, to tell analysis time from PSI and glue time
        List<SqlTemplate> templates = new ArrayList<>();
        new JavaSqlAnalyzer(settings.config(), (t, dialect) -> {
            templates.add(t);
            return new SqlAnalysis(List.of(), 0, 0, 0, List.of());
        }, true).analyze(new PsiCodeView(f), () -> false);
        assertThat(templates).hasSize(LITERALS);
        SqlAnalyzer analyzer = new SqlAnalyzer(settings.config());
        List<Long> engine = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (SqlTemplate t : templates) analyzer.analyze(t);
            engine.add(System.nanoTime() - t0);
        }
        String md = String.format(Locale.ROOT,
            "| pass over a %d-line Java file with %d SQL literals (SQL rules + injection) | time |%n"
                + "| --- | ---: |%n"
                + "| first pass in a fresh JVM (class loading, JIT, empty cache) | %.0f ms |%n"
                + "| cold: empty analysis cache, warmed-up JVM (median of 5) | %.0f ms |%n"
                + "| warm: every literal cached (median of 5) | %.0f ms |%n"
                + "| engine alone: SqlAnalyzer on the same %d templates (median of 5) | %.0f ms |%n",
            lines, LITERALS, first / 1e6, median(cold), median(warm), LITERALS, median(engine));
        String out = System.getProperty("brickoptima.benchmark.out");
        if (out != null) Files.writeString(Path.of(out), md);
        System.out.println(md);
    }
}
