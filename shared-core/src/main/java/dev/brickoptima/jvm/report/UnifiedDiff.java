package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unified diff (as {@code diff -u} and {@code git apply} read it) of the text edits of fixes: one hunk per group
 * of edits whose lines, with {@value #CONTEXT} lines of context, touch.
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of applying {@code edits} (non-overlapping) to {@code text}; empty when there are none. */
    public static String of(String path, String text, List<TextEdit> edits) {
        if (edits.isEmpty()) return "";
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        LineIndex index = new LineIndex(text);
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int lineDelta = 0; // new line number minus old line number before the current hunk
        int i = 0;
        while (i < sorted.size()) {
            int firstLine = lineOf(index, sorted.get(i).start());
            int lastLine = lineOf(index, Math.max(sorted.get(i).start(), sorted.get(i).end() - 1));
            int j = i + 1;
            while (j < sorted.size() && lineOf(index, sorted.get(j).start()) - lastLine <= 2 * CONTEXT + 1) {
                lastLine = Math.max(lastLine, lineOf(index, Math.max(sorted.get(j).start(), sorted.get(j).end() - 1)));
                j++;
            }
            int from = Math.max(0, firstLine - CONTEXT);
            int to = Math.min(index.lineCount() - 1, lastLine + CONTEXT);
            int startOff = index.offset(from + 1, 1);
            int endOff = to + 1 < index.lineCount() ? index.offset(to + 2, 1) : text.length();
            String oldPart = text.substring(startOff, endOff);
            StringBuilder newPart = new StringBuilder(oldPart);
            for (int k = j - 1; k >= i; k--) {
                TextEdit e = sorted.get(k);
                newPart.replace(e.start() - startOff, e.end() - startOff, e.replacement());
            }
            List<String> oldLines = lines(oldPart);
            List<String> newLines = lines(newPart.toString());
            sb.append("@@ -").append(range(from + 1, oldLines.size())).append(" +")
                .append(range(from + 1 + lineDelta, newLines.size())).append(" @@\n");
            body(sb, oldLines, newLines);
            lineDelta += newLines.size() - oldLines.size();
            i = j;
        }
        return sb.toString();
    }

    /** The lines of one hunk: a longest-common-subsequence diff (hunks are a few lines, so quadratic is fine). */
    private static void body(StringBuilder sb, List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                line(sb, ' ', a.get(i++));
                j++;
            } else {
                // deletions of a changed block before its insertions, as diff -u prints them
                int i2 = i;
                int j2 = j;
                while (i2 < n || j2 < m) {
                    if (i2 < n && j2 < m && a.get(i2).equals(b.get(j2))) break;
                    if (j2 >= m || i2 < n && lcs[i2 + 1][j2] >= lcs[i2][j2 + 1]) i2++;
                    else j2++;
                }
                while (i < i2) line(sb, '-', a.get(i++));
                while (j < j2) line(sb, '+', b.get(j++));
            }
        }
    }

    private static void line(StringBuilder sb, char prefix, String line) {
        sb.append(prefix);
        if (line.endsWith("\n")) {
            sb.append(line);
        } else {
            sb.append(line).append("\n\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        if (count == 0) return (start - 1) + ",0";
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** 0-based line of an offset. */
    private static int lineOf(LineIndex index, int offset) {
        return index.line(offset) - 1;
    }

    /** Lines with their terminators. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }
}
