package dev.brickoptima.core.ide;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one parser of IDE preference text (IntelliJ and Eclipse used to have one each, with different separators). */
class PreferenceTextTest {
    @Test
    void preferencesBecomeTheCoreConfiguration() {
        PreferenceText t = new PreferenceText("postgres", "strict, read-only", "select-star order-by-rand\nlarge-in-list",
            "large-in-list.max = 50; cartesian-join.rows=1e6\n# a comment\nlimit-without-order-by.x = 2 # trailing",
            "sales: sale_date, region\nwarehouse.events: day # comment");
        List<String> problems = new ArrayList<>();
        AnalyzerConfig c = t.config(problems);
        assertThat(problems).isEmpty();
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
        assertThat(new PreferenceText(null, null, null, null, null).config(new ArrayList<>()).dialect()).isEqualTo(Dialect.SPARK);
        PreferenceText t = new PreferenceText("oracle", "", "", "nonsense; large-in-list.max = lots; large-in-list.max=7", "no colon here");
        List<String> problems = new ArrayList<>();
        AnalyzerConfig c = t.config(problems);
        assertThat(c.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(7.0);
        assertThat(problems).hasSize(4).isEqualTo(t.problems());
    }

    @Test
    void settingsApplyOnTopOfABaseConfiguration() {
        AnalyzerConfig.Builder base = AnalyzerConfig.builder().dialect(Dialect.ANSI).disable("a");
        AnalyzerConfig c = new PreferenceText("", "", "b", "", "").applyTo(base, new ArrayList<>()).build();
        assertThat(c.dialect()).isEqualTo(Dialect.ANSI);
        assertThat(c.disabledRules()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void disablingARuleKeepsTheOthers() {
        assertThat(PreferenceText.withRule("", "select-star")).isEqualTo("select-star");
        assertThat(PreferenceText.withRule("a, b", "b")).isEqualTo("a, b");
        assertThat(PreferenceText.withRule("a\nb", "c")).isEqualTo("a, b, c");
    }
}
