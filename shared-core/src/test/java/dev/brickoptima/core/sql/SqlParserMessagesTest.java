package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import static dev.brickoptima.core.sql.SqlParserErrorsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-line messages {@link SqlParser} gives, in the details a user reads: how a token is quoted (folded to one
 * line, cut at 60 characters), which clause a clause error names, where a lexical error on a later line is, a
 * condition of a scripting block with something after its expression; and the same-length repairs that turn a
 * JSqlParser failure into a parse.
 */
class SqlParserMessagesTest {
    private static final SqlParser ANSI = new SqlParser(Dialect.ANSI, null);
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    @Test
    void aQuotedTokenIsFoldedToOneLineAndCutAtSixtyCharacters() {
        assertThat(error(ANSI, "SELECT a FROM t WHERE b = 1 '  a \n\t b  '"))
            .isEqualTo("[28,40) '" + "'  a \n\t b  '" + "': syntax error: unexpected '' a b ''");
        // 60 characters exactly are shown whole; one more and the message says it was cut
        String sixty = "'" + "x".repeat(58) + "'";
        assertThat(ANSI.parse("SELECT a FROM t WHERE b = 1 " + sixty).error()).isEqualTo("syntax error: unexpected '" + sixty + "'");
        String longer = "'" + "x".repeat(59) + "'";
        assertThat(ANSI.parse("SELECT a FROM t WHERE b = 1 " + longer).error())
            .isEqualTo("syntax error: unexpected '" + longer.substring(0, 60) + "...'");
        // blanks are folded before counting
        String spaced = "'" + "x".repeat(58) + "   \n'";
        assertThat(ANSI.parse("SELECT a FROM t WHERE b = 1 " + spaced).error())
            .isEqualTo("syntax error: unexpected '" + "'" + "x".repeat(58) + " '" + "'");
        String cut = "'" + "x".repeat(58) + "   \nab'";
        assertThat(ANSI.parse("SELECT a FROM t WHERE b = 1 " + cut).error())
            .isEqualTo("syntax error: unexpected '" + "'" + "x".repeat(58) + " a...'");
    }

    @Test
    void theLastTokenOfAStatementThatEndsEarlyIsCutAtFortyCharacters() {
        String forty = "t".repeat(40);
        assertThat(error(ANSI, "INSERT INTO " + forty)).isEqualTo("[12,52) '" + forty + "': syntax error: the statement ends early after '" + forty + "'");
        assertThat(error(ANSI, "INSERT INTO " + forty + "u"))
            .isEqualTo("[12,53) '" + forty + "u': syntax error: the statement ends early after '" + forty + "...'");
        // nothing but a comment: no statement at all
        assertThat(error(ANSI, "/* c */")).isEqualTo("[0,7) '/* c */': no statement found");
    }

    @Test
    void aClauseErrorNamesTheClauseInUpperCase() {
        assertThat(error(ANSI, "SELECT a FROM t JOIN )")).isEqualTo("[16,22) 'JOIN )': syntax error in the JOIN clause near ')'");
        assertThat(error(ANSI, "select a from t join u on )")).isEqualTo("[23,27) 'on )': syntax error in the ON clause near ')'");
        assertThat(error(ANSI, "SELECT a FROM t HAVING )")).isEqualTo("[16,24) 'HAVING )': syntax error in the HAVING clause near ')'");
        assertThat(error(ANSI, "SELECT a FROM t QUALIFY )")).isEqualTo("[16,25) 'QUALIFY )': syntax error in the QUALIFY clause near ')'");
        assertThat(error(ANSI, "SELECT a FROM t WINDOW )")).isEqualTo("[16,24) 'WINDOW )': syntax error in the WINDOW clause near ')'");
        // other keywords are only unexpected
        assertThat(error(ANSI, "SELECT a FROM t GROUP )")).isEqualTo("[22,23) ')': syntax error: unexpected ')'");
        assertThat(error(ANSI, "SELECT a FROM t LIMIT LIMIT")).isEqualTo("[22,27) 'LIMIT': syntax error: unexpected 'LIMIT'");
    }

