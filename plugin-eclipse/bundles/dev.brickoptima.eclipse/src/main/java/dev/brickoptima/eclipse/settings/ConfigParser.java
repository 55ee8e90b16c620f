package dev.brickoptima.eclipse.settings;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the core's {@link AnalyzerConfig} from preference strings. Malformed entries are skipped (and listed by
 * {@link #problems}) rather than failing: a typo in a threshold must not switch the analysis off.
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
        Dialect d = Dialect.parse(value(get, SettingsKeys.DIALECT));
        if (d != null) b.dialect(d);
        else problems.add("unknown dialect '" + value(get, SettingsKeys.DIALECT) + "'");
        for (String p : list(value(get, SettingsKeys.PROFILES))) b.profile(p);
        for (String r : list(value(get, SettingsKeys.DISABLED_RULES))) b.disable(r);
        for (String line : lines(value(get, SettingsKeys.THRESHOLDS))) {
            int eq = line.indexOf('=');
            int dot = eq < 0 ? -1 : line.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0) {
                problems.add("threshold '" + line + "' is not rule-id.name = value");
                continue;
            }
            try {
                b.threshold(line.substring(0, dot).trim(), line.substring(dot + 1, eq).trim(), Double.parseDouble(line.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                problems.add("threshold '" + line + "' has no number");
            }
        }
        for (String line : lines(value(get, SettingsKeys.PARTITION_COLUMNS))) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add("partition columns '" + line + "' is not table: column, column");
                continue;
            }
            List<String> cols = list(line.substring(colon + 1));
            if (!cols.isEmpty()) b.partitionColumns(line.substring(0, colon).trim(), cols);
        }
        return b.build();
    }

    public static boolean bool(UnaryOperator<String> get, String key) {
        return Boolean.parseBoolean(value(get, key).trim());
    }

    public static String value(UnaryOperator<String> get, String key) {
        String v = get.apply(key);
        return v == null ? SettingsKeys.defaultValue(key) : v;
    }

    /** Comma- or whitespace-separated items. */
    public static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String part : s.split("[,\\s]+")) if (!part.isBlank()) out.add(part.trim());
        return out;
    }

    /** Non-blank lines, also split at ';' so one-line fields work, without '#' comments. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String line : s.split("[\\r\\n;]+")) {
            int hash = line.indexOf('#');
            String t = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** {@code current} with {@code ruleId} added (for the "disable rule" quick fix). */
    public static String withRule(String current, String ruleId) {
        Set<String> ids = new LinkedHashSet<>(list(current));
        ids.add(ruleId);
        return String.join(",", ids);
    }
}
