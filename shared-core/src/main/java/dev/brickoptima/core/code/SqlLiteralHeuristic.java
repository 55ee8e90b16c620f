package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a string that reaches no known sink clearly is SQL, with few false alarms: it must start with
 * a statement keyword and have the second keyword that statement needs ({@code SELECT ... FROM},
 * {@code UPDATE t SET}, {@code DELETE FROM t}, {@code INSERT INTO ... VALUES|SELECT}, ...), keywords must be all upper
 * or all lower case (so "Select a file from the list" is not SQL), and English filler words must not appear
 * outside quotes. JPQL and HQL are not SQL ({@link #looksLikeJpql}). Hosts may switch it off ({@link #OFF}); they should also drop a heuristic literal whose
 * analysis gives a parse error rather than report that.
 */
public final class SqlLiteralHeuristic {
    public static final SqlLiteralHeuristic ON = new SqlLiteralHeuristic(true);
    public static final SqlLiteralHeuristic OFF = new SqlLiteralHeuristic(false);

    private static final Set<String> FILLER = Set.of("the", "your", "you", "please", "this", "these", "those", "we",
        "my", "our", "their", "want", "should", "cannot", "failed", "successfully", "could", "would");
    private static final Set<String> CREATE_MODIFIERS = Set.of("or", "replace", "temp", "temporary", "external", "global",
        "local", "unique", "unlogged", "materialized", "if", "not", "exists");
    private static final Set<String> CREATE_OBJECTS = Set.of("table", "view", "index");

    private final boolean enabled;

    private SqlLiteralHeuristic(boolean enabled) {
        this.enabled = enabled;
    }

    public static SqlLiteralHeuristic of(boolean enabled) {
        return enabled ? ON : OFF;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether {@code text} (a literal's value, or a template's text with holes) clearly is SQL; false when off. */
    public boolean looksLikeSql(String text) {
        return enabled && clearlySql(text);
    }

    /** The heuristic itself, regardless of the switch. */
    public static boolean clearlySql(String text) {
        if (text == null || text.length() < 10) return false;
        List<String> words = words(text);
        if (words.size() < 3) return false;
        for (String w : words) if (FILLER.contains(w.toLowerCase(Locale.ROOT))) return false;
        String first = words.get(0);
        if (!uniformCase(first)) return false;
        boolean upper = first.equals(first.toUpperCase(Locale.ROOT));
        String head = first.toLowerCase(Locale.ROOT);
        String trimmed = text.trim();
        if (trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith(":")) return false;
        if (looksLikeJpql(words, upper)) return false;
        switch (head) {
            case "select":
                return indexOf(words, "from", upper, 1) > 0;
            case "with": {
                int sel = indexOf(words, "select", upper, 2);
                return sel > 0 && indexOf(words, "as", upper, 1) > 0 && indexOf(words, "as", upper, 1) < sel && text.indexOf('(') >= 0;
            }
            case "insert": {
                String second = words.get(1);
                boolean into = is(second, "into", upper) || is(second, "overwrite", upper);
                return into && (indexOf(words, "values", upper, 3) > 0 || indexOf(words, "select", upper, 3) > 0);
            }
            case "update":
                // UPDATE t [alias] SET col = ...
                return (is(words.get(2), "set", upper) || (words.size() > 3 && is(words.get(3), "set", upper)))
                    && text.indexOf('=') > 0;
            case "delete":
                if (!is(words.get(1), "from", upper)) return false;
                // DELETE FROM t, optionally followed by WHERE / USING (not "delete from cache failed")
                return words.size() == 3 || is(words.get(3), "where", upper) || is(words.get(3), "using", upper)
                    || (words.size() > 4 && is(words.get(4), "where", upper));
            case "merge":
                return is(words.get(1), "into", upper) && indexOf(words, "using", upper, 3) > 0 && indexOf(words, "on", upper, 4) > 0;
            case "create": {
                int k = 1;
                while (k < words.size() && CREATE_MODIFIERS.contains(words.get(k).toLowerCase(Locale.ROOT)) && sameCase(words.get(k), upper)) k++;
                if (k + 1 >= words.size() || !CREATE_OBJECTS.contains(words.get(k).toLowerCase(Locale.ROOT)) || !sameCase(words.get(k), upper)) return false;
                // a definition follows the name: columns, AS query, USING format, ON table (indexes)
                return text.indexOf('(') >= 0 || indexOf(words, "as", upper, k + 2) > 0 || indexOf(words, "using", upper, k + 2) > 0
                    || indexOf(words, "on", upper, k + 2) > 0;
            }
            default:
                return false;
        }
    }

    /**
     * JPQL and HQL read like SQL but name entities and their fields: {@code JOIN FETCH o.items},
     * {@code SELECT NEW com.acme.Dto(...)}, {@code MEMBER OF}, or a query selecting its own range variable
     * ({@code SELECT o FROM Order o}, also {@code DISTINCT o} and {@code COUNT(o)}).
     */
    static boolean looksLikeJpql(List<String> words, boolean upper) {
        for (int i = 0; i + 1 < words.size(); i++) {
            // in any case: JPQL is often written with mixed-case keywords
            String pair = words.get(i).toLowerCase(Locale.ROOT) + " " + words.get(i + 1).toLowerCase(Locale.ROOT);
            if (pair.equals("join fetch") || pair.equals("select new") || pair.equals("member of")) return true;
        }
        // SELECT [DISTINCT|COUNT] x FROM Entity [AS] x
        if (!is(words.get(0), "select", upper)) return false;
        int k = 1;
        if (is(words.get(k), "distinct", upper) || is(words.get(k), "count", upper)) k++;
        if (k + 2 >= words.size() || !is(words.get(k + 1), "from", upper)) return false;
        String alias = words.get(k);
        int r = k + 3;
        if (r < words.size() && is(words.get(r), "as", upper)) r++;
        return r < words.size() && words.get(r).equals(alias) && !alias.contains(".");
    }

    private static boolean uniformCase(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) || w.equals(w.toLowerCase(Locale.ROOT));
    }

    private static boolean sameCase(String w, boolean upper) {
        return upper ? w.equals(w.toUpperCase(Locale.ROOT)) : w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Keyword match in the statement's casing style. */
    private static boolean is(String word, String keyword, boolean upper) {
        return word.equals(upper ? keyword.toUpperCase(Locale.ROOT) : keyword);
    }

    private static int indexOf(List<String> words, String keyword, boolean upper, int from) {
        for (int i = from; i < words.size(); i++) if (is(words.get(i), keyword, upper)) return i;
        return -1;
    }

    /** The words of the text outside quotes and comments; a leading parenthesis is skipped. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c) j++;
                i = j + 1;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$'
                    // a qualified name (schema.table) is one word
                    || s.charAt(j) == '.' && j + 1 < n && (Character.isLetter(s.charAt(j + 1)) || s.charAt(j + 1) == '_'))) j++;
                out.add(s.substring(i, j));
                i = j;
            } else i++;
        }
        return out;
    }
}
