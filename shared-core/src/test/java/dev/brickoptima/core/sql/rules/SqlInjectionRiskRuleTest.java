package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Concatenated values in templates, with findings mapped back to the host's literal offsets. */
class SqlInjectionRiskRuleTest {
    private final SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.defaults());

    private List<Finding> injection(SqlTemplate t) {
        return analyzer.analyze(t).findings().stream().filter(f -> f.ruleId().equals("sql-injection-risk")).collect(Collectors.toList());
    }

    @Test
    void holeInsideAStringLiteralIsReportedOnTheQuotesInTheSource() {
        // Java: String sql = "SELECT id FROM users WHERE name = '" + name + "'";
        String java = "String sql = \"SELECT id FROM users WHERE name = '\" + name + \"'\";";
        String first = "SELECT id FROM users WHERE name = '";
        int firstContent = java.indexOf(first);
        int secondContent = java.lastIndexOf("\"'\"") + 1;
        SqlTemplate t = SqlTemplate.builder().literal(first, firstContent).hole().literal("'", secondContent).build();

        List<Finding> found = injection(t);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        // from the opening quote in the first literal to the closing quote in the second
        assertThat(f.location().start()).isEqualTo(firstContent + first.indexOf('\''));
        assertThat(f.location().end()).isEqualTo(secondContent + 1);
        assertThat(java.charAt(f.location().start())).isEqualTo('\'');
        assertThat(java.charAt(f.location().end() - 1)).isEqualTo('\'');
        assertThat(f.fixes()).singleElement().satisfies(fix -> assertThat(fix.description()).contains("?"));
    }

    @Test
    void holeComparedAsAValueIsReportedOnTheComparisonInTheLiteral() {
        // Java: "SELECT id FROM users WHERE id = " + id + " AND active"
        String first = "SELECT id FROM users WHERE id = ";
        SqlTemplate t = SqlTemplate.builder().literal(first, 100).hole().literal(" AND active", 200).build();
        List<Finding> found = injection(t);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.location().start()).isEqualTo(100 + first.indexOf("id = "));
        // the comparison ends with the hole, at the start of the next literal: in the host's source the range covers
        // 'id = " + id + "', the concatenation itself
        assertThat(f.location().end()).isEqualTo(200);
        assertThat(f.message()).contains("id = __1");
    }

    @Test
    void bindParametersAndIdentifierHolesAreNotReported() {
        assertThat(injection(SqlTemplate.builder().literal("SELECT id FROM users WHERE name = ?", 0).build())).isEmpty();
        // "SELECT id FROM " + table + " WHERE id = ?": a table chosen in code cannot be a bind parameter
        assertThat(injection(SqlTemplate.builder().literal("SELECT id FROM ", 0).hole().literal(" WHERE id = ?", 40).build())).isEmpty();
        // "... ORDER BY " + column
        assertThat(injection(SqlTemplate.builder().literal("SELECT id FROM users ORDER BY ", 0).hole().build())).isEmpty();
    }

    @Test
    void sparkVariableSubstitutionInAScriptIsNotReported() {
        List<Finding> found = analyzer.analyze("SELECT id FROM sales WHERE dt = ${run_date} AND region = '${region}'").findings();
        assertThat(found).noneMatch(f -> f.ruleId().equals("sql-injection-risk"));
    }
}
