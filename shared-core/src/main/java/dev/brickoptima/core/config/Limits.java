package dev.brickoptima.core.config;

import java.util.List;

/**
 * Bounds on the work one input may cause. Exceeding one gives a finding, never a hang. Every bound is checked here
 * (a budget of 0, or one so large that deadlines overflow, would silently skip or never stop the analysis).
 *
 * @param maxInputChars       whole script or plan text
 * @param maxStatementChars   one SQL statement
 * @param maxNestingDepth     parentheses / subquery nesting
 * @param statementBudgetMillis time for parsing and analysing one statement
 */
public record Limits(int maxInputChars, int maxStatementChars, int maxNestingDepth, long statementBudgetMillis) {
    public static final Limits DEFAULT = new Limits(20_000_000, 1_000_000, 120, 5_000);

    /** Configuration keys (under {@code limits:}), in component order. */
    public static final List<String> KEYS = List.of("maxInputChars", "maxStatementChars", "maxNestingDepth", "statementBudgetMillis");

    /** JSqlParser overflows the stack near depth 1000; keep well below. */
    public static final int MAX_NESTING_DEPTH = 500;
    /** An hour per statement: beyond that a budget is a typo, and deadlines near Long.MAX_VALUE overflow. */
    public static final long MAX_BUDGET_MILLIS = 3_600_000;

    public Limits {
        String p = problem("maxInputChars", maxInputChars);
        if (p == null) p = problem("maxStatementChars", maxStatementChars);
        if (p == null) p = problem("maxNestingDepth", maxNestingDepth);
        if (p == null) p = problem("statementBudgetMillis", statementBudgetMillis);
        if (p != null) throw new IllegalArgumentException(p);
    }

    /** Why {@code value} cannot be the limit {@code key}, or null when it can (also null for an unknown key: see {@link #KEYS}). */
    public static String problem(String key, double value) {
        double max;
        switch (key) {
            case "maxInputChars":
            case "maxStatementChars": max = Integer.MAX_VALUE; break;
            case "maxNestingDepth": max = MAX_NESTING_DEPTH; break;
            case "statementBudgetMillis": max = MAX_BUDGET_MILLIS; break;
            default: return null;
        }
        if (Double.isNaN(value) || value != Math.rint(value)) return key + " must be a whole number";
        if (value < 1) return key + " must be at least 1";
        if (value > max) return key + " must be at most " + (long) max;
        return null;
    }

    /** These limits with {@code key} set to {@code value} (already checked with {@link #problem}). */
    public Limits with(String key, long value) {
        switch (key) {
            case "maxInputChars": return new Limits((int) value, maxStatementChars, maxNestingDepth, statementBudgetMillis);
            case "maxStatementChars": return new Limits(maxInputChars, (int) value, maxNestingDepth, statementBudgetMillis);
            case "maxNestingDepth": return new Limits(maxInputChars, maxStatementChars, (int) value, statementBudgetMillis);
            case "statementBudgetMillis": return new Limits(maxInputChars, maxStatementChars, maxNestingDepth, value);
            default: throw new IllegalArgumentException("unknown limit " + key);
        }
    }
}
