package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.text.LineIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical facts the core takes from Java text itself, so no host has to compute them. */
class JavaSourceTextTest {
    private static final String SRC = "package a.b;\n\nimport java.sql.*;\nimport org.x.JdbcTemplate;\nimport static java.util.Objects.requireNonNull;\n\n"
        + "class A {\n    // a comment with \"quotes\" and st\n    String s = \"// not a comment /* either */ st\";\n    char c = '\"';\n"
        + "    String t = \"\"\"\n        text block with st and \" quote\n        \"\"\";\n    /* block */ int st = 1; int x = this.st + st;\n}\n";

    @Test
    void commentsSkipLiteralsTextBlocksAndChars() {
        JavaSourceText t = new JavaSourceText(SRC);
        assertThat(t.comments()).extracting(c -> SRC.substring(c.start(), c.end()))
            .containsExactly("// a comment with \"quotes\" and st", "/* block */");
    }

    @Test
    void importsPackageAndTypeNamesAsWritten() {
        JavaSourceText t = new JavaSourceText(SRC);
        assertThat(t.packageName()).isEqualTo("a.b");
        assertThat(t.imports()).containsExactly("java.sql.*", "org.x.JdbcTemplate");
        assertThat(t.imports("java.sql.PreparedStatement")).isTrue();
        assertThat(t.qualifiedNames("JdbcTemplate")).containsExactly("org.x.JdbcTemplate");
        assertThat(t.qualifiedNames("Statement")).containsExactly("java.sql.Statement", "a.b.Statement");
        assertThat(t.qualifiedNames("org.y.Q<String>")).containsExactly("org.y.Q");
        // a new import goes after the last one (static imports included)
        assertThat(SRC.substring(0, t.importInsertOffset())).endsWith("import static java.util.Objects.requireNonNull;");
    }

    @Test
    void identifierUsesIgnoreCommentsLiteralsAndMemberAccess() {
        JavaSourceText t = new JavaSourceText(SRC);
        // "int st = 1" and "+ st": not in the comment, the literals, or after "this."
        assertThat(t.countIdentifier("st", 0, SRC.length())).isEqualTo(2);
        assertThat(t.usesIdentifier("ps", 0, SRC.length())).isFalse();
    }

    @Test
    void suppressionCommentsAloneAboveOrTrailingAndTheFixWritesTheJavaForm() {
        String src = "class A {\n    void f() {\n        g(); // brickoptima:ignore a\n        h();\n"
            + "        // brickoptima:ignore b, c\n        i();\n        j(); /* brickoptima:ignore */\n    }\n}\n";
        JavaSourceText text = new JavaSourceText(src);
        CodeSuppressions s = new CodeSuppressions(text, new LineIndex(src));
        assertThat(s.suppresses(src.indexOf("g();"), "a")).isTrue();
        // a trailing comment belongs to its own line's statement, not the next one
        assertThat(s.suppresses(src.indexOf("h();"), "a")).isFalse();
        assertThat(s.suppresses(src.indexOf("i();"), "b")).isTrue();
        assertThat(s.suppresses(src.indexOf("i();"), "c")).isTrue();
        assertThat(s.suppresses(src.indexOf("i();"), "a")).isFalse();
        assertThat(s.suppresses(src.indexOf("j();"), "anything")).isTrue();
        Fix fix = s.fix(src.indexOf("h();"), "select-star");
        assertThat(fix.applyTo(src)).contains("        g(); // brickoptima:ignore a\n        // brickoptima:ignore select-star\n        h();\n");
        assertThat(CodeSuppressions.suppressedInSql("/* brickoptima:ignore sql-injection */ SELECT 1", "sql-injection")).isTrue();
        assertThat(CodeSuppressions.suppressedInSql("SELECT 1 -- brickoptima:ignore other", "sql-injection")).isFalse();
    }

    @Test
    void theParameterListOfAMethodBody() {
        String src = "class A {\n    int x = f(1);\n    static { }\n"
            + "    <T> void g(@Named(\"a(b\") Map<String, List<T>> m, int... ps) throws java.io.IOException, X {\n    }\n"
            + "    void h() {\n    }\n}\n";
        JavaSourceText t = new JavaSourceText(src);
        int g = src.indexOf("{\n    }\n    void h");
        assertThat(src.substring(t.parameterListStart(g), g)).isEqualTo("(@Named(\"a(b\") Map<String, List<T>> m, int... ps) throws java.io.IOException, X ");
        int h = src.lastIndexOf("{\n    }");
        assertThat(t.parameterListStart(h)).isEqualTo(src.indexOf("()"));
        // an initializer has none
        int init = src.indexOf("{ }");
        assertThat(t.parameterListStart(init)).isEqualTo(init);
        assertThat(t.parameterListStart(0)).isZero();
    }
}
