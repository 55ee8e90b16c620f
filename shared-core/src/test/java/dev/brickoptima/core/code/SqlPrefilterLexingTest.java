package dev.brickoptima.core.code;

import dev.brickoptima.core.config.SinkDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SqlPrefilter}'s lexing, case by case: where a literal, comment or char literal ends (also at the very end of
 * the file, where a scanner that reads one character too far would throw), and what counts as a sink call or a SQL
 * annotation.
 */
class SqlPrefilterLexingTest {
    private static boolean may(String src) {
        return SqlPrefilter.mayContainSql(src.toCharArray());
    }

    @Test
    void aLiteralThatStartsAStatement() {
        assertThat(may("s = \"SELECT a FROM t\";")).isTrue();
        assertThat(may("s = \"update t set a = 1\";")).isTrue();
        assertThat(may("s = \"Delete\";")).isTrue();
        assertThat(may("s = \"((select 1))\";")).isTrue();
        assertThat(may("s = \"\"\"\n\t  merge into t\"\"\";")).isTrue();
        assertThat(may("s = \"create")).isTrue();
        assertThat(may("\"with\"")).isTrue();
        // only the start of a literal counts
        assertThat(may("s = \"a select b\";")).isFalse();
        assertThat(may("s = \"selected\";")).isFalse();
        assertThat(may("s = \"drop table t\";")).isFalse();
        assertThat(may("s = \"\";")).isFalse();
    }

    @Test
    void aLiteralAfterAnotherIsReadFromItsOwnStart() {
        assertThat(may("a = \"x\"; b = \"select 1\";")).isTrue();
        assertThat(may("a = \"x\\\"\"; b = \"select 1\";")).isTrue();
        // an escaped quote does not end the literal, so "select" here is inside it
        assertThat(may("a = \"x\\\" select 1\";")).isFalse();
        // a literal ends at the end of its line even when unterminated
        assertThat(may("a = \"x\nb = \"select 1\";")).isTrue();
    }

    @Test
    void charLiteralsDoNotOpenStrings() {
        assertThat(may("c = '\"'; s = \"select 1\";")).isTrue();
        assertThat(may("c = '\\''; s = \"select 1\";")).isTrue();
        assertThat(may("c = '\\\\'; s = \"select 1\";")).isTrue();
        assertThat(may("c = '\"'; executeQuery(q);")).isTrue();
        assertThat(may("c = '\"'; executeQuery")).isFalse();
    }

    @Test
    void callsOfSinkNames() {
        assertThat(may("st.executeQuery(q);")).isTrue();
        assertThat(may("st.executeQuery \n\t(q);")).isTrue();
        assertThat(may("query(q)")).isTrue();
        assertThat(may("x.executeQuery")).isFalse();
        assertThat(may("Runnable r = this::executeQuery;")).isFalse();
        assertThat(may("st.executeQueryFast(q);")).isFalse();
        assertThat(may("st.myexecuteQuery(q);")).isFalse();
        assertThat(may("run(q);")).isFalse();
        SinkCatalog declared = SinkCatalog.of(List.of(new SinkDeclaration("com.acme.Db", "run", 0, null)));
        assertThat(SqlPrefilter.mayContainSql("db.run(q);".toCharArray(), declared)).isTrue();
        assertThat(SqlPrefilter.mayContainSql("db.runs(q);".toCharArray(), declared)).isFalse();
    }

    @Test
    void sqlAnnotations() {
        assertThat(may("@Select(\"x\") void f();")).isTrue();
        assertThat(may("@Query(value = \"x\", nativeQuery = true)")).isTrue();
        assertThat(may("@Delete")).isTrue();
        assertThat(may("Select x;")).isFalse();
        assertThat(may("@Selects(\"x\")")).isFalse();
        assertThat(may("@ Override")).isFalse();
    }

    @Test
    void commentsAreSkippedUpToTheirEnd() {
        assertThat(may("// executeQuery(q)\nexecuteQuery(q);")).isTrue();
        assertThat(may("// executeQuery(q)")).isFalse();
        assertThat(may("/* executeQuery(q) */ executeQuery(q);")).isTrue();
        assertThat(may("/* executeQuery(q) */")).isFalse();
        assertThat(may("/**/executeQuery(q)")).isTrue();
        assertThat(may("/* executeQuery(q) *")).isFalse();
        assertThat(may("/* \"select 1\" */ s = \"x\";")).isFalse();
        assertThat(may("a = b / c; executeQuery(q);")).isTrue();
    }

    @Test
    void theEndOfTheFileNeverThrows() {
        for (String s : new String[] {"", "\"", "'", "'\\", "/", "/*", "//", "a", "a ", "@", "x = \"\"\"", "\"\\"}) {
            assertThat(may(s)).as(s).isFalse();
        }
    }
}
