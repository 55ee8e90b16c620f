package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** MyBatis annotation text split into literal text, {@code #{}} binds and {@code ${}} substitutions. */
class MyBatisTextTest {
    private static List<String> pieces(String sql) {
        List<String> out = new ArrayList<>();
        for (MyBatisText.Piece p : MyBatisText.split(sql)) out.add(p.kind() + ":" + sql.substring(p.start(), p.end()));
        return out;
    }

    @Test
    void splitsBindsAndSubstitutions() {
        assertThat(pieces("SELECT * FROM ${table} WHERE id = #{id, jdbcType=INTEGER}")).containsExactly(
            "LITERAL:SELECT * FROM ", "SUBSTITUTION:${table}", "LITERAL: WHERE id = ", "BIND:#{id, jdbcType=INTEGER}");
        assertThat(pieces("#{a}${b}")).containsExactly("BIND:#{a}", "SUBSTITUTION:${b}");
        assertThat(pieces("x#{a}")).containsExactly("LITERAL:x", "BIND:#{a}");
        assertThat(pieces("${}")).containsExactly("SUBSTITUTION:${}");
        // not placeholders: a lone sign, an unclosed brace, a sign at the very end
        assertThat(pieces("a # b $ c")).containsExactly("LITERAL:a # b $ c");
        assertThat(pieces("a = #{open")).containsExactly("LITERAL:a = #{open");
        assertThat(pieces("a = ${b} #{")).containsExactly("LITERAL:a = ", "SUBSTITUTION:${b}", "LITERAL: #{");
        assertThat(pieces("total $")).containsExactly("LITERAL:total $");
        assertThat(pieces("#")).containsExactly("LITERAL:#");
        assertThat(pieces("")).isEmpty();
    }

    @Test
    void theParameterAPlaceholderNames() {
        assertThat(MyBatisText.parameterName("#{id, jdbcType=INTEGER}")).isEqualTo("id");
        assertThat(MyBatisText.parameterName("${ column }")).isEqualTo("column");
        assertThat(MyBatisText.parameterName("${x}")).isEqualTo("x");
        assertThat(MyBatisText.parameterName("${}")).isEmpty();
        assertThat(MyBatisText.parameterName("#{,jdbcType=INTEGER}")).isEmpty();
        assertThat(MyBatisText.parameterName("${")).isEmpty();
        assertThat(MyBatisText.parameterName("")).isEmpty();
    }

    @Test
    void dynamicSqlIsAScript() {
        assertThat(MyBatisText.isScript("<script>SELECT 1</script>")).isTrue();
        assertThat(MyBatisText.isScript("\n  <script>SELECT 1</script>")).isTrue();
        assertThat(MyBatisText.isScript("SELECT '<script>'")).isFalse();
        assertThat(MyBatisText.isScript("<scripts>")).isFalse();
    }
}
