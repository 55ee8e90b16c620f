package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs that break naive parsers. Each must end with findings, never an exception, a stack overflow or a hang.
 * The timeouts are hang guards far above normal run time, not performance assertions (see docs/performance.md).
 */
class PathologicalInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** ~45,000 statements: minutes only if something became quadratic; measured numbers are in docs/performance.md. */
    private static final Duration BIG_INPUT_GUARD = Duration.ofSeconds(240);
    private final BoundedSqlAnalyzer analyzer = new BoundedSqlAnalyzer(AnalyzerConfig.defaults());

    @Test
    void deepParenthesesGiveANestingFinding() {
        String sql = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000) + " FROM t;\nSELECT * FROM after_it";
        SqlAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyze(sql));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("nesting-too-deep", "select-star");
        assertThat(r.findings().get(0).message()).contains("5000");
    }

    @Test
    void nestingJustUnderTheLimitStillParses() {
        int depth = Limits.DEFAULT.maxNestingDepth();
        String sql = "SELECT " + "(".repeat(depth) + "a = NULL" + ")".repeat(depth) + " FROM t";
        SqlAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyze(sql));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("null-comparison").doesNotContain("parse-error");
    }

    @Test
    void fiveMegabyteScriptIsAnalysedWhole() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 5_000_000) {
            sb.append("SELECT o.id, c.name FROM orders o JOIN customers c ON o.cid = c.id WHERE o.total > ").append(n++)
                .append(" AND c.region IN ('a', 'b', 'c');\n");
            if (n % 1000 == 0) sb.append("SELECT * FROM audit_log;\n");
        }
        String sql = sb.toString();
        SqlAnalysis r = assertTimeoutPreemptively(BIG_INPUT_GUARD, () -> analyzer.analyze(sql));
        assertThat(r.statements()).isGreaterThan(40_000);
        assertThat(r.parsed()).isEqualTo(r.statements());
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("select-star").hasSize(n / 1000);
    }

    @Test
    void twentyThousandJoinChainIsAnalysedWholeAndFindsTheOneMissingLink() {
        // 667 KB in one statement; cartesian-join (and the other join rules) were quadratic in the joins: 67 s
        StringBuilder sb = new StringBuilder("SELECT t0.a FROM t0");
        for (int i = 1; i <= 20_000; i++) {
            // t12345's condition only filters itself: the one cartesian join in the chain
            sb.append(" JOIN t").append(i).append(" ON t").append(i).append(".k = t").append(i == 12_345 ? i + ".x" : (i - 1) + ".k");
        }
        String sql = sb.toString();
        AnalyzerConfig generous = AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 60_000)).build();
        SqlAnalysis r = assertTimeoutPreemptively(BIG_INPUT_GUARD, () -> new BoundedSqlAnalyzer(generous).analyze(sql));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("cartesian-join");
        assertThat(sql.substring(r.findings().get(0).location().start(), r.findings().get(0).location().end())).isEqualTo("t12345");
    }

    @Test
    void theTimeBudgetStopsParsingAndRulesInsideTheEngineWithoutThreads() {
        // the pure engine alone (no JVM wrapper, as in the browser): a 1 ms budget on a 667 KB statement
        StringBuilder sb = new StringBuilder("SELECT t0.a FROM t0");
        for (int i = 1; i <= 20_000; i++) sb.append(" JOIN t").append(i).append(" ON t").append(i).append(".k = t").append(i - 1).append(".k");
        sb.append(";\nSELECT * FROM after_it");
        AnalyzerConfig tight = AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 1)).build();
        SqlAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> new SqlAnalyzer(tight).analyze(sb.toString()));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("analysis-timeout");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("analysis-timeout")).first()
            .satisfies(f -> assertThat(f.message()).contains("1 ms", "limits.statementBudgetMillis"));
        assertThat(r.internalErrors()).isEmpty();
    }

    @Test
    void anUnterminatedCommentIsAParseErrorAtTheCommentAndWhatCameBeforeIsAnalysed() {
        SqlAnalysis r = analyzer.analyze("SELECT * FROM a;\n/* unclosed\nDELETE FROM b;\n");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("select-star", "parse-error");
        Finding comment = r.findings().get(1);
        assertThat(comment.message()).startsWith(UnterminatedComment.MESSAGE_START);
        assertThat(comment.location().line()).isEqualTo(2);
        assertThat(comment.location().column()).isEqualTo(1);
        assertThat(analyzer.analyze("SELECT a FROM t /* closed */").findings()).isEmpty();
    }

    @Test
    void oversizedStatementAndInputAreReportedNotAnalysed() {
        AnalyzerConfig small = AnalyzerConfig.builder().limits(new Limits(1_000, 100, 50, 2_000)).build();
        BoundedSqlAnalyzer a = new BoundedSqlAnalyzer(small);
        SqlAnalysis big = a.analyze("SELECT 1;\nSELECT " + "x, ".repeat(60) + "y FROM t");
        assertThat(big.findings()).extracting(Finding::ruleId).containsExactly("input-too-large");
        assertThat(big.findings().get(0).location().line()).isEqualTo(2);
        SqlAnalysis huge = a.analyze("SELECT 1;".repeat(200));
        assertThat(huge.findings()).extracting(Finding::ruleId).containsExactly("input-too-large");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            String text = new String(bytes, i % 2 == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            SqlAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyze(text));
            assertThat(r.internalErrors()).isEmpty();
            for (Finding f : r.findings()) {
                assertThat(f.location().start()).isBetween(0, text.length());
                assertThat(f.location().end()).isBetween(f.location().start(), text.length());
            }
        }
    }

    @Test
    void sqlShapedGarbageNeverThrows() {
        Random random = new Random(7);
        String[] words = {"SELECT", "FROM", "WHERE", "(", ")", "'", "\"", "`", ",", "JOIN", "ON", "=", "NULL", "a", "1", "--", "/*", "*/", "UNION", ";", "$$", "${", "}"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int k = 0; k < len; k++) sb.append(words[random.nextInt(words.length)]).append(' ');
            String text = sb.toString();
            SqlAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyze(text));
            assertThat(r.internalErrors()).as(text).isEmpty();
        }
    }
}
