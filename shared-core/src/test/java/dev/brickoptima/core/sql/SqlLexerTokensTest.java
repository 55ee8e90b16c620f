package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens {@link SqlLexer} cuts SQL into, kind and text, per dialect: comments (nested or not), strings and their
 * escapes, quoted names, dollar quotes, words, numbers, parameters and punctuation; and what runs to the end of the
 * text when a quote or comment is never closed.
 */
class SqlLexerTokensTest {
    private static List<String> tokens(Dialect d, String sql) {
        List<String> out = new ArrayList<>();
        for (SqlToken t : new SqlLexer(d).tokenize(sql)) out.add(t.kind() + ":" + t.text(sql));
        return out;
    }

    @Test
    void wordsNumbersParametersAndPunctuation() {
        assertThat(tokens(Dialect.ANSI, "SELECT a_1$x, é2, _z, 1.5e3, .5, 10L, ?, :name, @v, x::int, a:b FROM t;"))
            .containsExactly("WORD:SELECT", "WORD:a_1$x", "PUNCT:,", "WORD:é2", "PUNCT:,", "WORD:_z", "PUNCT:,",
                "NUMBER:1.5e3", "PUNCT:,", "NUMBER:.5", "PUNCT:,", "NUMBER:10L", "PUNCT:,", "PARAMETER:?", "PUNCT:,",
                "PARAMETER::name", "PUNCT:,", "PARAMETER:@v", "PUNCT:,", "WORD:x", "PUNCT::", "PUNCT::", "WORD:int",
                "PUNCT:,", "WORD:a", "PARAMETER::b", "WORD:FROM", "WORD:t", "PUNCT:;");
        // a dot not before a digit, a colon or @ not before a letter: punctuation
        assertThat(tokens(Dialect.ANSI, "t.a :1 @ ."))
            .containsExactly("WORD:t", "PUNCT:.", "WORD:a", "PUNCT::", "NUMBER:1", "PUNCT:@", "PUNCT:.");
        assertThat(tokens(Dialect.ANSI, ":a")).containsExactly("PARAMETER::a");
        assertThat(tokens(Dialect.ANSI, "?x_1")).containsExactly("PARAMETER:?x_1");
    }

    @Test
    void commentsRunToTheLineEndOrTheirClose() {
        assertThat(tokens(Dialect.ANSI, "a -- c1\nb --\r-c /* x */d/**/"))
            .containsExactly("WORD:a", "LINE_COMMENT:-- c1", "WORD:b", "LINE_COMMENT:--", "PUNCT:-", "WORD:c",
                "BLOCK_COMMENT:/* x */", "WORD:d", "BLOCK_COMMENT:/**/");
        // Spark and PostgreSQL nest bracketed comments; ANSI and MySQL end at the first close
        assertThat(tokens(Dialect.SPARK, "/* a /* b */ c */ x"))
            .containsExactly("BLOCK_COMMENT:/* a /* b */ c */", "WORD:x");
        assertThat(tokens(Dialect.ANSI, "/* a /* b */ c */ x"))
            .containsExactly("BLOCK_COMMENT:/* a /* b */", "WORD:c", "PUNCT:*", "PUNCT:/", "WORD:x");
        // never closed: to the end of the text
        assertThat(tokens(Dialect.POSTGRES, "x /* a /* b */ c")).containsExactly("WORD:x", "BLOCK_COMMENT:/* a /* b */ c");
        assertThat(tokens(Dialect.ANSI, "x /* a *")).containsExactly("WORD:x", "BLOCK_COMMENT:/* a *");
        assertThat(tokens(Dialect.ANSI, "x /")).containsExactly("WORD:x", "PUNCT:/");
        assertThat(tokens(Dialect.ANSI, "x -")).containsExactly("WORD:x", "PUNCT:-");
    }

    @Test
    void stringsAndQuotedNamesPerDialect() {
        assertThat(tokens(Dialect.ANSI, "'it''s' \"a \"\"b\" `c` 'x\\'"))
            .containsExactly("STRING:'it''s'", "QUOTED_IDENTIFIER:\"a \"\"b\"", "QUOTED_IDENTIFIER:`c`", "STRING:'x\\'");
        // Spark: double quotes make strings, and a backslash escapes the next character
        assertThat(tokens(Dialect.SPARK, "'x\\'y' \"a\\\"b\" [c]"))
            .containsExactly("STRING:'x\\'y'", "STRING:\"a\\\"b\"", "PUNCT:[", "WORD:c", "PUNCT:]");
        // SQL Server brackets a name; a backtick never takes backslash escapes
        assertThat(tokens(Dialect.SQLSERVER, "[a b] `c\\` d"))
            .containsExactly("QUOTED_IDENTIFIER:[a b]", "QUOTED_IDENTIFIER:`c\\`", "WORD:d");
        assertThat(tokens(Dialect.ANSI, "'open")).containsExactly("STRING:'open");
        assertThat(tokens(Dialect.SPARK, "'open\\")).containsExactly("STRING:'open\\");
    }

    @Test
    void dollarQuotesInPostgresAndAnsiOnly() {
        assertThat(tokens(Dialect.POSTGRES, "$$a;b$$ $fn$ x $fn$ $1 $a1$q$a1$ $"))
            .containsExactly("STRING:$$a;b$$", "STRING:$fn$ x $fn$", "PUNCT:$", "NUMBER:1", "STRING:$a1$q$a1$", "PUNCT:$");
        assertThat(tokens(Dialect.POSTGRES, "$t$ never closed")).containsExactly("STRING:$t$ never closed");
        assertThat(tokens(Dialect.ANSI, "$$x$$")).containsExactly("STRING:$$x$$");
        assertThat(tokens(Dialect.SPARK, "$$x$$")).containsExactly("PUNCT:$", "PUNCT:$", "WORD:x$$");
        // a tag opener needs its closing $: "$ab" with nothing after is punctuation and a word
        assertThat(tokens(Dialect.POSTGRES, "$ab")).containsExactly("PUNCT:$", "WORD:ab");
    }

    @Test
    void theOpeningQuoteOfATextThatEndsInsideIt() {
        SqlLexer pg = new SqlLexer(Dialect.POSTGRES);
        for (String[] c : new String[][] {
            {"SELECT $fn$ body", "7"}, {"SELECT $fn$ body $fn$", "-1"}, {"SELECT 'a''", "7"}, {"SELECT \"a", "7"},
            {"SELECT a", "-1"}, {"SELECT 'a' -- x", "-1"}, {"", "-1"},
        }) {
            assertThat(pg.unclosedQuote(c[0], pg.tokenize(c[0]))).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
        }
        SqlLexer spark = new SqlLexer(Dialect.SPARK);
        assertThat(spark.unclosedQuote("SELECT 'a\\'", spark.tokenize("SELECT 'a\\'"))).isEqualTo(7);
        assertThat(spark.unclosedQuote("SELECT `a\\`", spark.tokenize("SELECT `a\\`"))).isEqualTo(-1);
        SqlLexer tsql = new SqlLexer(Dialect.SQLSERVER);
        assertThat(tsql.unclosedQuote("SELECT [a", tsql.tokenize("SELECT [a"))).isEqualTo(7);
        assertThat(tsql.unclosedQuote("SELECT [a]", tsql.tokenize("SELECT [a]"))).isEqualTo(-1);
    }
}