    @Test
    void aLexicalErrorOnALaterLineIsPlacedAndItsLongMessageCut() {
        assertThat(error(ANSI, "SELECT 1 FROM t WHERE \n\n  x = 1 ¤ AND y = 2"))
            .isEqualTo("[32,33) '¤': syntax error: Lexical error at line 3, column 9.  Encountered: \"\\u00a4\" (164) after: \"\"");
        // a quoted name broken by a line break: JSqlParser quotes all of it in its message, cut at 160 characters
        String sql = "SELECT a,\n  \"" + "x".repeat(200) + "\nb\" FROM t";
        ParseOutcome o = ANSI.parse(sql);
        assertThat(o.errorStart()).isEqualTo(213);
        assertThat(o.errorEnd()).isEqualTo(214);
        String prefix = "syntax error: Lexical error at line 2, column 204.  Encountered: \"\\n\" (10) after: \"\\\"";
        assertThat(o.error()).startsWith(prefix).endsWith("x...").hasSize("syntax error: ".length() + 160 + 3);
    }

    @Test
    void aConditionOfAScriptingBlockMustBeOneExpression() {
        assertThat(error(SPARK, "IF a = 1 b")).isEqualTo("[9,10) 'b': syntax error: unexpected 'b'");
        assertThat(error(SPARK, "ELSEIF a = 1 )")).isEqualTo("[13,14) ')': syntax error: unexpected ')'");
        ParseOutcome until = SPARK.parse("UNTIL done;");
        assertThat(until.ok()).isTrue();
        assertThat(until.parsedText()).isEqualTo("      done;");
        assertThat(until.statement().toString()).isEqualTo("SELECT done");
    }

    @Test
    void aParenthesisedFirstSetOperandInAnArrayIsUnwrapped() {
        for (String op : new String[] {"UNION", "INTERSECT", "EXCEPT", "MINUS"}) {
            ParseOutcome o = ANSI.parse("SELECT ARRAY((SELECT 1) " + op + " (SELECT 2))");
            assertThat(o.ok()).as(op).isTrue();
            assertThat(o.parsedText()).isEqualTo("SELECT ARRAY( SELECT 1  " + op + " (SELECT 2))");
        }
        // only a parenthesised SELECT is unwrapped: the error stands for anything else
        assertThat(error(ANSI, "SELECT ARRAY((VALUES 1) UNION (SELECT 2))")).isEqualTo("[24,29) 'UNION': syntax error: unexpected 'UNION'");
        assertThat(error(ANSI, "SELECT ARRAY(((SELECT 1)) UNION (SELECT 2))")).isEqualTo("[26,31) 'UNION': syntax error: unexpected 'UNION'");
    }

    @Test
    void aReservedWordAfterAsIsRenamedEverywhereInTheStatement() {
        ParseOutcome alias = ANSI.parse("SELECT a AS x FROM t AS where JOIN u ON where.k = u.k");
        assertThat(alias.ok()).isTrue();
        assertThat(alias.parsedText()).isEqualTo("SELECT a AS x FROM t AS wher_ JOIN u ON wher_.k = u.k");
        // ANSI renames RETURNS too when the parser stops at it
        assertThat(ANSI.parse("SELECT a FROM t returns").parsedText()).isEqualTo("SELECT a FROM t return_");
    }

    @Test
    void sparkReadsReturnsAsANameWhereverTheParserStopped() {
        // JSqlParser stops at the first token here; RETURNS was once renamed only when it stopped later
        for (String[] c : new String[][] {
            {"SELECT returns.a FROM returns", "SELECT return_.a FROM return_"},
            {"SELECT returns FROM t WHERE returns > 0", "SELECT return_ FROM t WHERE return_ > 0"},
            {"SELECT a AS returns FROM t", "SELECT a AS return_ FROM t"},
        }) {
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.ok()).as("%s: %s", c[0], o.error()).isTrue();
            assertThat(o.parsedText()).isEqualTo(c[1]);
        }
        // ANSI reserves it
        assertThat(error(ANSI, "SELECT returns.a FROM returns")).isEqualTo("[0,6) 'SELECT': syntax error: unexpected 'SELECT'");
    }
}
