package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanParseException;

/**
 * Recognises and reads PostgreSQL EXPLAIN output in either format, as EXPLAIN prints it or as psql shows it (the
 * "QUERY PLAN" header, the "(N rows)" footer and the "+" that psql puts at the end of each line of a JSON plan are
 * blanked out with spaces, so offsets still point into the text as given).
 */
public final class PgPlans {
    private static final int SNIFF_CHARS = 8000;

    private PgPlans() {
    }

    /** Whether the text is PostgreSQL EXPLAIN output (JSON with "Node Type", or text with costs, actuals or "->" nodes). */
    public static boolean looksLikePlan(String text) {
        if (text == null) return false;
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        int first = firstSignificant(undecorate(head));
        if (first < 0) return false;
        char c = head.charAt(first);
        if (c == '[' || c == '{') return head.contains("\"Node Type\"") && head.contains("\"Plan\"");
        int lines = 0;
        // every line of the head: a split limit would lump the rest into one "line" and match numbers spread over many
        for (String line : head.split("\n")) {
            String t = line.trim();
            if (t.isEmpty()) continue;
            if (++lines > 50) break;
            if (t.contains("(cost=") && t.contains("..") && t.contains(" rows=") && t.contains(" width=")) return true;
            if ((t.contains("(actual time=") || t.contains("(actual rows=")) && t.contains(" loops=")) return true;
            if (t.startsWith("->  ") && startsWithNodeType(t.substring(4))) return true;
        }
        return false;
    }

    /** First words of EXPLAIN's node labels, for plans printed with COSTS OFF (no numbers to recognise them by). */
    private static final String[] NODE_WORDS = {"Seq Scan", "Index ", "Bitmap ", "Tid ", "Sample Scan", "Subquery Scan", "Function Scan",
        "Table Function Scan", "Values Scan", "CTE Scan", "WorkTable Scan", "Named Tuplestore Scan", "Foreign Scan", "Custom Scan",
        "Nested Loop", "Hash", "Merge ", "Sort", "Incremental Sort", "Aggregate", "GroupAggregate", "MixedAggregate", "Group",
        "Limit", "Materialize", "Memoize", "Unique", "WindowAgg", "SetOp", "LockRows", "Result", "ProjectSet", "Append",
        "Recursive Union", "Gather", "Parallel ", "Partial ", "Finalize ", "Async ", "Insert on ", "Update on ", "Delete on ", "Merge on "};

    private static boolean startsWithNodeType(String label) {
        for (String w : NODE_WORDS) if (label.startsWith(w)) return true;
        return false;
    }

    /**
     * Reads a plan; {@link PlanParseException} (with line and column) when the text is not one PostgreSQL plan.
     * {@code maxChars} bounds the input like every other analysis input.
     */
    public static PgPlan parse(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new PlanParseException("the plan is " + text.length() + " characters, more than the limit of " + maxChars, 1, 1);
        }
        String clean = undecorate(text);
        int first = firstSignificant(clean);
        if (first < 0) throw new PlanParseException("no plan in the text", 1, 1);
        char c = clean.charAt(first);
        if (c == '[' || c == '{') return PgJsonPlanReader.read(clean, first, clean.length());
        return PgTextPlanReader.read(clean, first, clean.length());
    }

    public static PgPlan parse(String text) {
        return parse(text, Integer.MAX_VALUE);
    }

    private static int firstSignificant(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** Blanks psql's decoration in place (same length), leaving the plan where it was. */
    static String undecorate(String text) {
        boolean plus = endsLinesWithPlus(text);
        if (text.indexOf("QUERY PLAN") < 0 && !plus) return text;
        char[] chars = text.toCharArray();
        int pos = 0;
        boolean headerSeen = false;
        while (pos < chars.length) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = chars.length;
            String line = text.substring(pos, eol).trim();
            if (!headerSeen && line.equals("QUERY PLAN")) {
                blank(chars, pos, eol);
                int next = eol + 1;
                int nextEol = next < chars.length ? text.indexOf('\n', next) : -1;
                if (nextEol < 0) nextEol = chars.length;
                if (next < chars.length && isDashes(text.substring(next, nextEol).trim())) blank(chars, next, nextEol);
                headerSeen = true;
            } else if (isRowCount(line)) {
                blank(chars, pos, eol);
            } else if (plus) {
                int end = eol;
                while (end > pos && (chars[end - 1] == ' ' || chars[end - 1] == '\r')) end--;
                if (end > pos && chars[end - 1] == '+') chars[end - 1] = ' ';
            }
            pos = eol + 1;
        }
        return new String(chars);
    }

    private static boolean endsLinesWithPlus(String text) {
        int lines = 0;
        int plus = 0;
        int pos = 0;
        while (pos < text.length() && lines < 200) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = text.length();
            int end = eol;
            while (end > pos && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > pos) {
                lines++;
                if (text.charAt(end - 1) == '+' && end - 1 > pos && text.charAt(end - 2) == ' ') plus++;
            }
            pos = eol + 1;
        }
        return lines > 1 && plus * 2 >= lines;
    }

    private static boolean isDashes(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != '-' && s.charAt(i) != '+') return false;
        return true;
    }

    private static boolean isRowCount(String s) {
        if (!s.startsWith("(") || !(s.endsWith(" rows)") || s.endsWith(" row)"))) return false;
        for (int i = 1; i < s.indexOf(' '); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return s.indexOf(' ') > 1;
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to && i < chars.length; i++) if (chars[i] != '\r') chars[i] = ' ';
    }
}
