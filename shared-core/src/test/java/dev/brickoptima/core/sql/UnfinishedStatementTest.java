package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import static dev.brickoptima.core.sql.SqlParserErrorsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

/** A statement cut off before its end is reported where it went wrong, not at its first character. */
class UnfinishedStatementTest {
    private static final SqlParser ANSI = new SqlParser(Dialect.ANSI, ParserWatch.NONE);
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, ParserWatch.NONE);
    private static final SqlParser POSTGRES = new SqlParser(Dialect.POSTGRES, ParserWatch.NONE);

    @Test
    void anUnclosedParenthesisIsUnderlined() {
        assertThat(error(SPARK, "SELECT b FROM u WHERE (y = 2"))
            .isEqualTo("[22,23) '(': syntax error: '(' is never closed");
        // the innermost one still open
        assertThat(error(ANSI, "SELECT a FROM t WHERE (x IN (1, (2)"))
            .isEqualTo("[28,29) '(': syntax error: '(' is never closed");
    }

    @Test
    void aClauseCutOffPointsAtTheLastToken() {
        assertThat(error(SPARK, "SELECT b FROM u WHERE y =\n")).isEqualTo("[24,25) '=': syntax error: the statement ends early after '='");
        assertThat(error(ANSI, "SELECT a, b + -- the rest\n"))
            .isEqualTo("[12,13) '+': syntax error: the statement ends early after '+'");
    }

    @Test
    void anUnterminatedStringIsUnderlinedAtItsOpeningQuote() {
        assertThat(error(SPARK, "SELECT a\nFROM t\nWHERE b = 'x")).isEqualTo("[26,27) ''': unterminated string: ' is never closed; everything after it is not analysed");
        String longTail = "SELECT a FROM t WHERE b = '" + "x\n".repeat(200);
        assertThat(error(ANSI, longTail)).isEqualTo("[26,27) ''': unterminated string: ' is never closed; everything after it is not analysed");
        // ANSI has no backslash escapes: 'a\' is a whole string, and the last quote opens one that never ends
        assertThat(error(ANSI, "SELECT 'a\\'b'")).isEqualTo("[12,13) ''': unterminated string: ' is never closed; everything after it is not analysed");
        // a doubled quote is an escaped quote, not the end
        assertThat(error(ANSI, "SELECT 'it''")).isEqualTo("[7,8) ''': unterminated string: ' is never closed; everything after it is not analysed");
    }

    @Test
    void anUnterminatedQuotedNameOrDollarStringIsNamedAsSuch() {
        assertThat(error(SPARK, "SELECT `weird name FROM t")).isEqualTo("[7,8) '`': unterminated quoted name: ` is never closed; everything after it is not analysed");
        assertThat(error(POSTGRES, "SELECT $fn$ body"))
            .isEqualTo("[7,11) '$fn$': unterminated string: $fn$ is never closed; everything after it is not analysed");
    }

    @Test
    void anUnclosedQuoteOrCommentHidesTheRestOfTheInput() {
        assertThat(UnfinishedStatement.hidesTheRest(SPARK.parse("SELECT 'x").error())).isTrue();
        assertThat(UnfinishedStatement.hidesTheRest(UnterminatedComment.message())).isTrue();
        assertThat(UnfinishedStatement.hidesTheRest(SPARK.parse("SELECT (x").error())).isFalse();
        assertThat(UnfinishedStatement.hidesTheRest(null)).isFalse();
    }

    @Test
    void aClosedQuoteAtTheEndIsNotUnterminated() {
        SqlLexer lexer = new SqlLexer(Dialect.ANSI);
        String closed = "SELECT a FROM t WHERE b = 'x'";
        assertThat(lexer.unclosedQuote(closed, lexer.tokenize(closed))).isEqualTo(-1);
        String open = "SELECT a FROM t WHERE b = 'x";
        assertThat(lexer.unclosedQuote(open, lexer.tokenize(open))).isEqualTo(26);
        String tagged = "SELECT $q$a$q$";
        SqlLexer pg = new SqlLexer(Dialect.POSTGRES);
        assertThat(pg.unclosedQuote(tagged, pg.tokenize(tagged))).isEqualTo(-1);
    }
}
