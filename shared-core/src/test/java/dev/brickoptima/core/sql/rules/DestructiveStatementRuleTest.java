package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only guard: on only with the profile, and then it lets only reads through. */
class DestructiveStatementRuleTest {
    private static final String SCRIPT = "SELECT id FROM sales;\n"
        + "DROP TABLE sales;\n"
        + "TRUNCATE TABLE sales;\n"
        + "DELETE FROM sales WHERE id = 1;\n"
        + "ALTER TABLE sales ADD COLUMN note STRING;\n"
        + "SELECT id INTO backup_sales FROM sales;\n";

    private static List<Finding> destructive(AnalyzerConfig config) {
        return new SqlAnalyzer(config).analyze(SCRIPT).findings().stream()
            .filter(f -> f.ruleId().equals("destructive-statement")).collect(Collectors.toList());
    }

    @Test
    void silentWithoutTheReadOnlyProfile() {
        assertThat(destructive(AnalyzerConfig.defaults())).isEmpty();
        assertThat(destructive(AnalyzerConfig.builder().profile(Profile.STRICT).build())).isEmpty();
    }

    @Test
    void reportsEveryWriteUnderTheReadOnlyProfileAsAnError() {
        List<Finding> found = destructive(AnalyzerConfig.builder().profile(Profile.READ_ONLY).build());
        assertThat(found).extracting(f -> f.location().line()).containsExactly(2, 3, 4, 5, 6);
        assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(found).extracting(Finding::message).containsExactly(
            "DROP TABLE sales is not allowed under the read-only profile",
            "TRUNCATE TABLE sales is not allowed under the read-only profile",
            "DELETE FROM sales is not allowed under the read-only profile",
            "ALTER TABLE sales is not allowed under the read-only profile",
            "SELECT ... INTO backup_sales creates a table; not allowed under the read-only profile");
        // the range covers the statement kind and its target, not the whole statement
        Finding drop = found.get(0);
        assertThat(SCRIPT.substring(drop.location().start(), drop.location().end())).isEqualTo("DROP TABLE sales");
        Finding into = found.get(4);
        assertThat(SCRIPT.substring(into.location().start(), into.location().end())).isEqualTo("INTO backup_sales");
    }

    @Test
    void profileRuleCanAlsoBeEnabledByItself() {
        assertThat(destructive(AnalyzerConfig.builder().enable("destructive-statement").build())).hasSize(5);
    }
}
