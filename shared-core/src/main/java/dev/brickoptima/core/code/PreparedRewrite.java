package dev.brickoptima.core.code;

import java.util.List;

/**
 * The result of {@link InjectionCheck#rewrite}: the new SQL (literal text with placeholders, plus any safe holes that
 * stay concatenated) and the values to bind, in placeholder order.
 *
 * @param sql                  literal parts and kept holes, in order
 * @param params               values to bind, in placeholder order
 * @param existingPlaceholders {@code ?} placeholders the text had before; new parameters come after them
 */
public record PreparedRewrite(List<SqlPart> sql, List<Param> params, int existingPlaceholders) {
    public PreparedRewrite {
        sql = List.copyOf(sql);
        params = List.copyOf(params);
    }

    /**
     * A value to bind.
     *
     * @param holeIndex  index of the hole in the original parts
     * @param expression the hole's source text
     * @param prefix     text that was inside the SQL quotes before the hole ({@code %} of {@code LIKE '%x'})
     * @param suffix     text that was inside the SQL quotes after the hole
     * @param position   0-based placeholder position in the new SQL (JDBC index = position + 1)
     */
    public record Param(int holeIndex, String expression, String prefix, String suffix, int position) {
        /** Java source for the bound value: the expression, wrapped with its prefix and suffix when there are any. */
        public String javaExpression() {
            if (prefix.isEmpty() && suffix.isEmpty()) return expression;
            StringBuilder sb = new StringBuilder();
            if (!prefix.isEmpty()) sb.append('"').append(JavaStringLiteral.escapeForLiteral(prefix)).append("\" + ");
            sb.append(simple(expression) ? expression : "(" + expression + ")");
            if (!suffix.isEmpty()) sb.append(" + \"").append(JavaStringLiteral.escapeForLiteral(suffix)).append('"');
            return sb.toString();
        }

        /** Whether the bound value is exactly the hole's expression (so its static type is the value's type). */
        public boolean isPlainValue() {
            return prefix.isEmpty() && suffix.isEmpty();
        }
    }

    /** The new SQL as a Java expression: one string literal, or literals and kept holes joined with {@code +}. */
    public String javaExpression() {
        StringBuilder sb = new StringBuilder();
        for (SqlPart p : sql) {
            if (sb.length() > 0) sb.append(" + ");
            if (p.isHole() || p.isConstant()) sb.append(simple(p.expression()) ? p.expression() : "(" + p.expression() + ")");
            else sb.append('"').append(JavaStringLiteral.escapeForLiteral(p.literal())).append('"');
        }
        return sb.length() == 0 ? "\"\"" : sb.toString();
    }

    /** The new SQL text (constants by value) when no hole stays concatenated, else null. */
    public String sqlText() {
        StringBuilder sb = new StringBuilder();
        for (SqlPart p : sql) {
            if (p.isHole()) return null;
            sb.append(p.literal());
        }
        return sb.toString();
    }

    /** Whether an expression can be an operand of {@code +} without parentheses: a name, a call chain, a literal. */
    static boolean simple(String e) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (depth == 0 && !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$')) return false;
        }
        return true;
    }
}
