package dev.brickoptima.core.text;

import java.util.Arrays;

/** Maps offsets in a text to 1-based line and column numbers (columns count chars, a tab is one). */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.length = text.length();
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, o);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of {@code offset}. */
    public int column(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        return o - lineStarts[line(o) - 1] + 1;
    }

    /** Offset of a 1-based line and column. */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.min(length, lineStarts[l - 1] + Math.max(0, column - 1));
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
