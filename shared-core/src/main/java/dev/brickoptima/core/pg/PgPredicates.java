package dev.brickoptima.core.pg;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the conditions EXPLAIN prints ({@code ((status = 'pending'::text) AND (total > '990'::numeric))},
 * {@code (oi.order_id = o.id)}) into the column comparisons an index could serve. Only top-level AND-ed comparisons
 * of a column with a constant or parameter (or with another column, for joins) are recognised; anything else is
 * left alone rather than guessed at.
 */
public final class PgPredicates {
    /** How a column is compared: what an index can do with it. */
    public enum Kind { EQUALITY, IN_LIST, RANGE, NULL_TEST, JOIN }

    /**
     * One comparison. {@code qualifier} is the alias or table before the column ("o" in o.customer_id), or null;
     * for JOIN the other side's column is in {@code otherQualifier}/{@code otherColumn}.
     */
    public record Predicate(String qualifier, String column, Kind kind, String otherQualifier, String otherColumn) {
    }

    private PgPredicates() {
    }

    /** The recognised comparisons of a condition, in the order written; empty for null or unrecognised text. */
    public static List<Predicate> of(String condition) {
        List<Predicate> out = new ArrayList<>();
        if (condition == null) return out;
        for (String conjunct : conjuncts(condition)) {
            Predicate p = comparison(conjunct);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** Top-level AND-ed parts, each without its enclosing parentheses. */
    static List<String> conjuncts(String condition) {
        List<String> out = new ArrayList<>();
        String c = strip(condition.trim());
        int depth = 0;
        boolean quote = false;
        int from = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '\'') quote = !quote;
            if (quote) continue;
            if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (depth == 0 && c.startsWith(" AND ", i)) {
                out.add(strip(c.substring(from, i).trim()));
                from = i + 5;
                i += 4;
            }
        }
        out.add(strip(c.substring(from).trim()));
        return out;
    }

    private static final String[] OPERATORS = {" = ANY ", " <= ", " >= ", " <> ", " = ", " < ", " > ", " IS NOT NULL", " IS NULL"};

    private static Predicate comparison(String s) {
        if (containsTopLevel(s, " OR ")) return null;
        for (String op : OPERATORS) {
            int at = topLevelIndex(s, op);
            if (at < 0) continue;
            String left = s.substring(0, at).trim();
            String right = s.substring(at + op.length()).trim();
            String[] lc = columnRef(left);
            if (op.startsWith(" IS ")) return lc == null ? null : new Predicate(lc[0], lc[1], Kind.NULL_TEST, null, null);
            String[] rc = columnRef(right);
            Kind kind = op.equals(" = ") ? Kind.EQUALITY : op.equals(" = ANY ") ? Kind.IN_LIST : op.equals(" <> ") ? null : Kind.RANGE;
            if (kind == null) return null; // <> is not indexable
            if (lc != null && rc != null) {
                return kind == Kind.EQUALITY ? new Predicate(lc[0], lc[1], Kind.JOIN, rc[0], rc[1]) : null;
            }
            if (lc != null && isConstant(right)) return new Predicate(lc[0], lc[1], kind, null, null);
            if (rc != null && isConstant(left) && kind != Kind.IN_LIST) return new Predicate(rc[0], rc[1], kind, null, null);
            return null;
        }
        return null;
    }

    /** {@code col}, {@code o.col}, {@code (col)::text}, {@code "Mixed Case"} -> {qualifier, column}; null otherwise. */
    static String[] columnRef(String s) {
        String t = s.trim();
        int cast = t.lastIndexOf("::");
        while (cast > 0 && t.indexOf('\'') < 0) {
            t = t.substring(0, cast).trim();
            cast = t.lastIndexOf("::");
        }
        t = strip(t);
        if (t.isEmpty()) return null;
        String qualifier = null;
        String column = t;
        int dot = PgIdentifiers.dotOutsideQuotes(t);
        if (dot > 0) {
            qualifier = t.substring(0, dot);
            column = t.substring(dot + 1);
            if (PgIdentifiers.dotOutsideQuotes(column) >= 0) {
                // schema.table.column: keep the table as the qualifier
                int d2 = PgIdentifiers.dotOutsideQuotes(column);
                qualifier = column.substring(0, d2);
                column = column.substring(d2 + 1);
            }
        }
        if (!isIdentifier(column) || qualifier != null && !isIdentifier(qualifier)) return null;
        return new String[]{qualifier == null ? null : PgIdentifiers.unquote(qualifier), PgIdentifiers.unquote(column)};
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') return true;
        char c0 = s.charAt(0);
        if (!(Character.isLetter(c0) || c0 == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) return false;
        }
        // NULL, true, CURRENT_DATE, CURRENT_USER, ...: key words, not columns
        return !PgIdentifiers.isReserved(s);
    }

    /** A literal, a parameter ($1), an array literal or a cast of one: what a comparison with a column is indexable for. */
    static boolean isConstant(String s) {
        String t = strip(s.trim());
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        if (c == '\'' || c == '$') return true;
        if (c == '-' || Character.isDigit(c)) return true;
        if (t.startsWith("ARRAY[")) return true;
        if (t.equalsIgnoreCase("NULL") || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) return true;
        // now(), CURRENT_DATE and the like are stable within a statement: an index can use them
        return t.startsWith("now()") || t.startsWith("CURRENT_") || t.startsWith("(now()");
    }

    private static String strip(String s) {
        String t = s;
        while (t.length() >= 2 && t.charAt(0) == '(' && matchingClose(t) == t.length() - 1) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static int matchingClose(String s) {
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quote = !quote;
            if (quote) continue;
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int topLevelIndex(String s, String needle) {
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quote = !quote;
            if (quote) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && s.startsWith(needle, i)) return i;
        }
        return -1;
    }

    private static boolean containsTopLevel(String s, String needle) {
        return topLevelIndex(s, needle) >= 0;
    }


}
