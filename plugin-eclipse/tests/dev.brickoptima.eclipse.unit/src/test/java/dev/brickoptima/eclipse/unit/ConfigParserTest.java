package dev.brickoptima.eclipse.unit;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.eclipse.settings.ConfigParser;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigParserTest {
    @Test
    void preferencesBecomeTheCoreConfiguration() {
        Map<String, String> prefs = new HashMap<>();
        prefs.put(SettingsKeys.DIALECT, "postgres");
        prefs.put(SettingsKeys.PROFILES, "strict, read-only");
        prefs.put(SettingsKeys.DISABLED_RULES, "select-star order-by-rand");
        prefs.put(SettingsKeys.THRESHOLDS, "large-in-list.max = 50; plan-skew.factor=2.5");
        prefs.put(SettingsKeys.PARTITION_COLUMNS, "sales: sale_date, region\nwarehouse.events: day # comment");
        List<String> problems = new ArrayList<>();
        AnalyzerConfig c = ConfigParser.parse(prefs::get, problems);
        assertThat(problems).isEmpty();
        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(c.profiles()).containsExactly("strict", "read-only");
        assertThat(c.disabledRules()).containsExactlyInAnyOrder("select-star", "order-by-rand");
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(50.0);
        assertThat(c.threshold("plan-skew", "factor", 0)).isEqualTo(2.5);
        assertThat(c.partitionColumnsOf("sales")).containsExactly("sale_date", "region");
        assertThat(c.partitionColumnsOf("warehouse.events")).containsExactly("day");
    }

    @Test
    void defaultsWhenNothingIsSetAndBadEntriesAreSkippedNotFatal() {
        assertThat(ConfigParser.parse(k -> null).dialect()).isEqualTo(Dialect.SPARK);
        Map<String, String> prefs = new HashMap<>();
        prefs.put(SettingsKeys.DIALECT, "oracle");
        prefs.put(SettingsKeys.THRESHOLDS, "nonsense; large-in-list.max = lots; large-in-list.max=7");
        prefs.put(SettingsKeys.PARTITION_COLUMNS, "no colon here");
        List<String> problems = new ArrayList<>();
        AnalyzerConfig c = ConfigParser.parse(prefs::get, problems);
        assertThat(c.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(7.0);
        assertThat(problems).hasSize(4);
    }

    @Test
    void disablingARuleKeepsTheOthers() {
        assertThat(ConfigParser.withRule("", "select-star")).isEqualTo("select-star");
        assertThat(ConfigParser.withRule("a, b", "b")).isEqualTo("a, b");
        assertThat(ConfigParser.withRule("a", "c")).isEqualTo("a, c");
    }
}
