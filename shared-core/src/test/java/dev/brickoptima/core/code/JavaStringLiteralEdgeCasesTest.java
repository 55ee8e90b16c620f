package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corners of JLS 3.3 / 3.10.6 / 3.10.7 that javac decides one way and a literal reader easily decides another:
 * quotes and escaped delimiters inside text blocks, backslash runs before {@code u}, octal limits, and the exact source
 * range each value char maps to.
 */
class JavaStringLiteralEdgeCasesTest {
    private static final String Q3 = "\"\"\"";

    private static String sourceOf(JavaStringLiteral l, int start, int end) {
        int[] r = l.toSourceRange(start, end);
        return l.sourceText().substring(r[0], r[1]);
    }

    @Test
    void escapedTripleQuoteInsideATextBlockIsContent() {
        // """
        //   a \""" b
        //   """
        String src = Q3 + "\n  a \\\"\"\" b\n  " + Q3;
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("a \"\"\" b\n");
        assertThat(l.isTextBlock()).isTrue();
        assertThat(l.indentation()).isEqualTo(2);
        assertThat(sourceOf(l, 2, 3)).isEqualTo("\\\"");
        assertThat(sourceOf(l, 3, 5)).isEqualTo("\"\"");
        assertThat(l.toSource(6)).isEqualTo(src.indexOf('b'));
    }

    @Test
    void anEscapedClosingDelimiterDoesNotCloseTheBlock() {
        // one backslash escapes the first quote of the closing delimiter: the block never ends
        assertThat(JavaStringLiteral.tryParse(Q3 + "\n  a \\" + Q3)).isNull();
        assertThat(JavaStringLiteral.tryParse(Q3 + "\n  a \\\\\\" + Q3)).isNull();
        // two backslashes are one escaped backslash, and the delimiter closes
        JavaStringLiteral even = JavaStringLiteral.parse(Q3 + "\n  a \\\\" + Q3);
        assertThat(even.content()).isEqualTo("a \\");
        assertThat(sourceOf(even, 2, 3)).isEqualTo("\\\\");
    }

    @Test
    void anEscapedBackslashBeforeUIsNoUnicodeEscape() {
        // source "\\u0041": an escaped backslash, then the letters u0041
        JavaStringLiteral l = JavaStringLiteral.parse("\"\\\\u0041\"");
        assertThat(l.content()).isEqualTo("\\u0041");
        assertThat(sourceOf(l, 0, 1)).isEqualTo("\\\\");
        assertThat(l.toSource(1)).isEqualTo(3);
        // three backslashes: the third is preceded by an even run, so \u0041 is translated
        JavaStringLiteral odd = JavaStringLiteral.parse("\"\\\\\\u0041\"");
        assertThat(odd.content()).isEqualTo("\\A");
        assertThat(sourceOf(odd, 1, 2)).isEqualTo("\\u0041");
        // a translated backslash does not start another unicode escape: \u005cu0041 is a backslash escape of 'u' (invalid)
        assertThat(JavaStringLiteral.tryParse("\"\\u005cu0041\"")).isNull();
        // ... but \u005c\u005c is an escaped backslash
        assertThat(JavaStringLiteral.parse("\"\\u005c\\u005c\"").content()).isEqualTo("\\");
    }

