package dev.brickoptima.core.finding;

/** Replace the input text in [start, end) with {@code replacement}. Offsets are into the analyzed input. */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        if (replacement == null) replacement = "";
    }

    public TextEdit shift(int delta) {
        return new TextEdit(start + delta, end + delta, replacement);
    }
}
