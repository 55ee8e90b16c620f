package dev.brickoptima.core.config;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one parser of IDE preference text (IntelliJ and Eclipse used to have one each, with different separators). */
class PreferenceTextTest {
    @Test
    void preferencesBecomeTheCoreConfiguration() {
        PreferenceText t = new PreferenceText("postgres", "strict, read-only", "select-star order-by-rand\nlarge-in-list",
            "large-in-list.max = 50; cartesian-join.rows=1e6\n# a comment\nlimit-without-order-by.x = 2 # trailing",
            "sales: sale_date, region\nwarehouse.events: day # comment");
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        assertThat(t.applyTo(b)).isEmpty();
        AnalyzerConfig c = b.build();
        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(c.profiles()).containsExactly("strict", "read-only");
        assertThat(c.disabledRules()).containsExactlyInAnyOrder("select-star", "order-by-rand", "large-in-list");
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(50.0);
        assertThat(c.threshold("cartesian-join", "rows", 0)).isEqualTo(1e6);
        assertThat(c.threshold("limit-without-order-by", "x", 0)).isEqualTo(2.0);
        assertThat(c.partitionColumnsOf("sales")).containsExactly("sale_date", "region");
        assertThat(c.partitionColumnsOf("warehouse.events")).containsExactly("day");
    }

    @Test
    void defaultsWhenNothingIsSetAndBadEntriesAreSkippedNotFatal() {
        AnalyzerConfig.Builder empty = AnalyzerConfig.builder();
        assertThat(new PreferenceText(null, null, null, null, null).applyTo(empty)).isEmpty();
        assertThat(empty.build().dialect()).isEqualTo(Dialect.SPARK);
        PreferenceText t = new PreferenceText("oracle", "", "", "nonsense; large-in-list.max = lots; large-in-list.max=7", "no colon here");
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        List<String> problems = t.applyTo(b);
        AnalyzerConfig c = b.build();
        assertThat(c.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(7.0);
        assertThat(problems).hasSize(4).isEqualTo(t.problems());
    }

    @Test
    void settingsApplyOnTopOfABaseConfiguration() {
        AnalyzerConfig.Builder base = AnalyzerConfig.builder().dialect(Dialect.ANSI).disable("a");
        new PreferenceText("", "", "b", "", "").applyTo(base);
        AnalyzerConfig c = base.build();
        assertThat(c.dialect()).isEqualTo(Dialect.ANSI);
        assertThat(c.disabledRules()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void disablingARuleKeepsTheOthers() {
        assertThat(PreferenceText.withItem("", "select-star")).isEqualTo("select-star");
        assertThat(PreferenceText.withItem("a, b", "b")).isEqualTo("a, b");
        assertThat(PreferenceText.withItem("a\nb", "c")).isEqualTo("a, b, c");
    }
}
