package dev.brickoptima.core.code;

import dev.brickoptima.jvm.code.JavaFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlPrefilterTest {
    private static boolean may(String src) {
        return SqlPrefilter.mayContainSql(src.toCharArray());
    }

    @Test
    void filesThatCanHoldSql() {
        assertThat(may("class A { String q = \"SELECT a FROM t\"; }")).isTrue();
        assertThat(may("class A { String q = \"  (select a from t)\"; }")).isTrue();
        assertThat(may("class A { String q = \"\"\"\n    WITH x AS (SELECT 1) SELECT * FROM x\n    \"\"\"; }")).isTrue();
        assertThat(may("class A { void f(java.sql.Statement st, String s) throws Exception { st.executeQuery (s); } }")).isTrue();
        assertThat(may("interface M { @Select(\"x\") void f(); }")).isTrue();
        // every fixture with a finding can hold SQL
        JavaFixtures.sources().forEach((name, src) -> {
            if (!JavaFixtures.expected(src).isEmpty()) assertThat(may(src)).as(name).isTrue();
        });
    }

    @Test
    void filesThatCannot() {
        assertThat(may("class A { String s = \"Hello, world\"; int n = s.length(); }")).isFalse();
        // sink-like words in comments, strings or char literals are not calls
        assertThat(may("class A { // executeQuery(x)\n /* sql( */ String s = \"query(\"; char c = '\"'; }")).isFalse();
        assertThat(may("class A { String s = \"selection\"; }")).isFalse();
    }
}
