package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text edits offered by the correctness rules give SQL that parses and no longer has the finding. */
class CorrectnessFixesTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(AnalyzerConfig.defaults());

    private static String applyOnlyFix(String sql, String ruleId) {
        SqlAnalysis a = ANALYZER.analyze(sql);
        Finding f = a.findings().stream().filter(x -> x.ruleId().equals(ruleId)).findFirst().orElseThrow();
        assertThat(f.fixes()).hasSize(1);
        Fix fix = f.fixes().get(0);
        assertThat(fix.isHint()).as("a text edit, not a hint").isFalse();
        String fixed = fix.applyTo(sql);
        SqlAnalysis after = ANALYZER.analyze(fixed);
        assertThat(after.findings()).noneMatch(x -> x.ruleId().equals(ruleId) || x.ruleId().equals("parse-error"));
        return fixed;
    }

    @Test
    void betweenReversedSwapsTheBounds() {
        assertThat(applyOnlyFix("SELECT id FROM orders WHERE amount BETWEEN 100 AND -10 AND region = 'EU'", "between-reversed"))
            .isEqualTo("SELECT id FROM orders WHERE amount BETWEEN -10 AND 100 AND region = 'EU'");
        assertThat(applyOnlyFix("SELECT id FROM t WHERE d NOT BETWEEN DATE '2024-12-31' AND DATE '2024-01-01'", "between-reversed"))
            .isEqualTo("SELECT id FROM t WHERE d NOT BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'");
    }

    @Test
    void havingWithoutGroupByBecomesWhere() {
        assertThat(applyOnlyFix("SELECT order_id, amount FROM orders HAVING amount > 100", "having-without-group-by"))
            .isEqualTo("SELECT order_id, amount FROM orders WHERE amount > 100");
    }

    @Test
    void havingOnASelectAliasGetsOnlyAHint() {
        Finding f = ANALYZER.analyze("SELECT amount * 2 AS doubled FROM orders HAVING doubled > 100").findings().stream()
            .filter(x -> x.ruleId().equals("having-without-group-by")).findFirst().orElseThrow();
        assertThat(f.fixes()).singleElement().satisfies(fix -> assertThat(fix.isHint()).isTrue());
    }

    @Test
    void notInHintSpellsOutTheNotExistsShapeWithQualifiedColumns() {
        Finding f = ANALYZER.analyze("SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE status = 'open')")
            .findings().stream().filter(x -> x.ruleId().equals("not-in-subquery")).findFirst().orElseThrow();
        assertThat(f.fixes()).singleElement().satisfies(fix -> assertThat(fix.description()).isEqualTo(
            "Rewrite as NOT EXISTS (SELECT 1 FROM orders WHERE status = 'open' AND orders.customer_id = customers.id)"));
    }
}
