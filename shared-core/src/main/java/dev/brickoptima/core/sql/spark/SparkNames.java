package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

/**
 * Names Spark allows where JSqlParser reserves a word: {@code IDENTIFIER('t')} (a name computed from a
 * constant) becomes an unknown identifier of the same length, and type names called as functions
 * ({@code decimal(x)}, {@code map(k, v)}, {@code like(a, p)}) lose their last letter to a {@code _} so
 * JSqlParser reads a function call. No rule depends on these function names.
 */
final class SparkNames {
    /** Words JSqlParser does not take as a function name when a call follows. */
    private static final String[] TYPE_FUNCTIONS = {
        "DECIMAL", "DEC", "NUMERIC", "FLOAT", "REAL", "DOUBLE", "MAP", "SMALLINT", "TINYINT", "BIGINT", "INTEGER", "INT",
        "VARCHAR", "LONG", "SHORT"
    };

    /** Keywords after which a word followed by {@code (} is a function call, not a type or a name. */
    private static final String[] EXPRESSION_KEYWORDS = {
        "SELECT", "WHERE", "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "BY", "ON", "HAVING", "DISTINCT", "ALL",
        "IN", "IS", "QUALIFY", "RETURN", "CASE", "BETWEEN", "LIKE", "ILIKE", "DEFAULT", "EXTEND", "AGGREGATE", "SET", "VALUES"
    };

    private SparkNames() {
    }

    static void rewrite(SparkText s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.kind(i, SqlToken.Kind.WORD) || !s.punct(i + 1, '(') || !s.live(i)) continue;
            if (s.word(i, "IDENTIFIER")) {
                int close = s.matching(i + 1);
                if (close > 0) {
                    s.hole(s.at(i).start(), s.at(close).end());
                    i = close;
                }
            } else if ((s.word(i, "LIKE") || s.word(i, "ILIKE")) ? startsOperand(s, i - 1) : isTypeFunction(s, i) && isExpressionPosition(s, i - 1)) {
                s.put(s.at(i).end() - 1, "_");
            }
        }
    }

    /** {@code like(a, p)} as a function: only where an operand starts, never as the operator in {@code a LIKE (p)}. */
    private static boolean startsOperand(SparkText s, int prev) {
        return s.punct(prev, '(') || s.punct(prev, ',') || s.anyWord(prev, "SELECT", "WHERE", "AND", "OR", "WHEN", "THEN", "ELSE", "HAVING", "ON");
    }

    private static boolean isTypeFunction(SparkText s, int i) {
        for (String w : TYPE_FUNCTIONS) if (s.word(i, w)) return true;
        return false;
    }

    private static boolean isExpressionPosition(SparkText s, int prev) {
        if (prev < 0) return false;
        SqlToken p = s.at(prev);
        if (p.kind() == SqlToken.Kind.PUNCT) return !s.punct(prev, ':') && !s.punct(prev, '.');
        if (p.kind() != SqlToken.Kind.WORD) return false;
        for (String k : EXPRESSION_KEYWORDS) if (s.word(prev, k)) return true;
        return false;
    }
}
