package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.List;

/** Small linear helpers over Spark's printed expressions and argument lists. */
public final class PlanText {
    private PlanText() {
    }

    /** Splits at any of the separator characters, dropping empty parts (no regular expressions: TeaVM-friendly). */
    public static List<String> words(String s, String separators) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || separators.indexOf(s.charAt(i)) >= 0) {
                if (i > from) out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    /** {@code []}, {@code [0]: []}, empty or null. */
    public static boolean isEmptyList(String v) {
        if (v == null) return true;
        String t = v.trim();
        return t.isEmpty() || t.equals("[]") || t.equals("None");
    }

    /**
     * Splits at commas that are not inside (), [], {} or quotes. Linear; an unbalanced closer is treated as text.
     */
    public static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        int depth = 0;
        char quote = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') quote = c;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
            else if (c == ',' && depth == 0) {
                out.add(s.substring(from, i).trim());
                from = i + 1;
            }
        }
        String last = s.substring(from).trim();
        if (!last.isEmpty() || !out.isEmpty()) out.add(last);
        return out;
    }

    /** Strips one pair of enclosing brackets: {@code [a, b]} -> {@code a, b}. */
    public static String unbracket(String s) {
        String t = s == null ? "" : s.trim();
        if (t.length() >= 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') return t.substring(1, t.length() - 1).trim();
        return t;
    }

    /** Items of a printed list {@code [a, f(b, c)]}. */
    public static List<String> listItems(String s) {
        String inner = unbracket(s);
        if (inner.isEmpty()) return new ArrayList<>();
        return splitTopLevel(inner);
    }

    /** Column names of a printed attribute list {@code [a#1, b#2L]} -> {@code a, b}. */
    public static List<String> attributeNames(String s) {
        List<String> out = new ArrayList<>();
        for (String item : listItems(s)) {
            int hash = item.lastIndexOf('#');
            String n = hash > 0 ? item.substring(0, hash) : item;
            int as = n.lastIndexOf(" AS ");
            if (as >= 0) n = n.substring(as + 4);
            out.add(n.trim());
        }
        return out;
    }

    /** Field names of a {@code struct<a:int,b:decimal(7,2)>} read schema. */
    public static List<String> structFields(String schema) {
        List<String> out = new ArrayList<>();
        if (schema == null) return out;
        String t = schema.trim();
        int lt = t.indexOf('<');
        if (!t.startsWith("struct") || lt < 0 || !t.endsWith(">")) return out;
        String inner = t.substring(lt + 1, t.length() - 1);
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (c == '<' || c == '(') depth++;
            else if ((c == '>' || c == ')') && depth > 0) depth--;
            else if (c == ',' && depth == 0) {
                String f = inner.substring(from, i);
                int colon = f.indexOf(':');
                if (colon > 0) out.add(f.substring(0, colon).trim());
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * Names of functions called in an expression ({@code isnotnull(a#1) AND f(b#2)} -> isnotnull, f), in order.
     * A name is the identifier directly before '('.
     */
    public static List<String> functionNames(String expr) {
        List<String> out = new ArrayList<>();
        if (expr == null) return out;
        int n = expr.length();
        int i = 0;
        while (i < n) {
            char c = expr.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_' || expr.charAt(i) == '$')) i++;
                boolean attr = i < n && expr.charAt(i) == '#';
                if (!attr && i < n && expr.charAt(i) == '(' && (s == 0 || expr.charAt(s - 1) != '#')) out.add(expr.substring(s, i));
            } else if (c == '\'' || c == '"') {
                int close = expr.indexOf(c, i + 1);
                i = close < 0 ? n : close + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