    @Test
    void malformedUnicodeEscapesAndEscapesAreRejected() {
        assertThat(JavaStringLiteral.tryParse("\"\\u00G1\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"\\u004")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"a\\q\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"a\\\"")).isNull();      // "a\" : the closing quote is escaped
        assertThat(JavaStringLiteral.tryParse("\"a\"b\"")).isNull();     // an unescaped quote inside
        assertThat(JavaStringLiteral.tryParse("\"a\nb\"")).isNull();     // a line break in a plain literal
        assertThat(JavaStringLiteral.tryParse("\"a\rb\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("'a'")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"abc")).isNull();
        assertThat(JavaStringLiteral.tryParse(null)).isNull();
        assertThatThrownBy(() -> JavaStringLiteral.parse("\"a\\q and a long tail of text after it\""))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a Java string literal: \"a\\q and a long tail of text after it\"");
        assertThatThrownBy(() -> JavaStringLiteral.parse("\"a\\q and a much longer tail of text after it, cut\""))
            .hasMessage("not a Java string literal: \"a\\q and a much longer tail of text afte...");
        // a line continuation belongs to text blocks only
        assertThat(JavaStringLiteral.tryParse("\"a\\\nb\"")).isNull();
    }

    @Test
    void textBlockOpeningMustEndItsLine() {
        assertThat(JavaStringLiteral.tryParse(Q3 + "SELECT 1" + Q3)).isNull();
        assertThat(JavaStringLiteral.tryParse(Q3 + Q3)).isNull();
        assertThat(JavaStringLiteral.tryParse(Q3 + "\n")).isNull();
        assertThat(JavaStringLiteral.tryParse(Q3 + "\nabc\"\"")).isNull();
        // spaces, tabs and form feeds may follow the opening delimiter
        JavaStringLiteral l = JavaStringLiteral.parse(Q3 + " \t\f\n  SELECT 1\n  " + Q3);
        assertThat(l.content()).isEqualTo("SELECT 1\n");
        assertThat(l.toSource(0)).isEqualTo(Q3.length() + 4 + 2);
        // a lone \r ends the opening line too
        assertThat(JavaStringLiteral.parse(Q3 + "\r  x\r  " + Q3).content()).isEqualTo("x\n");
        // an empty text block
        JavaStringLiteral empty = JavaStringLiteral.parse(Q3 + "\n" + Q3);
        assertThat(empty.content()).isEmpty();
        assertThat(empty.toSource(0)).isEqualTo(4);
        assertThat(empty.toSourceEnd(0)).isEqualTo(4);
    }

    @Test
    void textBlockIndentationCountsTabsAsOneAndTheClosingLine() {
        JavaStringLiteral l = JavaStringLiteral.parse(Q3 + "\n\t\tSELECT a\n\t\t  FROM t\n\t" + Q3);
        assertThat(l.content()).isEqualTo("\tSELECT a\n\t  FROM t\n");
        assertThat(l.indentation()).isEqualTo(1);
        // the closing delimiter after content: only content lines count
        JavaStringLiteral c = JavaStringLiteral.parse(Q3 + "\n    a\n      b" + Q3);
        assertThat(c.content()).isEqualTo("a\n  b");
        assertThat(c.indentation()).isEqualTo(4);
        // blank lines in the middle are emptied, whatever their spaces
        assertThat(JavaStringLiteral.parse(Q3 + "\n  a\n         \n  b\n  " + Q3).content()).isEqualTo("a\n\nb\n");
        // a line shorter than the indentation that is not blank cannot occur; a whitespace-only last line counts fully
        assertThat(JavaStringLiteral.parse(Q3 + "\n      a\n    " + Q3).content()).isEqualTo("  a\n");
    }

    @Test
    void octalEscapesStopAtTheirLimit() {
        assertThat(JavaStringLiteral.parse("\"\\377\"").content()).isEqualTo("\u00ff");
        assertThat(JavaStringLiteral.parse("\"\\400\"").content()).isEqualTo(" 0");
        assertThat(JavaStringLiteral.parse("\"\\7\"").content()).isEqualTo("\u0007");
        assertThat(JavaStringLiteral.parse("\"\\08\"").content()).isEqualTo("\u00008");
        JavaStringLiteral l = JavaStringLiteral.parse("\"\\1234\"");
        assertThat(l.content()).isEqualTo("S4");
        assertThat(sourceOf(l, 0, 1)).isEqualTo("\\123");
        assertThat(sourceOf(l, 1, 2)).isEqualTo("4");
    }

    @Test
    void everySimpleEscapeHasItsValue() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"\\b\\t\\n\\f\\r\\s\\\"\\'\\\\\"");
        assertThat(l.content()).isEqualTo("\b\t\n\f\r \"'\\");
        for (int i = 0; i < l.content().length(); i++) {
            assertThat(l.toSource(i)).as("char %d", i).isEqualTo(1 + 2 * i);
            assertThat(l.toSourceEnd(i + 1)).as("end of char %d", i).isEqualTo(3 + 2 * i);
        }
    }

    @Test
    void offsetsOutsideTheValueClampToItsEnds() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"ab\\n\"");
        assertThat(l.toSource(-5)).isEqualTo(1);
        assertThat(l.toSource(3)).isEqualTo(5);        // end of the value: after the \n escape
        assertThat(l.toSource(9)).isEqualTo(5);        // past the end: where the content ends
        assertThat(l.toSourceEnd(0)).isEqualTo(1);
        assertThat(l.toSourceEnd(-1)).isEqualTo(1);
        assertThat(l.toSourceEnd(3)).isEqualTo(5);
        assertThat(l.toSourceEnd(7)).isEqualTo(5);
        assertThat(l.toSourceRange(2, 1)).containsExactly(3, 3);  // an empty or reversed range is empty at its start
        JavaStringLiteral empty = JavaStringLiteral.parse("\"\"");
        assertThat(empty.toSource(0)).isEqualTo(1);
        assertThat(empty.toSource(4)).isEqualTo(1);
        assertThat(empty.toSourceEnd(4)).isEqualTo(1);
        assertThat(empty.indentation()).isZero();
        // a mapper for a substring: offsets shift, ends too
        var m = l.from(1);
        assertThat(m.toSource(0)).isEqualTo(2);
        assertThat(m.toSourceEnd(2)).isEqualTo(5);
    }

    @Test
    void longLiteralsMapEveryChar() {
        String value = "SELECT a, b, c, d, e, f, g FROM some_table WHERE x = 1";
        JavaStringLiteral l = JavaStringLiteral.parse("\"" + value + "\"");
        assertThat(l.content()).isEqualTo(value);
        for (int i = 0; i < value.length(); i++) assertThat(l.toSource(i)).isEqualTo(i + 1);
        assertThat(l.toSourceEnd(value.length())).isEqualTo(value.length() + 1);
    }

    @Test
    void escapingForAPlainLiteral() {
        assertThat(JavaStringLiteral.escapeForLiteral("\\\"\n\r\t\b\f\u0001\u001f\u007f~ é"))
            .isEqualTo("\\\\\\\"\\n\\r\\t\\b\\f\\001\\037\\177~ é");
        JavaStringLiteral plain = JavaStringLiteral.parse("\"x\"");
        assertThat(plain.escape("a\"b\nc")).isEqualTo("a\\\"b\\nc");
    }

    @Test
    void escapingForATextBlock() {
        // a third quote in a row is escaped, so the block cannot close early; the run count starts again after it
        assertThat(JavaStringLiteral.escapeForTextBlock("\"\"\"\"\"\"x", "  ")).isEqualTo("\"\"\\\"\"\"\\\"x");
        assertThat(JavaStringLiteral.escapeForTextBlock("\"\"a\"", "  ")).isEqualTo("\"\"a\"");
        // trailing spaces before a line break survive as \s; the next line gets the indentation
        assertThat(JavaStringLiteral.escapeForTextBlock("a  \nb", "    ")).isEqualTo("a \\s\n    b");
        assertThat(JavaStringLiteral.escapeForTextBlock("\nb", "  ")).isEqualTo("\n  b");
        assertThat(JavaStringLiteral.escapeForTextBlock("\\\r\t\u0002\u007f", "")).isEqualTo("\\\\\\r\\t\\002\\177");
        JavaStringLiteral tb = JavaStringLiteral.parse(Q3 + "\n      SELECT 1\n      " + Q3);
        assertThat(tb.indentation()).isEqualTo(6);
        assertThat(tb.escape("a \nb")).isEqualTo("a\\s\n      b");
        // the escaped text reads back as the original inside a block with that indentation
        String value = "q = \"\"\"\"; \\ x \t\ny";
        String back = JavaStringLiteral.parse(Q3 + "\n      " + tb.escape(value) + "\n      " + Q3).content();
        assertThat(back).isEqualTo(value + "\n");
    }
}
