package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text that may hold several Spark plans into one piece per plan: files that collect EXPLAIN outputs, with
 * comment lines ({@code #}, {@code --}, {@code //}) or separator lines ({@code ----}, {@code ====}, {@code ***})
 * between them, or plans simply one after the other. A plan starts at {@code == Parsed Logical Plan ==} (EXPLAIN
 * EXTENDED), at a {@code == Physical Plan ==} that does not close such a section, and, after a blank line, at an
 * operator line in column 0 that cannot continue the plan before (in EXPLAIN FORMATTED only detail headers
 * {@code (N) Name}, the subquery section and subquery trees directly under {@code Subquery:N} do). Linear, no
 * regular expressions.
 */
public final class PlanTextSplitter {
    /** One plan's text: {@code [start, end)} offsets into the whole text and its first line (1-based). */
    public record Piece(int start, int end, int firstLine, String text) {
    }

    private PlanTextSplitter() {
    }

    public static List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>();
        if (text == null) return out;
        int n = text.length();
        int pieceStart = -1;
        int pieceLine = 0;
        int pieceEnd = 0;
        boolean hasLogical = false;
        boolean hasPhysical = false;
        boolean hasTree = false;
        boolean afterBlank = false;
        String previous = "";
        int line = 0;
        for (int s = 0; s <= n; ) {
            int e = text.indexOf('\n', s);
            if (e < 0) e = n;
            line++;
            String l = text.substring(s, e > s && text.charAt(e - 1) == '\r' ? e - 1 : e);
            String t = l.trim();
            boolean startsNew = false;
            boolean drop = false;
            if (t.isEmpty()) {
                afterBlank = true;
            } else if (isSeparator(t)) {
                drop = true;
                if (pieceStart >= 0) {
                    out.add(piece(text, pieceStart, pieceEnd, pieceLine));
                    pieceStart = -1;
                }
            } else if (t.equals("== Parsed Logical Plan ==")) {
                startsNew = hasLogical || hasPhysical || hasTree;
            } else if (t.equals("== Physical Plan ==")) {
                startsNew = hasPhysical || hasTree && !hasLogical;
            } else if (afterBlank && l.charAt(0) != ' ' && hasTree && !t.startsWith("== ") && !continuesPlan(t, previous)) {
                startsNew = true;
            }
            if (!drop) {
                if (startsNew && pieceStart >= 0) {
                    out.add(piece(text, pieceStart, pieceEnd, pieceLine));
                    pieceStart = -1;
                }
                if (!t.isEmpty()) {
                    if (pieceStart < 0) {
                        pieceStart = s;
                        pieceLine = line;
                        hasLogical = false;
                        hasPhysical = false;
                        hasTree = false;
                    }
                    pieceEnd = e;
                    if (t.startsWith("== ") && t.endsWith("Logical Plan ==")) hasLogical = true;
                    else if (t.equals("== Physical Plan ==")) hasPhysical = true;
                    else if (!t.startsWith("==")) hasTree = true;
                    afterBlank = false;
                    previous = t;
                }
            }
            s = e + 1;
        }
        if (pieceStart >= 0) out.add(piece(text, pieceStart, pieceEnd, pieceLine));
        return out;
    }

    private static Piece piece(String text, int start, int end, int line) {
        return new Piece(start, end, line, text.substring(start, end));
    }

    /** After a blank line inside EXPLAIN FORMATTED output: a detail header, the subquery section, or a subquery tree. */
    private static boolean continuesPlan(String t, String previous) {
        if (t.startsWith("(") && t.indexOf(") ") > 1 && isDigits(t.substring(1, t.indexOf(") ")))) return true;
        return t.startsWith("===== ") || t.startsWith("Subquery:") || previous.startsWith("Subquery:");
    }

    /** Whether {@code s} is only digits; the caller never passes "" (it needs {@code ") "} after index 1). */
    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** A comment line or a line of only separator characters (at least three). */
    static boolean isSeparator(String t) {
        if (t.startsWith("#") || t.startsWith("--") || t.startsWith("//")) return true;
        if (t.length() < 3 || t.startsWith("== ") || t.startsWith("===== ")) return false;
        for (int i = 0; i < t.length(); i++) if ("=-*_~ ".indexOf(t.charAt(i)) < 0) return false;
        return true;
    }
}
