package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where {@link ScriptSplitter} cuts a script: each statement's code range, the comments that belong to it (inside,
 * on the lines before it, trailing on its last line) and its deepest parenthesis nesting with where it is reached.
 */
class ScriptSplitterTest {
    private static List<StatementSlice> split(String sql, Dialect d) {
        return ScriptSplitter.split(sql, new SqlLexer(d == null ? Dialect.ANSI : d).tokenize(sql), d);
    }

    /** "code | comments | depth@offset" of each statement. */
    private static List<String> describe(String sql, Dialect d) {
        List<String> out = new ArrayList<>();
        for (StatementSlice s : split(sql, d)) {
            List<String> comments = new ArrayList<>();
            for (SqlToken c : s.comments()) comments.add(c.text(sql));
            assertThat(s.tokens()).allMatch(t -> !t.isComment());
            assertThat(s.tokens().get(0).start()).isEqualTo(s.start());
            assertThat(s.tokens().get(s.tokens().size() - 1).end()).isEqualTo(s.end());
            out.add(sql.substring(s.start(), s.end()) + " | " + comments + " | " + s.maxDepth() + "@" + s.deepestOffset());
        }
        return out;
    }

    @Test
    void commentsBelongToTheStatementTheyAnnotate() {
        String sql = "SELECT 1; -- one\n-- header of two\nSELECT (a + (b)) /* in */ FROM t;\n/* after the last */";
        int deepest = sql.indexOf("(b)");
        assertThat(describe(sql, null)).containsExactly(
            "SELECT 1 | [-- one] | 0@0",
            "SELECT (a + (b)) /* in */ FROM t | [-- header of two, /* in */] | 2@" + deepest);
    }

    @Test
    void aCommentAfterALineBreakStartsTheNextStatementsComments() {
        // a carriage return ends the line as a newline does
        assertThat(describe("SELECT 1;\r-- c\rSELECT 2", null))
            .containsExactly("SELECT 1 | [] | 0@0", "SELECT 2 | [-- c] | 0@0");
        assertThat(describe("SELECT 1; /* same line */ /* too */\nSELECT 2", null))
            .containsExactly("SELECT 1 | [/* same line */, /* too */] | 0@0", "SELECT 2 | [] | 0@0");
        // nothing but semicolons and comments: no statement
        assertThat(split(";; -- x\n;", null)).isEmpty();
    }

    @Test
    void nestingIsCountedPerStatement() {
        String sql = "SELECT (1; SELECT ((2)), (3)";
        // the first statement's open parenthesis does not count in the second
        assertThat(describe(sql, null)).containsExactly(
            "SELECT (1 | [] | 1@7",
            "SELECT ((2)), (3) | [] | 2@" + sql.indexOf("(2"));
        // a stray close parenthesis does not make the depth negative
        String stray = "SELECT a) + ((b)) FROM t";
        assertThat(describe(stray, null)).containsExactly(stray + " | [] | 2@" + stray.indexOf("(b"));
    }

    @Test
    void aSparkScriptingBlockIsSplitAtItsStructureOnlyUnderSpark() {
        String sql = "BEGIN SELECT 1; SELECT 2; END";
        assertThat(describe(sql, Dialect.SPARK)).containsExactly("SELECT 1 | [] | 0@0", "SELECT 2 | [] | 0@0");
        assertThat(describe(sql, Dialect.ANSI)).containsExactly("BEGIN SELECT 1 | [] | 0@0", "SELECT 2 | [] | 0@0", "END | [] | 0@0");
        assertThat(describe(sql, null)).containsExactly("BEGIN SELECT 1 | [] | 0@0", "SELECT 2 | [] | 0@0", "END | [] | 0@0");
        assertThat(ScriptSplitter.split(sql, new SqlLexer(Dialect.ANSI).tokenize(sql))).hasSize(3);
    }
}
