package dev.brickoptima.core.config;

/**
 * Bounds on the work one input may cause. Exceeding one gives a finding, never a hang.
 *
 * @param maxInputChars       whole script or plan text
 * @param maxStatementChars   one SQL statement
 * @param maxNestingDepth     parentheses / subquery nesting
 * @param statementBudgetMillis time for parsing and analysing one statement (enforced by the JVM layer for parsing)
 */
public record Limits(int maxInputChars, int maxStatementChars, int maxNestingDepth, long statementBudgetMillis) {
    public static final Limits DEFAULT = new Limits(20_000_000, 1_000_000, 120, 5_000);
}
