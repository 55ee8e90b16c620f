package dev.brickoptima.core.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one parser for IDE preference text (IntelliJ settings page, Eclipse preference page). */
class PreferenceTextTest {
    @Test
    void fieldsBecomeTheConfigurationOnTopOfWhatIsInherited() {
        AnalyzerConfig.Builder inherited = AnalyzerConfig.builder().dialect(Dialect.POSTGRES).profile("strict").threshold("plan-skew", "factor", 3);
        PreferenceText text = new PreferenceText("", "read-only, strict", "select-star\norder-by-rand",
            "large-in-list.max = 50; plan-aqe-disabled.onText = true\n# comment\nplan-skew.minBytes = 1_048_576",
            "sales: sale_date, region\nwarehouse.events: day # the event day");
        List<String> problems = text.applyTo(inherited);
        AnalyzerConfig c = inherited.build();
        assertThat(problems).isEmpty();
        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRES);                     // blank field: inherited
        assertThat(c.profiles()).containsExactly("read-only", "strict");
        assertThat(c.disabledRules()).containsExactly("select-star", "order-by-rand");
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(50.0);
        assertThat(c.threshold("plan-aqe-disabled", "onText", 0)).isEqualTo(1.0);
        assertThat(c.threshold("plan-skew", "minBytes", 0)).isEqualTo(1_048_576.0);
        assertThat(c.threshold("plan-skew", "factor", 0)).isEqualTo(3.0);            // inherited, not reset
        assertThat(c.partitionColumnsOf("sales")).containsExactly("sale_date", "region");
        assertThat(c.partitionColumnsOf("warehouse.events")).containsExactly("day");
    }

    /** Issue 17: the IDE's dialect is the default; a brickoptima.yml and then the project's JDBC driver tell better. */
    @Test
    void theDialectPreferenceIsTheDefaultBelowConfigurationFilesAndTheJdbcDriver() {
        PreferenceText text = new PreferenceText("postgres", "", "", "", "");
        AnalyzerConfig.Builder fromFile = AnalyzerConfig.builder().dialect(Dialect.HIVE);
        text.applyTo(fromFile);
        AnalyzerConfig declared = fromFile.build();
        assertThat(declared.dialect()).isEqualTo(Dialect.HIVE);
        assertThat(declared.dialectFor(Dialect.MYSQL)).isEqualTo(Dialect.HIVE);

        AnalyzerConfig.Builder noFile = AnalyzerConfig.builder();
        text.applyTo(noFile);
        AnalyzerConfig preference = noFile.build();
        assertThat(preference.dialectDeclared()).isFalse();
        assertThat(preference.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(preference.dialectFor(null)).isEqualTo(Dialect.POSTGRES);
        assertThat(preference.dialectFor(Dialect.MYSQL)).isEqualTo(Dialect.MYSQL);
        assertThat(preference.toBuilder().build().dialectDeclared()).isFalse();
        assertThat(declared.toBuilder().build().dialectDeclared()).isTrue();
    }

    @Test
    void badEntriesAreSkippedAndEachIsReportedWithItsText() {
        PreferenceText text = new PreferenceText("oracle", "read-onyl", "select-stars",
            "nonsense; large-in-list.max = lots; large-in-list.max = 2.5; large-in-list.maxx = 3; large-in-list.max = 7",
            "no colon here\nsales:");
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        List<String> problems = text.applyTo(b);
        AnalyzerConfig c = b.build();
        assertThat(c.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(c.profiles()).isEmpty();
        assertThat(c.disabledRules()).isEmpty();
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(7.0);
        assertThat(problems).containsExactly(
            "unknown dialect 'oracle' (spark, databricks, postgres, ansi, mysql, sqlserver, hive)",
            "unknown profile 'read-onyl' (read-only, strict)",
            "unknown rule id 'select-stars' (see 'brickoptima rules')",
            "threshold 'nonsense' is not 'rule-id.name = value'",
            "threshold 'large-in-list.max = lots' has no number",
            "threshold 'large-in-list.max = 2.5' must be a whole number (count)",
            "threshold 'large-in-list.maxx = 3': large-in-list has no threshold 'maxx' (max)",
            "partition columns 'no colon here' is not 'table: col1, col2'",
            "partition columns 'sales:' is not 'table: col1, col2'");
        assertThat(text.problems()).isEqualTo(problems);
    }

    @Test
    void listsLinesAndAddingAnItem() {
        assertThat(PreferenceText.list(" a, b\tc\n\na ")).containsExactly("a", "b", "c");
        assertThat(PreferenceText.list(null)).isEmpty();
        assertThat(PreferenceText.lines("x = 1; y = 2\r\n# only a comment\nz = 3 # trailing")).containsExactly("x = 1", "y = 2", "z = 3");
        assertThat(PreferenceText.withItem("", "select-star")).isEqualTo("select-star");
        assertThat(PreferenceText.withItem("a, b", "b")).isEqualTo("a, b");
        assertThat(PreferenceText.withItem("a\nb", "c")).isEqualTo("a, b, c");
    }
}
