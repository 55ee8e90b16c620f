package dev.brickoptima.jvm.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code BoundedSqlAnalyzer} only delegates now (the time budget is the engine's deadline, tested with the engine and
 * in PathologicalInputTest): within budget the findings are the engine's.
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
}
