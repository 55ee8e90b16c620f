package dev.brickoptima.eclipse.settings;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.PreferenceText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the core's {@link AnalyzerConfig} from preference strings with the core's {@link PreferenceText} (the parser
 * IntelliJ uses too). Malformed entries are skipped and listed as problems rather than failing: a typo in a threshold
 * must not switch the analysis off.
 */
public final class ConfigParser {
    private ConfigParser() {
    }

    /** {@code get} returns the preference value for a key of {@link SettingsKeys}, or null for its default. */
    public static AnalyzerConfig parse(UnaryOperator<String> get) {
        return parse(get, new ArrayList<>());
    }

    public static AnalyzerConfig parse(UnaryOperator<String> get, List<String> problems) {
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        problems.addAll(new PreferenceText(value(get, SettingsKeys.DIALECT), value(get, SettingsKeys.PROFILES),
            value(get, SettingsKeys.DISABLED_RULES), value(get, SettingsKeys.THRESHOLDS), value(get, SettingsKeys.PARTITION_COLUMNS))
            .applyTo(b));
        return b.build();
    }

    public static boolean bool(UnaryOperator<String> get, String key) {
        return Boolean.parseBoolean(value(get, key).trim());
    }

    public static String value(UnaryOperator<String> get, String key) {
        String v = get.apply(key);
        return v == null ? SettingsKeys.defaultValue(key) : v;
    }

    /** {@code current} with {@code ruleId} added (for the "disable rule" quick fix). */
    public static String withRule(String current, String ruleId) {
        return PreferenceText.withItem(current, ruleId);
    }
}
