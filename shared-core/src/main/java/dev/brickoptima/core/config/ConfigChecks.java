package dev.brickoptima.core.config;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that checks configuration values against the rule registry, for every front end (brickoptima.yml,
 * IDE preference text, command-line options). Each check returns null when the value can be used, else a one-line
 * problem; the caller puts the key or line in front, so the user sees where it is.
 */
public final class ConfigChecks {
    private ConfigChecks() {
    }

    public static String ruleId(String id) {
        return RuleRegistry.byId(id) != null ? null : "unknown rule id '" + id + "' (see 'brickoptima rules')";
    }

    public static String profile(String name) {
        return Profile.isKnown(name) ? null : "unknown profile '" + name + "' (" + String.join(", ", Profile.ALL) + ")";
    }

    public static String dialect(String name) {
        return Dialect.parse(name) != null ? null : "unknown dialect '" + name + "' (" + Dialect.names() + ")";
    }

    /** A declared sink's method, {@code com.acme.db.Db.query}. */
    public static String sinkMethod(String qualifiedMethod) {
        return SinkDeclaration.problem(qualifiedMethod);
    }

    public static String severity(String name) {
        return Severity.parse(name) != null ? null : "unknown severity '" + name + "' (info, warning, error)";
    }

    /** The threshold a key {@code rule-id.name} names, or null (see {@link #thresholdKey} for why). */
    public static Threshold threshold(String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0) return null;
        RuleMetadata m = RuleRegistry.byId(key.substring(0, dot));
        return m == null ? null : m.threshold(key.substring(dot + 1));
    }

    /** Why {@code key} names no threshold, or null when it names one. */
    public static String thresholdKey(String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) return "expected <rule-id>.<threshold>, e.g. large-in-list.max";
        String id = key.substring(0, dot);
        RuleMetadata m = RuleRegistry.byId(id);
        if (m == null) return ruleId(id);
        String name = key.substring(dot + 1);
        if (m.threshold(name) != null) return null;
        if (m.thresholds().isEmpty()) return id + " has no thresholds";
        List<String> names = new ArrayList<>();
        for (Threshold t : m.thresholds()) names.add(t.name());
        return id + " has no threshold '" + name + "' (" + String.join(", ", names) + ")";
    }

    /** Why {@code value} cannot be set for threshold {@code key}, or null when it can. */
    public static String threshold(String key, double value) {
        String p = thresholdKey(key);
        if (p != null) return p;
        return threshold(key).problem(value);
    }
}
