package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fix edits of the performance rules applied to real text, and the behaviour fixtures cannot show (dialects, thresholds). */
class PerformanceRuleFixesTest {

    private static List<Finding> findings(String rule, String sql, AnalyzerConfig.Builder config) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : new SqlAnalyzer(config.only(rule).build()).analyze(sql).findings()) if (f.ruleId().equals(rule)) out.add(f);
        return out;
    }

    private static List<Finding> findings(String rule, String sql) {
        return findings(rule, sql, AnalyzerConfig.builder());
    }

    /** Applies the single text-edit fix of the single finding and checks the rule is quiet on the result. */
    private static String applyFix(String rule, String sql) {
        List<Finding> fs = findings(rule, sql);
        assertThat(fs).hasSize(1);
        List<Fix> edits = new ArrayList<>();
        for (Fix f : fs.get(0).fixes()) if (!f.isHint()) edits.add(f);
        assertThat(edits).hasSize(1);
        String fixed = edits.get(0).applyTo(sql);
        assertThat(findings(rule, fixed)).as("after the fix: %s", fixed).isEmpty();
        return fixed;
    }

    @Test
    void distinctFixDeletesTheKeywordOnly() {
        assertThat(applyFix("distinct-with-group-by", "SELECT DISTINCT  region, count(*) FROM sales GROUP BY region"))
            .isEqualTo("SELECT region, count(*) FROM sales GROUP BY region");
        assertThat(applyFix("distinct-with-group-by", "SELECT /* keep */ DISTINCT\n  region, count(*) FROM sales GROUP BY 1"))
            .isEqualTo("SELECT /* keep */ region, count(*) FROM sales GROUP BY 1");
    }

    @Test
    void orderByFixRemovesTheWholeClause() {
        assertThat(applyFix("order-by-in-subquery",
            "WITH recent AS (SELECT id, ts FROM events ORDER BY ts DESC NULLS LAST, id) SELECT count(*) FROM recent"))
            .isEqualTo("WITH recent AS (SELECT id, ts FROM events) SELECT count(*) FROM recent");
        assertThat(applyFix("order-by-in-subquery", "SELECT a FROM (SELECT a FROM t\n  ORDER BY a ASC\n) x"))
            .isEqualTo("SELECT a FROM (SELECT a FROM t\n) x");
    }

    @Test
    void hintsOnlyWhereARewriteIsNotSafe() {
        for (String[] c : new String[][] {
            {"union-instead-of-union-all", "SELECT id FROM a UNION SELECT id FROM b"},
            {"cartesian-join", "SELECT 1 FROM a, b"},
            {"order-by-rand", "SELECT * FROM t ORDER BY rand() LIMIT 5"},
            {"non-sargable-predicate", "SELECT id FROM orders WHERE year(order_date) = 2024"}}) {
            List<Finding> fs = findings(c[0], c[1]);
            assertThat(fs).as(c[0]).hasSize(1);
            assertThat(fs.get(0).fixes()).as(c[0]).isNotEmpty().allMatch(Fix::isHint);
        }
        assertThat(findings("non-sargable-predicate", "SELECT id FROM orders WHERE year(order_date) = 2024").get(0).fixes().get(0).description())
            .contains("order_date >= DATE '2024-01-01' AND order_date < DATE '2025-01-01'");
    }

    @Test
    void globalSortIsASparkFindingOnly() {
        String sql = "SELECT id FROM t ORDER BY id";
        assertThat(findings("order-by-without-limit", sql, AnalyzerConfig.builder().dialect(Dialect.SPARK))).hasSize(1);
        assertThat(findings("order-by-without-limit", sql, AnalyzerConfig.builder().dialect(Dialect.POSTGRES))).isEmpty();
        assertThat(findings("order-by-without-limit", sql, AnalyzerConfig.builder().dialect(Dialect.ANSI))).isEmpty();
    }

    @Test
    void unpartitionedWindowIsNotAPostgresFinding() {
        String sql = "SELECT id, row_number() OVER (ORDER BY ts) FROM events";
        assertThat(findings("window-without-partition", sql, AnalyzerConfig.builder().dialect(Dialect.SPARK))).hasSize(1);
        assertThat(findings("window-without-partition", sql, AnalyzerConfig.builder().dialect(Dialect.POSTGRES))).isEmpty();
    }

    @Test
    void thresholdsAreConfigurable() {
        String two = "SELECT count(DISTINCT a), count(DISTINCT b) FROM t";
        assertThat(findings("count-distinct-multiple", two)).hasSize(1);
        assertThat(findings("count-distinct-multiple", two, AnalyzerConfig.builder().threshold("count-distinct-multiple", "max", 2))).isEmpty();
        StringBuilder in = new StringBuilder("SELECT id FROM t WHERE id IN (");
        for (int i = 0; i < 501; i++) in.append(i == 0 ? "" : ", ").append(i);
        in.append(")");
        assertThat(findings("large-in-list", in.toString())).hasSize(1);
        assertThat(findings("large-in-list", in.toString(), AnalyzerConfig.builder().threshold("large-in-list", "max", 1000))).isEmpty();
    }

    @Test
    void templateHolesAreUnknownValuesNotColumns() {
        // "SELECT id FROM orders WHERE year(order_date) = " + year   (the literal starts at source offset 100)
        String lit = "SELECT id FROM orders WHERE year(order_date) = ";
        SqlTemplate t = SqlTemplate.builder().literal(lit, 100).hole().build();
        List<Finding> fs = new ArrayList<>();
        for (Finding f : new SqlAnalyzer(AnalyzerConfig.builder().only("non-sargable-predicate").build()).analyze(t).findings()) {
            if (f.ruleId().equals("non-sargable-predicate")) fs.add(f);
        }
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).location().start()).isEqualTo(100 + lit.indexOf("year("));
        // a hole compared with a literal is not a column wrapped in a function
        SqlTemplate hole = SqlTemplate.builder().literal("SELECT id FROM t1, t2 WHERE t1.id = t2.id AND upper(", 0).hole()
            .literal(") = 'X'", 60).build();
        assertThat(new SqlAnalyzer(AnalyzerConfig.builder().only("non-sargable-predicate").only("cartesian-join").build())
            .analyze(hole).findings()).noneMatch(f -> f.ruleId().equals("non-sargable-predicate") || f.ruleId().equals("cartesian-join"));
    }

    @Test
    void partitionRuleIsSilentWithoutConfiguration() {
        assertThat(findings("partition-filter-missing", "SELECT * FROM sales")).isEmpty();
        // configured by table name, the rule matches the table also when the query qualifies it
        assertThat(findings("partition-filter-missing", "SELECT * FROM warehouse.sales",
            AnalyzerConfig.builder().partitionColumns("sales", List.of("dt")))).hasSize(1);
    }
}
