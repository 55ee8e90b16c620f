package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ScriptSplitter;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.StatementSlice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of a Spark scripting block's structure that {@link SparkScriptingStructureTest} does not reach: labels on
 * a block and a loop, END followed by more than a label, handler condition lists, ELSE branches of IF and CASE, a CASE
 * expression inside a condition, two blocks in a row, comments after END; and each way a block fails to close (then
 * it is split at its semicolons only, so it fails to parse as written instead of being half read).
 */
class SparkScriptingEdgesTest {
    private static final SqlLexer LEXER = new SqlLexer(Dialect.SPARK);

    /** The structure tokens of {@code script} (or "none"), then each piece, one string. */
    private static String read(String script) {
        List<SqlToken> tokens = LEXER.tokenize(script);
        boolean[] marks = SparkScripting.structure(script, tokens);
        List<String> structure = new ArrayList<>();
        if (marks != null) {
            for (int i = 0; i < tokens.size(); i++) if (marks[i]) structure.add(tokens.get(i).text(script));
        }
        List<String> pieces = new ArrayList<>();
        for (StatementSlice s : ScriptSplitter.split(script, tokens, Dialect.SPARK)) pieces.add(script.substring(s.start(), s.end()));
        return (marks == null ? "none" : String.join(" ", structure)) + " | " + String.join(" / ", pieces);
    }

    @Test
    void labelsAndEnds() {
        assertThat(read("lbl: BEGIN SELECT 1; END lbl")).isEqualTo("lbl : BEGIN ; END lbl | SELECT 1");
        assertThat(read("BEGIN l: LOOP SELECT 1; END LOOP l; END")).isEqualTo("BEGIN l : LOOP ; END LOOP l ; END | SELECT 1");
        assertThat(read("BEGIN WHILE (a) DO SELECT 1; END WHILE w; END")).isEqualTo("BEGIN DO ; END WHILE w ; END | WHILE (a) / SELECT 1");
        assertThat(read("BEGIN SELECT 1; END; BEGIN SELECT 2; END")).isEqualTo("BEGIN ; END ; BEGIN ; END | SELECT 1 / SELECT 2");
        assertThat(read("BEGIN -- c\n SELECT 1; END -- d\n; SELECT 2")).isEqualTo("BEGIN ; END ; | SELECT 1 / SELECT 2");
        // a label with nothing to label, a BEGIN that ends the script: no block
        assertThat(read("a: b")).isEqualTo("none | a: b");
        assertThat(read("SELECT 1; BEGIN")).isEqualTo("none | SELECT 1 / BEGIN");
        // END followed by two words
        assertThat(read("BEGIN SELECT 1; END x y")).isEqualTo("none | BEGIN SELECT 1 / END x y");
    }

    @Test
    void elseBranchesAndConditionsWithCase() {
        assertThat(read("BEGIN IF a THEN SELECT 1; ELSE SELECT 2; END IF; END"))
            .isEqualTo("BEGIN THEN ; ELSE ; END IF ; END | IF a / SELECT 1 / SELECT 2");
        assertThat(read("BEGIN CASE WHEN a THEN SELECT 1; ELSE SELECT 2; END CASE; END"))
            .isEqualTo("BEGIN CASE THEN ; ELSE ; END CASE ; END | WHEN a / SELECT 1 / SELECT 2");
        // the THEN and END of a CASE expression inside the condition are the condition's
        assertThat(read("BEGIN IF CASE WHEN (a) THEN 1 END = 1 THEN SELECT 1; END IF; END"))
            .isEqualTo("BEGIN THEN ; END IF ; END | IF CASE WHEN (a) THEN 1 END = 1 / SELECT 1");
        // inside a loop, END; is not the loop's end (that is END WHILE): a statement of its own, which will not parse
        assertThat(read("BEGIN WHILE a DO SELECT 1; END; END WHILE; END"))
            .isEqualTo("BEGIN DO ; ; END WHILE ; END | WHILE a / SELECT 1 / END");
    }

    @Test
    void handlerConditionLists() {
        assertThat(read("BEGIN DECLARE EXIT HANDLER FOR SQLSTATE VALUE '1', SQLSTATE '2', NOT FOUND, SQLEXCEPTION BEGIN SELECT 1; END; END"))
            .isEqualTo("BEGIN DECLARE EXIT HANDLER FOR SQLSTATE VALUE '1' , SQLSTATE '2' , NOT FOUND , SQLEXCEPTION BEGIN ; END ; END"
                + " | SELECT 1");
        assertThat(read("BEGIN DECLARE CONTINUE HANDLER FOR SQLSTATE '22012', c1 SELECT 1; END"))
            .isEqualTo("BEGIN DECLARE CONTINUE HANDLER FOR SQLSTATE '22012' , c1 ; END | SELECT 1");
        // not a handler after all: an ordinary statement (a declaration Spark rejects)
        assertThat(read("BEGIN DECLARE EXIT x; SELECT 1; END")).isEqualTo("BEGIN ; ; END | DECLARE EXIT x / SELECT 1");
        assertThat(read("BEGIN DECLARE EXIT HANDLER x SELECT 1; END")).isEqualTo("BEGIN ; END | DECLARE EXIT HANDLER x SELECT 1");
    }

    @Test
    void blocksThatDoNotClose() {
        // simple CASE without WHEN, IF without THEN, REPEAT without UNTIL or its END, FOR without DO, a ; in a condition
        assertThat(read("BEGIN CASE x SELECT 1; END CASE; END")).isEqualTo("none | BEGIN CASE x SELECT 1 / END CASE / END");
        assertThat(read("BEGIN IF a SELECT 1; END IF; END")).isEqualTo("none | BEGIN IF a SELECT 1 / END IF / END");
        assertThat(read("BEGIN REPEAT SELECT 1; END REPEAT; END")).isEqualTo("none | BEGIN REPEAT SELECT 1 / END REPEAT / END");
        assertThat(read("BEGIN REPEAT SELECT 1; UNTIL a; END")).isEqualTo("none | BEGIN REPEAT SELECT 1 / UNTIL a / END");
        assertThat(read("BEGIN FOR r AS SELECT 1; END FOR; END")).isEqualTo("none | BEGIN FOR r AS SELECT 1 / END FOR / END");
        assertThat(read("BEGIN IF a; THEN SELECT 1; END IF; END")).isEqualTo("none | BEGIN IF a / THEN SELECT 1 / END IF / END");
        // a searched CASE closed by END alone (not END CASE)
        assertThat(read("BEGIN CASE WHEN a THEN SELECT 1; END; END")).isEqualTo("none | BEGIN CASE WHEN a THEN SELECT 1 / END / END");
    }
}
