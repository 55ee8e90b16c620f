package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.Spans;

/** Adjustments of reported ranges to what the user sees as the construct. */
final class TextRanges {
    private TextRanges() {
    }

    /** {@code s} widened to the parentheses directly around it, when there are any: {@code 1, 2} becomes {@code (1, 2)}. */
    static Spans.Span withParens(String text, Spans.Span s) {
        int a = s.start() - 1;
        while (a >= 0 && Character.isWhitespace(text.charAt(a))) a--;
        int b = s.end();
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) b++;
        if (a >= 0 && b < text.length() && text.charAt(a) == '(' && text.charAt(b) == ')') return new Spans.Span(a, b + 1);
        return s;
    }
}
