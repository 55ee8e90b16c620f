package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: advice whose rationale holds for some dialects only (Spark shuffles) is not given on others. A rule that
 * declares its dialects fires on its bad example in each of them and stays quiet in every other dialect.
 */
class DialectScopedRulesTest {
    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private static List<String> analyze(Dialect d, String sql) {
        return ids(new SqlAnalyzer(AnalyzerConfig.builder().dialect(d).build()).analyze(sql).findings());
    }

    @TestFactory
    Stream<DynamicTest> aRuleRunsOnlyOnTheDialectsItDeclares() {
        List<RuleMetadata> scoped = RuleRegistry.sqlRules().stream().map(SqlRule::metadata).filter(m -> !m.dialects().isEmpty()).toList();
        assertThat(scoped).extracting(RuleMetadata::id)
            .contains("order-by-without-limit", "union-instead-of-union-all", "window-without-partition", "column-not-in-group-by");
        return scoped.stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
            for (Dialect d : Dialect.values()) {
                List<String> found = analyze(d, m.badExample());
                if (m.appliesTo(d)) assertThat(found).as(m.id() + " on " + d).contains(m.id());
                else assertThat(found).as(m.id() + " on " + d).doesNotContain(m.id());
            }
        }));
    }

    @Test
    void sparkAdviceIsNotGivenOnOrdinaryDatabaseCode() {
        String sql = "SELECT status, count(*) AS n FROM orders GROUP BY status UNION SELECT 'ALL', count(*) FROM orders ORDER BY n DESC";
        assertThat(analyze(Dialect.SPARK, sql)).contains("order-by-without-limit", "union-instead-of-union-all");
        for (Dialect d : List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLSERVER, Dialect.ANSI)) {
            assertThat(analyze(d, sql)).as(d.label()).doesNotContain("order-by-without-limit", "union-instead-of-union-all");
        }
    }

    @Test
    void insertOverwriteDirectoryIsAWriteWithoutColumnsAndHiveOverwriteTakesNoColumnList() {
        String export = "INSERT OVERWRITE LOCAL DIRECTORY '/exports/sorted' ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' "
            + "STORED AS TEXTFILE SELECT * FROM events ORDER BY ts";
        for (Dialect d : List.of(Dialect.SPARK, Dialect.HIVE)) {
            // parsed (no parse-error), the query analysed (select-star), neither a global sort of a result nor a column list to add
            assertThat(analyze(d, export)).as(d.label()).containsExactly("select-star");
            assertThat(analyze(d, "INSERT OVERWRITE DIRECTORY '/tmp/out' USING parquet OPTIONS ('compression' 'snappy') SELECT a FROM t"))
                .as(d.label()).isEmpty();
        }
        String overwrite = "INSERT OVERWRITE TABLE events PARTITION (dt = '2024-01-01') SELECT user_id, kind FROM events_raw";
        assertThat(analyze(Dialect.HIVE, overwrite)).isEmpty();
        assertThat(analyze(Dialect.SPARK, overwrite)).containsExactly("insert-without-column-list");
        assertThat(analyze(Dialect.HIVE, "INSERT INTO TABLE events SELECT user_id, kind FROM events_raw")).containsExactly("insert-without-column-list");
    }
}
