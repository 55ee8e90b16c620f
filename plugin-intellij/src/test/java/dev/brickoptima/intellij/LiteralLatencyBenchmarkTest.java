package dev.brickoptima.intellij;

import com.intellij.psi.PsiFile;
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
 * Benchmark: the latency of one SQL literal through the inspection entry point ({@link BrickOptimaSqlInspection} on a
 * file holding that literal), as the editor sees it after a keystroke: cold (a literal text never analysed before,
 * warmed-up JVM) and warm (the same file again). Percentiles over 300 distinct literals go to target/latency.md; the
 * assertions check behaviour (every literal gets its findings), not timings (docs/performance.md has the numbers).
 */
class LiteralLatencyBenchmarkTest {
    private static final int WARMUP = 100;
    private static final int MEASURED = 300;
    private static final String[] SHAPES = {
        "\"SELECT * FROM orders WHERE customer_id = \" + id",
        "\"SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.status = NULL\"",
        "\"SELECT region, sum(amount) AS total FROM sales WHERE day >= '2024-01-01' GROUP BY region ORDER BY total DESC\"",
        "\"UPDATE accounts SET balance = 0\"",
        "\"SELECT id FROM events WHERE lower(kind) = 'click' AND ts > current_date() - 7\"",
        "\"DELETE FROM audit_log\"",
        "\"SELECT a.id, b.v FROM a, b WHERE a.x LIKE '%abc'\"",
        "\"SELECT t.k, count(DISTINCT t.a), count(DISTINCT t.b) FROM t GROUP BY t.k\"",
    };
    private static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    private static PsiFile file(int i) {
        // each literal distinct (a comment with its number), so its first inspection finds nothing cached
        String call = "st.executeQuery(\"/* literal " + i + " */ \" + " + SHAPES[i % SHAPES.length] + ")";
        return env.parse("Dao" + i + ".java", "package bench;\n\nimport java.sql.ResultSet;\nimport java.sql.Statement;\n\n"
            + "class Dao" + i + " {\n    ResultSet q(Statement st, long id, String name) throws Exception {\n        return "
            + call + ";\n    }\n}\n");
    }

    private static long inspect(PsiFile f) {
        long t0 = System.nanoTime();
        int problems = env.inspect(new BrickOptimaSqlInspection(), f).size();
        long t = System.nanoTime() - t0;
        assertThat(problems).as(f.getName()).isPositive();
        return t;
    }

    private static double percentile(List<Long> xs, double p) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.min(s.size() - 1, Math.ceil(p * s.size()) - 1)) / 1e6;
    }

    @Test
    void perLiteralLatencyColdAndWarm() throws IOException {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            PsiFile f = file(i);
            long c = inspect(f);
            long w = Long.MAX_VALUE;
            for (int r = 0; r < 3; r++) w = Math.min(w, inspect(f));
            if (i >= WARMUP) {
                cold.add(c);
                warm.add(w);
            }
        }
        String md = String.format(Locale.ROOT,
            "| one SQL literal through BrickOptimaSqlInspection (%d literals, after %d warm-up) | p50 | p99 |%n"
                + "| --- | ---: | ---: |%n"
                + "| cold: literal text never analysed before | %.2f ms | %.2f ms |%n"
                + "| warm: the same file inspected again | %.2f ms | %.2f ms |%n",
            MEASURED, WARMUP, percentile(cold, 0.50), percentile(cold, 0.99), percentile(warm, 0.50), percentile(warm, 0.99));
        String out = System.getProperty("brickoptima.benchmark.out");
        if (out != null) Files.writeString(Path.of(out).resolveSibling("latency.md"), md);
        System.out.println(md);
    }
}
