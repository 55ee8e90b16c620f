package dev.brickoptima.guard;

import dev.brickoptima.core.config.Profile;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What the guard enforces: the read-only profile (no statement that changes data, schema or permissions; a statement
 * it cannot parse is rejected too, since it cannot be checked) and budgets on the planner's estimated total cost and
 * row count (checked with EXPLAIN before the statement runs). Immutable.
 */
public record GuardPolicy(boolean readOnly, double maxCost, double maxRows) {
    /** Connection properties and URL parameters that configure the guard (removed before the driver sees them). */
    public static final String PREFIX = "brickoptima.";
    public static final String PROFILE = PREFIX + "profile";
    public static final String MAX_COST = PREFIX + "maxCost";
    public static final String MAX_ROWS = PREFIX + "maxRows";

    public static GuardPolicy none() {
        return new GuardPolicy(false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public GuardPolicy withReadOnly() {
        return new GuardPolicy(true, maxCost, maxRows);
    }

    public GuardPolicy withMaxCost(double cost) {
        return new GuardPolicy(readOnly, cost, maxRows);
    }

    public GuardPolicy withMaxRows(double rows) {
        return new GuardPolicy(readOnly, maxCost, rows);
    }

    /** Whether statements are explained before they run. */
    public boolean hasBudget() {
        return maxCost < Double.POSITIVE_INFINITY || maxRows < Double.POSITIVE_INFINITY;
    }

    /**
     * {@code brickoptima.profile=read-only}, {@code brickoptima.maxCost=50000}, {@code brickoptima.maxRows=100000}; an
     * unknown {@code brickoptima.*} key or a bad value is an error, so a typo never silently disables a check.
     */
    public static GuardPolicy from(Map<String, String> settings) {
        GuardPolicy p = none();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String v = e.getValue().trim();
            switch (e.getKey()) {
                case PROFILE:
                    if (v.equalsIgnoreCase(Profile.READ_ONLY)) p = p.withReadOnly();
                    else if (!v.isEmpty() && !v.equalsIgnoreCase("none")) throw new IllegalArgumentException(PROFILE + "=" + v + ": the guard knows the profile read-only");
                    break;
                case MAX_COST:
                    p = p.withMaxCost(positive(e.getKey(), v));
                    break;
                case MAX_ROWS:
                    p = p.withMaxRows(positive(e.getKey(), v));
                    break;
                default:
                    throw new IllegalArgumentException("unknown guard setting " + e.getKey() + " (" + PROFILE + ", " + MAX_COST + ", " + MAX_ROWS + ")");
            }
        }
        return p;
    }

    /** The {@code brickoptima.*} entries of driver properties. */
    static Map<String, String> settingsOf(Properties info) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (info != null) for (String k : info.stringPropertyNames()) if (k.toLowerCase(Locale.ROOT).startsWith(PREFIX.toLowerCase(Locale.ROOT))) out.put(k, info.getProperty(k));
        return out;
    }

    private static double positive(String key, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + v + ": expected a positive number");
    }
}
