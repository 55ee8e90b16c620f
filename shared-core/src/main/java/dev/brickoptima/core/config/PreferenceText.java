package dev.brickoptima.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings both IDE plugins store as text, parsed one way. Lists (profiles, disabled rules) are separated by
 * commas or white space; thresholds ({@code rule-id.name = value}) and partition columns ({@code table: a, b}) one per
 * line or separated by {@code ;}, with {@code #} starting a comment. A malformed entry is skipped and listed in
 * {@code problems} rather than failing: a typo in a threshold must not switch the analysis off.
 *
 * @param dialect          {@code spark}, {@code databricks}, {@code postgres} or {@code ansi}; blank for the default
 * @param profiles         rule profiles
 * @param disabledRules    rule ids that never run
 * @param thresholds       thresholds
 * @param partitionColumns partition columns of known tables
 */
public record PreferenceText(String dialect, String profiles, String disabledRules, String thresholds, String partitionColumns) {

    /** Applies the non-blank fields on top of {@code b} (defaults, or a brickoptima.yml); returns the entries skipped. */
    public List<String> applyTo(AnalyzerConfig.Builder b) {
        List<String> problems = new ArrayList<>();
        if (dialect != null && !dialect.isBlank()) {
            Dialect d = Dialect.parse(dialect.trim());
            if (d == null) problems.add("unknown dialect '" + dialect.trim() + "'");
            else b.dialect(d);
        }
        for (String p : list(profiles)) b.profile(p);
        for (String r : list(disabledRules)) b.disable(r);
        for (String line : lines(thresholds)) {
            int eq = line.indexOf('=');
            int dot = eq < 0 ? -1 : line.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0) {
                problems.add("threshold '" + line + "' is not 'rule-id.name = value'");
                continue;
            }
            try {
                b.threshold(line.substring(0, dot).trim(), line.substring(dot + 1, eq).trim(), Double.parseDouble(line.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                problems.add("threshold '" + line + "' has no number");
            }
        }
        for (String line : lines(partitionColumns)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add("partition columns '" + line + "' is not 'table: col1, col2'");
                continue;
            }
            List<String> cols = list(line.substring(colon + 1));
            if (!cols.isEmpty()) b.partitionColumns(line.substring(0, colon).trim(), cols);
        }
        return problems;
    }

    /** The entries that cannot be used, for a settings page to show; empty when all are fine. */
    public List<String> problems() {
        return applyTo(AnalyzerConfig.builder());
    }

    /** Comma- or white-space-separated items. */
    public static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String part : s.split("[,\\s]+")) if (!part.isBlank()) out.add(part.trim());
        return out;
    }

    /** Non-blank entries: lines, also split at ';' so one-line fields work, without '#' comments. */
    public static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String line : s.split("[\\r\\n;]+")) {
            int hash = line.indexOf('#');
            String t = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** {@code current} (a list field) with {@code item} added, comma-separated (for "disable this rule"). */
    public static String withItem(String current, String item) {
        Set<String> items = new LinkedHashSet<>(list(current));
        items.add(item);
        return String.join(", ", items);
    }
}
