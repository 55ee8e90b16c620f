package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule follows Spark's grouping rules; PostgreSQL accepts columns that depend on a grouped key. */
class ColumnNotInGroupByRuleTest {
    private static final String SQL = "SELECT c.id, c.name, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id";

    private static long findings(Dialect d) {
        return new SqlAnalyzer(AnalyzerConfig.builder().dialect(d).build()).analyze(SQL).findings().stream()
            .filter(f -> f.ruleId().equals("column-not-in-group-by")).count();
    }

    @Test
    void reportedForSparkOnly() {
        assertThat(findings(Dialect.SPARK)).isEqualTo(1);
        assertThat(findings(Dialect.POSTGRES)).isZero();
    }
}
