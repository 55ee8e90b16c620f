package dev.brickoptima.core.rule;

/**
 * A tunable number of one rule, declared in its metadata (as SonarJava's {@code @RuleProperty}): the name users write
 * after the rule id ({@code thresholds: {plan-skew.factor: 3}}), the default, the unit and what it means. The rule
 * reads it with {@code ctx.threshold(FACTOR)}; docs/rules.md, configuration checks and IDE descriptions come from here.
 *
 * @param name         camelCase, unique within the rule ("minBytes")
 * @param defaultValue used when the configuration does not set it; {@code Double.POSITIVE_INFINITY}: no limit
 * @param unit         what the number counts; decides whether fractions are allowed and how values are shown
 * @param description  one phrase: what the rule does with it ("the largest IN list not reported")
 */
public record Threshold(String name, double defaultValue, Unit unit, String description) {

    /** What a threshold counts. Every unit is at least 0; factors, shares and costs take fractions. */
    public enum Unit {
        /** A number of things (values, rows, tasks, files). */
        COUNT,
        /** A size in bytes. */
        BYTES,
        /** A duration in milliseconds. */
        MILLIS,
        /** A ratio, fractions allowed; greater than 0. */
        FACTOR,
        /** A part of a whole, from 0 to 1 ("0.05": 5%). */
        SHARE,
        /** A PostgreSQL planner cost (its own units), fractions allowed. */
        COST,
        /** An on/off switch: 0 or 1 (YAML also takes false/true). */
        SWITCH;

        public String label() {
            return name().toLowerCase();
        }
    }

    public static Threshold count(String name, double def, String description) {
        return new Threshold(name, def, Unit.COUNT, description);
    }

    public static Threshold bytes(String name, double def, String description) {
        return new Threshold(name, def, Unit.BYTES, description);
    }

    public static Threshold millis(String name, double def, String description) {
        return new Threshold(name, def, Unit.MILLIS, description);
    }

    public static Threshold factor(String name, double def, String description) {
        return new Threshold(name, def, Unit.FACTOR, description);
    }

    public static Threshold share(String name, double def, String description) {
        return new Threshold(name, def, Unit.SHARE, description);
    }

    public static Threshold cost(String name, double def, String description) {
        return new Threshold(name, def, Unit.COST, description);
    }

    public static Threshold onOff(String name, boolean def, String description) {
        return new Threshold(name, def ? 1 : 0, Unit.SWITCH, description);
    }

    /** Why {@code value} cannot be used for this threshold, or null when it can. */
    public String problem(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "must be a finite number";
        if (unit == Unit.SWITCH) return value == 0 || value == 1 ? null : "must be 0 or 1 (or false/true)";
        if (unit == Unit.FACTOR) return value > 0 ? null : "must be greater than 0";
        if (unit == Unit.SHARE) return value >= 0 && value <= 1 ? null : "must be between 0 and 1";
        if (value < 0) return "must not be negative";
        if (unit == Unit.COST) return null;
        if (value != Math.rint(value)) return "must be a whole number (" + unit.label() + ")";
        // the rules compare against long and int counts; anything beyond this is a typo, not a setting
        if (value > 1e15) return "is too large (at most 1e15)";
        return null;
    }

    /** The default as users would write it in the configuration ("500", "67108864", "1.5"; "none" for no limit). */
    public String defaultText() {
        return Double.isInfinite(defaultValue) ? "none" : number(defaultValue);
    }

    /** The default for people: "64 MiB", "2,000 ms", "true", "no limit". */
    public String defaultForPeople() {
        if (Double.isInfinite(defaultValue)) return "no limit";
        switch (unit) {
            case BYTES: return bytes(defaultValue);
            case MILLIS: return grouped(defaultValue) + " ms";
            case SWITCH: return defaultValue != 0 ? "on (1)" : "off (0)";
            default: return defaultValue == Math.rint(defaultValue) ? grouped(defaultValue) : number(defaultValue);
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) <= 1e15) return Long.toString((long) v); // 1e15: the largest accepted (problem)
        return Double.toString(v);
    }

    private static String grouped(double v) {
        String digits = Long.toString((long) v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String bytes(double v) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        double x = v;
        while (x >= 1024 && x % 1024 == 0 && u < units.length - 1) {
            x /= 1024;
            u++;
        }
        return grouped(x) + " " + units[u] + (u > 0 ? " (" + number(v) + ")" : "");
    }
}
