package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits MyBatis annotation SQL into literal text and placeholders: {@code #{x}} binds a parameter (harmless),
 * {@code ${x}} pastes the value into the SQL text (an injection risk when it comes from a caller).
 */
public final class MyBatisText {
    /** A piece of the text: [start, end) of the content and what it is. */
    public record Piece(int start, int end, Kind kind) {
    }

    public enum Kind { LITERAL, BIND, SUBSTITUTION }

    private MyBatisText() {
    }

    /** The parameter a placeholder names: {@code id} for {@code #{id, jdbcType=INTEGER}} or {@code ${id}}. */
    public static String parameterName(String placeholder) {
        String inner = placeholder.length() >= 3 ? placeholder.substring(2, placeholder.length() - 1) : "";
        int comma = inner.indexOf(',');
        return (comma >= 0 ? inner.substring(0, comma) : inner).trim();
    }

    /**
     * Whether the SQL is MyBatis dynamic SQL ({@code <script>...</script>}): XML whose tags ({@code <where>},
     * {@code <if>}, {@code <foreach>}) decide the statement at run time, so its text is not one statement.
     */
    public static boolean isScript(String sql) {
        return sql.stripLeading().startsWith("<script>");
    }

    public static List<Piece> split(String sql) {
        List<Piece> out = new ArrayList<>();
        int lit = 0;
        int i = 0;
        while (i < sql.length() - 1) {
            char c = sql.charAt(i);
            if ((c == '#' || c == '$') && sql.charAt(i + 1) == '{') {
                int close = sql.indexOf('}', i + 2);
                if (close < 0) break;
                if (i > lit) out.add(new Piece(lit, i, Kind.LITERAL));
                out.add(new Piece(i, close + 1, c == '#' ? Kind.BIND : Kind.SUBSTITUTION));
                i = close + 1;
                lit = i;
            } else i++;
        }
        if (lit < sql.length()) out.add(new Piece(lit, sql.length(), Kind.LITERAL));
        return out;
    }
}
