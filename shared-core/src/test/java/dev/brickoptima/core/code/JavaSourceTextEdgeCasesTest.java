package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JavaSourceText} where scanners slip: the end of the text, unterminated comments and literals, escapes, line
 * breaks of every kind, and import sections interrupted by comments or broken code.
 */
class JavaSourceTextEdgeCasesTest {
    private static String comments(String src) {
        JavaSourceText t = new JavaSourceText(src);
        StringBuilder sb = new StringBuilder();
        for (JavaSourceText.Comment c : t.comments()) sb.append('[').append(src, c.start(), c.end()).append(']');
        return sb.toString();
    }

    @Test
    void commentsAtTheEndAndUnterminated() {
        assertThat(comments("a // end")).isEqualTo("[// end]");
        assertThat(comments("a // one\r\nb // two\rc")).isEqualTo("[// one][// two]");
        assertThat(comments("a /* open")).isEqualTo("[/* open]");
        assertThat(comments("/**/x/*a*/")).isEqualTo("[/**/][/*a*/]");
        assertThat(comments("a / b /")).isEmpty();
        assertThat(comments("a = \"/* no */\" + '/' + \"\\\"// no\"; // yes")).isEqualTo("[// yes]");
        // a string or char literal ends at its line's end even when unterminated
        assertThat(comments("a = \"open\n// yes")).isEqualTo("[// yes]");
        assertThat(comments("c = 'x\n// yes")).isEqualTo("[// yes]");
        assertThat(comments("c = '\\'' // yes")).isEqualTo("[// yes]");
        assertThat(comments("t = \"\"\"\n  \\\"\"\" // no\n  \"\"\" // yes")).isEqualTo("[// yes]");
        assertThat(comments("t = \"\"\"\n  // no")).isEmpty();
        assertThat(comments("a = \"x\\")).isEmpty();
    }

    @Test
    void identifiersAreCountedWholeInTheirRange() {
        String src = "st st1 xst st.st this . st st\n/* st */ \"st\" 'st' st";
        JavaSourceText t = new JavaSourceText(src);
        // "st" at 0 and 3 more: not st1, xst, after a dot (even with spaces), in the comment or literals
        assertThat(t.countIdentifier("st", 0, src.length())).isEqualTo(4);
        assertThat(t.countIdentifier("st", 1, src.length())).isEqualTo(3);
        assertThat(t.countIdentifier("st", 0, 2)).isEqualTo(1);
        // an identifier starting in the range is read whole: "s" of "st" is not a use of "s"
        assertThat(t.countIdentifier("st", 0, 1)).isEqualTo(1);
        assertThat(t.countIdentifier("s", 0, 1)).isZero();
        assertThat(t.countIdentifier("st", -5, 1000)).isEqualTo(4);
        assertThat(t.countIdentifier("st", src.length() - 2, src.length())).isEqualTo(1);
        assertThat(t.usesIdentifier("st1", 0, src.length())).isTrue();
        assertThat(t.usesIdentifier("s", 0, src.length())).isFalse();
    }

    @Test
    void linesAndTheirSeparator() {
        String src = "ab\r\ncd\ref\ngh";
        JavaSourceText t = new JavaSourceText(src);
        assertThat(t.lineStart(0)).isZero();
        assertThat(t.lineStart(1)).isZero();
        assertThat(t.lineStart(4)).isEqualTo(4);
        assertThat(t.lineStart(5)).isEqualTo(4);
        assertThat(t.lineStart(7)).isEqualTo(7);
        assertThat(t.lineStart(src.length())).isEqualTo(10);
        assertThat(t.lineStart(100)).isEqualTo(10);
        assertThat(t.lineEnd(0)).isEqualTo(2);
        assertThat(t.lineEnd(2)).isEqualTo(2);
        assertThat(t.lineEnd(4)).isEqualTo(6);
        assertThat(t.lineEnd(8)).isEqualTo(9);
        assertThat(t.lineEnd(-3)).isEqualTo(2);
        assertThat(t.lineEnd(11)).isEqualTo(12);
        assertThat(t.lineSeparator()).isEqualTo("\r\n");
        assertThat(new JavaSourceText("a\nb\r\n").lineSeparator()).isEqualTo("\n");
        assertThat(new JavaSourceText("\nb").lineSeparator()).isEqualTo("\n");
        assertThat(new JavaSourceText("a\r\n").lineSeparator()).isEqualTo("\r\n");
        assertThat(new JavaSourceText("ab").lineSeparator()).isEqualTo("\n");
    }

    @Test
    void importSections() {
        String src = "/* header */\n// line\npackage  a . b ;\n;import java.util.List;/* c */import static x.Y.z;\nimport\n  q.R ;\nclass A { import x.Z; }";
        JavaSourceText t = new JavaSourceText(src);
        assertThat(t.packageName()).isEqualTo("a.b");
        assertThat(t.imports()).containsExactly("java.util.List", "q.R");
        assertThat(src.substring(0, t.importInsertOffset())).endsWith("q.R ;");
        assertThat(t.imports("java.util.List")).isTrue();
        assertThat(t.imports("java.util.Map")).isFalse();
        assertThat(t.imports("q.S")).isFalse();
        assertThat(t.importsOtherNamed("x.List")).isTrue();
        assertThat(t.importsOtherNamed("java.util.List")).isFalse();
        assertThat(t.importsOtherNamed("x.Set")).isFalse();
        assertThat(t.qualifiedNames("")).isEmpty();
        assertThat(t.qualifiedNames(null)).isEmpty();
        assertThat(t.qualifiedNames("R")).containsExactly("q.R");
        assertThat(t.qualifiedNames("Map<K, V>")).containsExactly("a.b.Map");

        JavaSourceText bare = new JavaSourceText("class A {}");
        assertThat(bare.packageName()).isEmpty();
        assertThat(bare.imports()).isEmpty();
        assertThat(bare.importInsertOffset()).isZero();
        assertThat(bare.qualifiedNames("Map")).containsExactly("Map");

        // broken: no semicolon ends the import, and an unterminated comment ends the section
        assertThat(new JavaSourceText("package p;\nimport a.B").imports()).isEmpty();
        assertThat(new JavaSourceText("package p;\nimport a.B").importInsertOffset()).isEqualTo(10);
        assertThat(new JavaSourceText("package p; /* open").packageName()).isEqualTo("p");
        assertThat(new JavaSourceText("import a.*; import b.C;").qualifiedNames("D")).containsExactly("a.D", "D");
    }
}
