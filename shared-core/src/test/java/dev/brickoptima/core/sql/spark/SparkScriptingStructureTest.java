package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.ScriptSplitter;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.StatementSlice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a Spark SQL scripting block is cut into the statements and conditions the rules see: every control keyword,
 * label, {@code END kind} and {@code ;} is structure; what lies between is a piece, at its own offsets. The pieces of
 * each block are compared whole, so a keyword read as part of a statement (or a statement swallowed as structure)
 * shows. A block whose structure does not close is split at its semicolons only, as any other script.
 */
class SparkScriptingStructureTest {
    private static final SqlLexer LEXER = new SqlLexer(Dialect.SPARK);
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** The text of each statement the Spark splitter cuts {@code script} into. */
    private static List<String> pieces(String script) {
        List<SqlToken> tokens = LEXER.tokenize(script);
        return ScriptSplitter.split(script, tokens, Dialect.SPARK).stream()
            .map((StatementSlice s) -> script.substring(s.start(), s.end())).toList();
    }

    /** The tokens {@link SparkScripting#structure} marks, in order. */
    private static List<String> structure(String script) {
        List<SqlToken> tokens = LEXER.tokenize(script);
        boolean[] marks = SparkScripting.structure(script, tokens);
        if (marks == null) return null;
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (marks[i]) out.add(script.substring(tokens.get(i).start(), tokens.get(i).end()));
        }
        return out;
    }

    @Test
    void whileWithLabelIfElseifElse() {
        String script = """
            BEGIN
              DECLARE n INT DEFAULT 0;
              lbl: WHILE n < 3 DO
                SET n = n + 1;
                IF n = 2 THEN
                  SELECT 1;
                ELSEIF n = 3 THEN
                  SELECT 2;
                ELSE
                  SELECT 3;
                END IF;
              END WHILE lbl;
            END""";
        assertThat(pieces(script)).containsExactly(
            "DECLARE n INT DEFAULT 0", "WHILE n < 3", "SET n = n + 1", "IF n = 2", "SELECT 1", "ELSEIF n = 3",
            "SELECT 2", "SELECT 3");
        assertThat(structure(script)).containsExactly(
            "BEGIN", ";", "lbl", ":", "DO", ";", "THEN", ";", "THEN", ";", "ELSE", ";", "END", "IF", ";", "END", "WHILE",
            "lbl", ";", "END");
    }

    @Test
    void searchedAndSimpleCase() {
        String searched = """
            BEGIN
              CASE
                WHEN x > 1 THEN SELECT 1;
                WHEN x IS NULL THEN SELECT 2;
                ELSE SELECT 3;
              END CASE;
            END;""";
        assertThat(pieces(searched)).containsExactly("WHEN x > 1", "SELECT 1", "WHEN x IS NULL", "SELECT 2", "SELECT 3");
        String simple = """
            BEGIN
              CASE lower(kind)
                WHEN 'a' THEN SELECT 1;
                WHEN 'b' THEN SELECT 2;
              END CASE;
            END""";
        // the operand is structure; each WHEN value is analysed
        assertThat(pieces(simple)).containsExactly("WHEN 'a'", "SELECT 1", "WHEN 'b'", "SELECT 2");
        assertThat(structure(simple)).startsWith("BEGIN", "CASE", "lower", "(", "kind", ")", "THEN", ";");
        // a CASE without ELSE that does not close is broken: split at semicolons only
        assertThat(structure("BEGIN CASE WHEN x THEN SELECT 1; END")).isNull();
    }

    @Test
    void repeatLoopLeaveIterateAndFor() {
        String script = """
            BEGIN
              REPEAT
                SET n = n + 1;
              UNTIL n > 10 END REPEAT;
              outer_loop: LOOP
                IF n > 20 THEN LEAVE outer_loop; END IF;
                ITERATE outer_loop;
              END LOOP outer_loop;
              FOR r AS SELECT id FROM t DO
                INSERT INTO u VALUES (r.id);
              END FOR;
            END""";
        assertThat(pieces(script)).containsExactly(
            "SET n = n + 1", "UNTIL n > 10", "IF n > 20", "SELECT id FROM t", "INSERT INTO u VALUES (r.id)");
        assertThat(structure(script)).containsExactly(
            "BEGIN", "REPEAT", ";", "END", "REPEAT", ";", "outer_loop", ":", "LOOP", "THEN", "LEAVE", "outer_loop", ";",
            "END", "IF", ";", "ITERATE", "outer_loop", ";", "END", "LOOP", "outer_loop", ";", "FOR", "r", "AS", "DO",
            ";", "END", "FOR", ";", "END");
        // FOR without a loop variable: the query starts right after FOR
        assertThat(pieces("BEGIN FOR SELECT a FROM t DO SELECT 1; END FOR; END"))
            .containsExactly("SELECT a FROM t", "SELECT 1");
    }

    @Test
    void handlersAndNestedBlocks() {
        String script = """
            BEGIN
              DECLARE EXIT HANDLER FOR SQLSTATE VALUE '22012', NOT FOUND
                BEGIN
                  SELECT 'oops';
                END;
              DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET failed = true;
              BEGIN
                SELECT 1 / 0;
              END;
            END""";
        assertThat(pieces(script)).containsExactly("SELECT 'oops'", "SET failed = true", "SELECT 1 / 0");
        assertThat(structure(script)).startsWith(
            "BEGIN", "DECLARE", "EXIT", "HANDLER", "FOR", "SQLSTATE", "VALUE", "'22012'", ",", "NOT", "FOUND", "BEGIN", ";",
            "END", ";", "DECLARE", "CONTINUE", "HANDLER", "FOR", "SQLEXCEPTION", ";");
    }

    @Test
    void commentsInsideABlockAreNotStructure() {
        String script = "BEGIN -- start\n  SELECT 1; /* between */ SELECT 2;\nEND";
        assertThat(pieces(script)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(structure(script)).containsExactly("BEGIN", ";", ";", "END");
    }

    @Test
    void whatIsNotACompoundStatement() {
        // no BEGIN at all, BEGIN TRANSACTION / WORK, a bare BEGIN;
        assertThat(structure("SELECT 1; SELECT 2")).isNull();
        assertThat(structure("BEGIN TRANSACTION; SELECT 1; COMMIT")).isNull();
        assertThat(structure("BEGIN WORK; SELECT 1; COMMIT")).isNull();
        assertThat(structure("BEGIN; SELECT 1; COMMIT")).isNull();
        // a block whose structure does not close is split at its semicolons, so it fails to parse as written
        assertThat(structure("BEGIN IF x > 1 THEN SELECT 1; END WHILE; END")).isNull();
        assertThat(pieces("BEGIN IF x > 1 THEN SELECT 1; END WHILE; END"))
            .containsExactly("BEGIN IF x > 1 THEN SELECT 1", "END WHILE", "END");
        assertThat(structure("BEGIN WHILE x > 1 SELECT 1; END WHILE; END")).isNull();
        assertThat(structure("BEGIN SELECT 1;")).isNull();
        // a statement before the block and one after stay statements of their own
        assertThat(pieces("SELECT 0; BEGIN SELECT 1; END; SELECT 2"))
            .containsExactly("SELECT 0", "SELECT 1", "SELECT 2");
    }

    @Test
    void conditionsParseAsTheExpressionAfterTheirKeyword() {
        for (String condition : List.of("IF n = 2", "ELSEIF n = 3", "WHILE n < 3", "UNTIL n > 10", "WHEN x IS NULL", "CASE x")) {
            ParseOutcome o = SPARK.parse(condition);
            assertThat(o.ok()).as("%s: %s", condition, o.error()).isTrue();
            String keyword = condition.substring(0, condition.indexOf(' '));
            assertThat(o.parsedText()).as(condition)
                .isEqualTo(" ".repeat(keyword.length()) + condition.substring(keyword.length()));
        }
    }
}
