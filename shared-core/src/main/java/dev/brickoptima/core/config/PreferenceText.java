package dev.brickoptima.core.config;

import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings an IDE stores as text fields (IntelliJ's settings page, Eclipse's preference page), read by one parser
 * so both IDEs accept the same text. Lists are separated by commas, spaces or new lines; the line fields
 * (thresholds, partition columns) also by ';', and '#' starts a comment to the end of the line. A blank field inherits
 * (from brickoptima.yml or the defaults). A bad entry is skipped and listed as a problem for the settings page: a
 * typo must not switch the whole analysis off, and must not pass unnoticed either.
 *
 * @param dialect          spark, databricks, postgres, ansi, mysql, sqlserver, hive: the default, for SQL whose dialect
 *                         neither a brickoptima.yml nor the project's JDBC driver tells
 * @param profiles         e.g. "read-only, strict"
 * @param disabledRules    rule ids
 * @param thresholds       {@code rule-id.name = value} per line
 * @param partitionColumns {@code table: col1, col2} per line
 */
public record PreferenceText(String dialect, String profiles, String disabledRules, String thresholds, String partitionColumns) {

    /** Applies the non-blank fields on top of {@code b}; returns the problems (entries skipped), each quoting its entry. */
    public List<String> applyTo(AnalyzerConfig.Builder b) {
        List<String> problems = new ArrayList<>();
        if (dialect != null && !dialect.isBlank()) {
            String p = ConfigChecks.dialect(dialect.trim());
            if (p != null) problems.add(p);
            else b.defaultDialect(Dialect.parse(dialect.trim())); // a project's brickoptima.yml or JDBC driver knows better
        }
        if (profiles != null && !profiles.isBlank()) {
            List<String> known = new ArrayList<>();
            for (String p : list(profiles)) {
                String problem = ConfigChecks.profile(p);
                if (problem != null) problems.add(problem);
                else known.add(p);
            }
            b.profiles(known);
        }
        for (String id : list(disabledRules)) {
            String p = ConfigChecks.ruleId(id);
            if (p != null) problems.add(p);
            else b.disable(id);
        }
        for (String line : lines(thresholds)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add("threshold '" + line + "' is not 'rule-id.name = value'");
                continue;
            }
            String key = line.substring(0, eq).trim();
            String p = ConfigChecks.thresholdKey(key);
            if (p != null) {
                problems.add("threshold '" + line + "': " + p);
                continue;
            }
            Threshold t = ConfigChecks.threshold(key);
            double value = number(line.substring(eq + 1).trim(), t);
            p = Double.isNaN(value) ? "has no number" : t.problem(value);
            if (p != null) {
                problems.add("threshold '" + line + "' " + p);
                continue;
            }
            b.threshold(key.substring(0, key.lastIndexOf('.')), t.name(), value);
        }
        for (String line : lines(partitionColumns)) {
            int colon = line.indexOf(':');
            List<String> cols = colon <= 0 ? List.of() : list(line.substring(colon + 1));
            if (colon <= 0 || cols.isEmpty()) {
                problems.add("partition columns '" + line + "' is not 'table: col1, col2'");
                continue;
            }
            b.partitionColumns(line.substring(0, colon).trim(), cols);
        }
        return problems;
    }

    /** The problems of these settings (for a settings page to show before saving). */
    public List<String> problems() {
        return applyTo(AnalyzerConfig.builder());
    }

    private static double number(String s, Threshold t) {
        if (t.unit() == Threshold.Unit.SWITCH) {
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("on")) return 1;
            if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("off")) return 0;
        }
        try {
            return Double.parseDouble(s.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Items separated by commas, spaces or new lines, in order, without duplicates. */
    public static List<String> list(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) return List.of();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ',';
            if (c == ',' || Character.isWhitespace(c)) {
                if (item.length() > 0) out.add(item.toString());
                item.setLength(0);
            } else item.append(c);
        }
        return List.copyOf(out);
    }

    /** Non-blank entries, split at new lines and ';', without '#' comments. */
    public static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r' && s.charAt(i) != ';') continue;
            String line = s.substring(start, i);
            int hash = line.indexOf('#');
            String t = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!t.isEmpty()) out.add(t);
            start = i + 1;
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
