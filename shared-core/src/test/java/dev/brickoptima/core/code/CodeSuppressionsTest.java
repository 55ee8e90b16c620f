package dev.brickoptima.core.code;

import dev.brickoptima.core.text.LineIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression comments: block comments over several lines, rule lists, and where the quick fix writes the comment. */
class CodeSuppressionsTest {
    private static CodeSuppressions of(String src) {
        return new CodeSuppressions(new JavaSourceText(src), new LineIndex(src));
    }

    @Test
    void aBlockCommentAppliesToTheStatementAfterItsLastLine() {
        String src = "class A {\n    /* brickoptima:ignore\n       select-star */\n    String a = x;\n    String b = y;\n}\n";
        CodeSuppressions s = of(src);
        assertThat(s.suppresses(src.indexOf("String a"), "select-star")).isTrue();
        assertThat(s.suppresses(src.indexOf("String a"), "other")).isFalse();
        assertThat(s.suppresses(src.indexOf("String b"), "select-star")).isFalse();
        assertThat(s.suppresses(-1, "select-star")).isFalse();
    }

    @Test
    void noRuleIdMeansEveryRuleAndNoMarkerMeansNone() {
        String src = "class A {\n    // brickoptima:ignore */\n    String a = x;\n    // another comment\n    String b = y;\n}\n";
        CodeSuppressions s = of(src);
        assertThat(s.suppresses(src.indexOf("String a"), "anything")).isTrue();
        assertThat(s.suppresses(src.indexOf("String b"), "anything")).isFalse();
        assertThat(of("class A {\n    String a = x;\n}\n").suppresses(14, "x")).isFalse();
        assertThat(CodeSuppressions.suppressedInSql("SELECT 1", "sql-injection")).isFalse();
        assertThat(CodeSuppressions.suppressedInSql("SELECT 1 /* brickoptima:ignore */", "sql-injection")).isTrue();
        // the marker inside a string of the SQL is no comment
        assertThat(CodeSuppressions.suppressedInSql("SELECT '/* brickoptima:ignore */'", "sql-injection")).isFalse();
    }

    @Test
    void theFixWritesTheCommentAboveOrAtTheEndOfTheLine() {
        String src = "class A {\r\n    void f() {\r\n        g(); h();\r\n    }\r\n}\r\n";
        CodeSuppressions s = of(src);
        assertThat(s.fix(src.indexOf("g();"), "r").applyTo(src))
            .isEqualTo("class A {\r\n    void f() {\r\n        // brickoptima:ignore r\r\n        g(); h();\r\n    }\r\n}\r\n");
        assertThat(s.fix(src.indexOf("h();"), "r").applyTo(src))
            .isEqualTo("class A {\r\n    void f() {\r\n        g(); h(); // brickoptima:ignore r\r\n    }\r\n}\r\n");
        assertThat(s.fix(src.indexOf("h();"), "r").description()).isEqualTo("Suppress 'r' for this statement");
    }
}
