package dev.brickoptima.core.code;

/**
 * One operand of SQL built in code, in order: literal text (a string literal's value, or a resolved constant
 * together with the expression that names it), or a hole (any other expression) with its source text and whether
 * its type makes it harmless to concatenate (numbers, booleans, enums: their text cannot carry a quote).
 */
public record SqlPart(String literal, String expression, boolean safe) {

    public static SqlPart literal(String value) {
        return new SqlPart(value, null, true);
    }

    /** A compile-time constant's value and the expression naming it ({@code TABLE}, {@code Queries.BASE}). */
    public static SqlPart constant(String value, String expressionSource) {
        return new SqlPart(value, expressionSource, true);
    }

    public static SqlPart hole(String expressionSource, boolean safeType) {
        return new SqlPart(null, expressionSource, safeType);
    }

    public boolean isHole() {
        return literal == null;
    }

    /** A literal that stands for a named constant (rewrites keep the name). */
    public boolean isConstant() {
        return literal != null && expression != null;
    }
}
