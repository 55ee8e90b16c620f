package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import net.sf.jsqlparser.parser.CCJSqlParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where {@link SqlParser} says a statement is wrong and what it says: the range a host underlines and the one-line
 * message, for syntax errors, lexical errors, clause errors and a parse stopped by its time budget; and the same-length
 * repairs it makes for JSqlParser's gaps.
 */
class SqlParserErrorsTest {
    private static final SqlParser ANSI = new SqlParser(Dialect.ANSI, null);
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);
    private static final SqlParser POSTGRES = new SqlParser(Dialect.POSTGRES, ParserWatch.NONE);

    /** "[start,end) 'underlined text': message" of a failed parse. */
    static String error(SqlParser p, String sql) {
        ParseOutcome o = p.parse(sql);
        assertThat(o.ok()).as(sql).isFalse();
        assertThat(o.statement()).isNull();
        assertThat(o.isSkipped()).isFalse();
        assertThat(o.tooDeep()).isFalse();
        return "[" + o.errorStart() + "," + o.errorEnd() + ") '" + sql.substring(o.errorStart(), o.errorEnd()) + "': " + o.error();
    }

    @Test
    void anUnexpectedTokenIsUnderlinedAndNamed() {
        assertThat(error(ANSI, "SELEC a")).isEqualTo("[0,5) 'SELEC': syntax error: unexpected 'SELEC'");
        assertThat(error(ANSI, "SELECT a FROM t GROUP x")).isEqualTo("[22,23) 'x': syntax error: unexpected 'x'");
        assertThat(error(ANSI, "SELECT (a FROM t")).isEqualTo("[10,14) 'FROM': syntax error: unexpected 'FROM'");
        assertThat(error(ANSI, "INSERT INTO t VALUES (1,")).isEqualTo("[23,24) ',': syntax error: unexpected ','");
        // a clause keyword with nothing after it: the keyword itself
        assertThat(error(ANSI, "SELECT a FROM t WHERE")).isEqualTo("[16,21) 'WHERE': syntax error: unexpected 'WHERE'");
    }

    @Test
    void aClauseThatCannotBeFinishedCoversTheKeywordAndTheTokenAfterIt() {
        assertThat(error(ANSI, "SELECT a FROM WHERE b = 1"))
            .isEqualTo("[9,19) 'FROM WHERE': syntax error in the FROM clause near 'WHERE'");
        assertThat(error(SPARK, "SELECT a\nFROM t WHERE #"))
            .isEqualTo("[16,23) 'WHERE #': syntax error in the WHERE clause near '#'");
        assertThat(error(POSTGRES, "SELECT a FROM t where )"))
            .isEqualTo("[16,23) 'where )': syntax error in the WHERE clause near ')'");
    }

    @Test
    void aLexicalErrorIsPlacedByItsLineAndColumn() {
        assertThat(error(ANSI, "SELECT a ¤ FROM t"))
            .isEqualTo("[9,10) '¤': syntax error: Lexical error at line 1, column 10.  Encountered: \"\\u00a4\" (164) after: \"\"");
        // an unterminated string is placed at its opening quote (UnfinishedStatementTest)
        assertThat(error(ANSI, "SELECT a\nFROM t WHERE b ¤ 1")).startsWith("[24,25) '¤': syntax error: Lexical error at line 2, column 16.");
        assertThat(error(SPARK, "SELECT a\n  , ¤ b FROM t")).startsWith("[13,14) '¤': syntax error: Lexical error at line 2, column 5.");
    }


    @Test
    void noStatementAndEmptyText() {
        assertThat(ANSI.parse("").error()).isEqualTo("no statement found");
        assertThat(ANSI.parse("").errorStart()).isZero();
        assertThat(ANSI.parse("").errorEnd()).isZero();
        assertThat(POSTGRES.parse("   ").error()).isEqualTo("no statement found");
        assertThat(POSTGRES.parse("   ").errorEnd()).isEqualTo(3);
    }

    @Test
    void aParseStoppedByTheTimeBudgetSaysSo() {
        List<String> calls = new ArrayList<>();
        ParserWatch stop = new ParserWatch() {
            @Override
            public void started(CCJSqlParser parser) {
                calls.add("started");
                parser.interrupted = true;
            }

            @Override
            public void finished(CCJSqlParser parser) {
                calls.add("finished");
            }
        };
        ParseOutcome o = new SqlParser(Dialect.ANSI, stop).parse("SELECT a, b, c FROM t WHERE a = 1");
        assertThat(o.ok()).isFalse();
        assertThat(o.error()).isEqualTo("parsing took longer than the time budget");
        assertThat(o.errorStart()).isZero();
        assertThat(o.errorEnd()).isEqualTo(1);
        assertThat(calls).containsExactly("started", "finished");
    }

    @Test
    void theWatchIsToldOfEveryParseAndItsEnd() {
        List<String> calls = new ArrayList<>();
        ParserWatch count = new ParserWatch() {
            @Override
            public void started(CCJSqlParser parser) {
                calls.add("started");
            }

            @Override
            public void finished(CCJSqlParser parser) {
                calls.add("finished");
            }
        };
        assertThat(new SqlParser(Dialect.ANSI, count).parse("SELECT 1").ok()).isTrue();
        assertThat(calls).containsExactly("started", "finished");
    }

    @Test
    void parenthesisedSetOperandsAreRepairedInPlace() {
        for (String op : new String[] {"UNION", "EXCEPT", "INTERSECT"}) {
            String sql = "(SELECT a FROM t) " + op + " (SELECT b FROM u)";
            ParseOutcome o = ANSI.parse(sql);
            assertThat(o.ok()).as(op).isTrue();
            assertThat(o.parsedText()).as(op).hasSameSizeAs(sql);
        }
    }

    @Test
    void aReservedWordUsedAsAnAliasIsRenamedKeepingOffsets() {
        ParseOutcome o = SPARK.parse("SELECT a AS returns FROM t");
        assertThat(o.ok()).isTrue();
        assertThat(o.parsedText()).isEqualTo("SELECT a AS return_ FROM t");
        ParseOutcome ansi = ANSI.parse("SELECT a AS returns FROM t");
        assertThat(ansi.parsedText()).isEqualTo("SELECT a AS return_ FROM t");
        // only the first statement of a text is parsed; the text is kept whole so offsets carry over
        ParseOutcome two = ANSI.parse("SELECT 1; SELECT 2");
        assertThat(two.statement().toString()).isEqualTo("SELECT 1");
        assertThat(two.parsedText()).isEqualTo("SELECT 1; SELECT 2");
    }

    @Test
    void sparkCommandsAreSkippedWithTheirReasonAndOtherDialectsRejectThem() {
        ParseOutcome cache = SPARK.parse("CACHE TABLE t");
        assertThat(cache.isSkipped()).isTrue();
        assertThat(cache.skipReason()).isEqualTo("Spark CACHE command");
        assertThat(cache.ok()).isFalse();
        assertThat(error(ANSI, "CACHE TABLE t")).isEqualTo("[0,5) 'CACHE': syntax error: unexpected 'CACHE'");
    }

    @Test
    void dialectLexingDiffers() {
        // Spark escapes quotes with a backslash; ANSI does not, so the string never ends
        assertThat(SPARK.parse("SELECT 'a\\'b'").ok()).isTrue();
        assertThat(ANSI.parse("SELECT 'a\\'b'").error()).startsWith("unterminated string");
        assertThat(POSTGRES.parse("SELECT $tag$a$tag$").ok()).isTrue();
    }
}
