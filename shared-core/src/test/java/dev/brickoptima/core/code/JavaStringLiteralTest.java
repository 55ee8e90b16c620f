package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaStringLiteralTest {

    /** Source text of value range [start, end) of the literal. */
    private static String sourceOf(JavaStringLiteral l, int start, int end) {
        int[] r = l.toSourceRange(start, end);
        return l.sourceText().substring(r[0], r[1]);
    }

    @Test
    void plainLiteralWithoutEscapesIsOffsetByTheQuote() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"SELECT a FROM t\"");
        assertThat(l.content()).isEqualTo("SELECT a FROM t");
        assertThat(l.isTextBlock()).isFalse();
        assertThat(l.toSource(0)).isEqualTo(1);
        assertThat(l.toSource(7)).isEqualTo(8);
        assertThat(l.toSource(15)).isEqualTo(16); // end: the closing quote
        assertThat(sourceOf(l, 9, 15)).isEqualTo("FROM t");
    }

    @Test
    void simpleEscapesTakeTwoSourceChars() {
        // value: SELECT "a"\n FROM t\\x
        String src = "\"SELECT \\\"a\\\"\\n FROM t\\\\x\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT \"a\"\n FROM t\\x");
        int from = l.content().indexOf("FROM");
        assertThat(sourceOf(l, from, from + 4)).isEqualTo("FROM");
        assertThat(sourceOf(l, 7, 10)).isEqualTo("\\\"a\\\"");
        assertThat(sourceOf(l, 10, 11)).isEqualTo("\\n");
        int bs = l.content().indexOf('\\');
        assertThat(sourceOf(l, bs, bs + 1)).isEqualTo("\\\\");
        assertThat(l.toSource(l.content().length())).isEqualTo(src.length() - 1);
    }

    @Test
    void octalEscapesTakeOneToThreeDigits() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"a\\0b\\12c\\101d\\4012\"");
        assertThat(l.content()).isEqualTo("a\0b\nc" + "A" + "d" + " 12");
        assertThat(sourceOf(l, 1, 2)).isEqualTo("\\0");
        assertThat(sourceOf(l, 3, 4)).isEqualTo("\\12");
        assertThat(sourceOf(l, 5, 6)).isEqualTo("\\101");
        assertThat(sourceOf(l, 7, 8)).isEqualTo("\\40"); // \4 starts a two-digit escape at most
        assertThat(sourceOf(l, 8, 9)).isEqualTo("1");
    }

    @Test
    void unicodeEscapesAreTranslatedFirst() {
        // \u0041 is A; \\u0041 is a backslash then "u0041"; \uuu0042 is B; \u005c\u006e is a backslash+n escape = newline
        JavaStringLiteral l = JavaStringLiteral.parse("\"\\u0041\\\\u0041\\uuu0042\\u005c\\u006eZ\"");
        assertThat(l.content()).isEqualTo("A\\u0041B\nZ");
        assertThat(sourceOf(l, 0, 1)).isEqualTo("\\u0041");
        assertThat(sourceOf(l, 1, 2)).isEqualTo("\\\\");
        assertThat(sourceOf(l, 7, 8)).isEqualTo("\\uuu0042");
        assertThat(sourceOf(l, 8, 9)).isEqualTo("\\u005c\\u006e");
        assertThat(sourceOf(l, 9, 10)).isEqualTo("Z");
    }

    @Test
    void malformedLiteralsAreRejected() {
        assertThat(JavaStringLiteral.tryParse("\"abc")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"a\\qb\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"a\"b\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"\\u00g1\"")).isNull();
        assertThat(JavaStringLiteral.tryParse("'a'")).isNull();
        assertThat(JavaStringLiteral.tryParse("\"\"\"abc\"\"\"")).isNull(); // text block needs a line break after """
        assertThatThrownBy(() -> JavaStringLiteral.parse("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyLiteral() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"\"");
        assertThat(l.content()).isEmpty();
        assertThat(l.toSource(0)).isEqualTo(1);
        assertThat(l.toSourceEnd(0)).isEqualTo(1);
    }

    @Test
    void textBlockStripsIncidentalIndentation() {
        String src = "\"\"\"\n"
            + "        SELECT a,\n"
            + "          b\n"
            + "        FROM t\n"
            + "        \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.isTextBlock()).isTrue();
        assertThat(l.content()).isEqualTo("SELECT a,\n  b\nFROM t\n");
        assertThat(l.indentation()).isEqualTo(8);
        int b = l.content().indexOf('b');
        assertThat(l.toSource(b)).isEqualTo(src.indexOf('b'));
        int from = l.content().indexOf("FROM");
        assertThat(sourceOf(l, from, from + 6)).isEqualTo("FROM t");
        // a range across a line break covers the source from its first to its last char only
        assertThat(sourceOf(l, b, from + 4)).isEqualTo("b\n        FROM");
    }

    @Test
    void textBlockClosingDelimiterOnLastContentLineAndLessIndentedClose() {
        String src = "\"\"\"\n    SELECT 1\n      FROM t\"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT 1\n  FROM t");
        String src2 = "\"\"\"\n    SELECT 1\n  \"\"\"";
        assertThat(JavaStringLiteral.parse(src2).content()).isEqualTo("  SELECT 1\n");
        assertThat(JavaStringLiteral.parse(src2).indentation()).isEqualTo(2);
    }

    @Test
    void textBlockStripsTrailingSpacesButKeepsEscapedSpace() {
        String src = "\"\"\"\n  SELECT a   \n  FROM t\\s\n  WHERE x = 1\\040\n  \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT a\nFROM t \nWHERE x = 1 \n");
        int sp = l.content().indexOf("t \n") + 1;
        assertThat(sourceOf(l, sp, sp + 1)).isEqualTo("\\s");
        // the end of "a" maps before the stripped trailing spaces
        int a = l.content().indexOf('a');
        assertThat(sourceOf(l, 0, a + 1)).isEqualTo("SELECT a");
    }

    @Test
    void textBlockLineContinuationJoinsLines() {
        String src = "\"\"\"\n    SELECT a \\\n    FROM t\n    \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT a FROM t\n");
        int from = l.content().indexOf("FROM");
        assertThat(l.toSource(from)).isEqualTo(src.indexOf("FROM"));
        assertThat(sourceOf(l, from - 2, from + 4)).isEqualTo("a \\\n    FROM");
    }

    @Test
    void textBlockNormalizesCrLfAndKeepsQuotes() {
        String src = "\"\"\"\r\n  SELECT \"x\" FROM t\r\n  WHERE s = '\"\"'\r\n  \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT \"x\" FROM t\nWHERE s = '\"\"'\n");
        int nl = l.content().indexOf('\n');
        assertThat(sourceOf(l, nl, nl + 1)).isEqualTo("\r\n");
        int w = l.content().indexOf("WHERE");
        assertThat(l.toSource(w)).isEqualTo(src.indexOf("WHERE"));
    }

    @Test
    void textBlockBlankLinesDoNotCountForIndentation() {
        String src = "\"\"\"\n      SELECT a\n\n      FROM t\n      \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        assertThat(l.content()).isEqualTo("SELECT a\n\nFROM t\n");
    }

    @Test
    void escapeForLiteralRoundTrips() {
        String value = "a \"q\" \\ b\n\tc\u0001d é";
        String escaped = JavaStringLiteral.escapeForLiteral(value);
        assertThat(escaped).isEqualTo("a \\\"q\\\" \\\\ b\\n\\tc\\001d é");
        assertThat(JavaStringLiteral.parse("\"" + escaped + "\"").content()).isEqualTo(value);
    }

    @Test
    void escapeForTextBlockRoundTripsInsideTheBlock() {
        String value = "x = \"\"\"y\"\"\" \\ end  \nnext";
        String escaped = JavaStringLiteral.escapeForTextBlock(value, "    ");
        String src = "\"\"\"\n    " + escaped + "\n    \"\"\"";
        assertThat(JavaStringLiteral.parse(src).content()).isEqualTo(value + "\n");
        JavaStringLiteral tb = JavaStringLiteral.parse(src);
        assertThat(tb.escape("a\nb")).isEqualTo("a\n    b");
    }

    @Test
    void templateFindingsMapToTheLiteralSourceThroughEscapes() {
        // "SELECT * FROM t WHERE \"x\" = NULL" at source offset 100 of a file
        String src = "\"SELECT \\\"c\\\" FROM t WHERE x = NULL\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        SqlTemplate t = SqlTemplate.ofLiteral(l.content(), 100, l);
        var analysis = new SqlAnalyzer(AnalyzerConfig.defaults()).analyze(t);
        Finding nullCmp = analysis.findings().stream().filter(f -> f.ruleId().equals("null-comparison")).findFirst().orElseThrow();
        String file = " ".repeat(100) + src;
        assertThat(file.substring(nullCmp.location().start(), nullCmp.location().end())).isEqualTo("x = NULL");
    }

    @Test
    void textBlockTemplateFindingEndsBeforeStrippedIndentation() {
        String src = "\"\"\"\n      SELECT *\n      FROM t\n      \"\"\"";
        JavaStringLiteral l = JavaStringLiteral.parse(src);
        SqlTemplate t = SqlTemplate.ofLiteral(l.content(), 0, l);
        var analysis = new SqlAnalyzer(AnalyzerConfig.defaults()).analyze(t);
        Finding star = analysis.findings().stream().filter(f -> f.ruleId().equals("select-star")).findFirst().orElseThrow();
        assertThat(src.substring(star.location().start(), star.location().end())).isEqualTo("*");
    }

    @Test
    void shiftedMapperStartsAtASubstring() {
        JavaStringLiteral l = JavaStringLiteral.parse("\"a\\nb#{x}c\"");
        var m = l.from(3);
        assertThat(l.content().substring(3)).isEqualTo("#{x}c");
        assertThat(m.toSource(0)).isEqualTo(5);
        assertThat(m.toSourceEnd(4)).isEqualTo(9);
    }
}
