package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.Spans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TextRanges#withParens}: a range widened to the parentheses right around it, and left alone otherwise. */
class TextRangesTest {
    private static String widen(String text, String inner) {
        int at = text.indexOf(inner);
        Spans.Span s = TextRanges.withParens(text, new Spans.Span(at, at + inner.length()));
        return text.substring(s.start(), s.end());
    }

    @Test
    void widenedToTheParenthesesAroundIt() {
        assertThat(widen("VALUES (1, 2)", "1, 2")).isEqualTo("(1, 2)");
        assertThat(widen("VALUES (\n  1, 2\t)", "1, 2")).isEqualTo("(\n  1, 2\t)");
        // at the very start and end of the text
        assertThat(widen("(1, 2)", "1, 2")).isEqualTo("(1, 2)");
        assertThat(widen("( 1 )", "1")).isEqualTo("( 1 )");
    }

    @Test
    void leftAloneWithoutAPairOfParentheses() {
        assertThat(widen("VALUES 1, 2)", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("VALUES (1, 2", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("VALUES (1, 2 ", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("1, 2)", "1, 2")).isEqualTo("1, 2");
        assertThat(widen(" 1, 2)", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("[1, 2]", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("(1, 2]", "1, 2")).isEqualTo("1, 2");
        assertThat(widen("[1, 2)", "1, 2")).isEqualTo("1, 2");
    }
}
