package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the two IDE plugins used to disagree (issue 9), pinned down once in the engine both now use. Each case
 * names the old disagreement.
 */
class HostDivergencesTest {
    private static List<CodeFinding> analyze(String source) {
        return JavaSnippets.analyze(source);
    }

    private static List<CodeFinding> analyze(JavaSqlAnalyzer analyzer, String source) {
        return analyzer.analyze(JavaSnippets.view(source), () -> false);
    }

    private static List<String> rules(List<CodeFinding> findings, String source) {
        return findings.stream().map(f -> f.ruleId() + " '" + source.substring(f.start(), f.end()) + "'").toList();
    }

    private static String dao(String body) {
        return "import java.sql.*;\nimport java.time.LocalDate;\n\nclass A {\n    private Connection conn;\n\n" + body + "\n}\n";
    }

    /** Eclipse treated java.time values as safe holes, IntelliJ did not. */
    @Test
    void javaTimeValuesAreSafeHoles() {
        String src = dao("    ResultSet f(LocalDate day, String name) throws SQLException {\n"
            + "        Statement st = conn.createStatement();\n"
            + "        return st.executeQuery(\"SELECT id FROM t WHERE day > '\" + day + \"' AND name = '\" + name + \"'\");\n    }");
        assertThat(rules(analyze(src), src)).containsExactly("sql-injection 'name'");
    }

    /** IntelliJ's fix wrote a SQL comment and ignored the Java form Eclipse wrote: both forms now work everywhere. */
    @Test
    void bothSuppressionFormsWorkAndTheFixWritesTheJavaForm() {
        String src = dao("    ResultSet f(String name) throws SQLException {\n"
            + "        Statement st = conn.createStatement();\n"
            + "        return st.executeQuery(\"SELECT * FROM t WHERE name = '\" + name + \"'\");\n    }");
        List<CodeFinding> found = analyze(src);
        assertThat(rules(found, src)).containsExactly("select-star '*'", "sql-injection 'name'");
        for (CodeFinding f : found) {
            String suppressed = f.suppression().applyTo(src);
            assertThat(suppressed).contains("        // brickoptima:ignore " + f.ruleId() + "\n        return st.executeQuery(");
            assertThat(analyze(suppressed)).extracting(CodeFinding::ruleId).doesNotContain(f.ruleId()).hasSize(1);
        }
        String inSql = src.replace("\"SELECT * FROM t", "\"/* brickoptima:ignore select-star, sql-injection */ SELECT * FROM t");
        assertThat(analyze(inSql)).isEmpty();
        String trailing = src.replace("+ \"'\");", "+ \"'\"); // brickoptima:ignore");
        assertThat(analyze(trailing)).isEmpty();
    }

    /** IntelliJ reported SQL in a constant twice (literal and call) and its Suppress did nothing; Eclipse once. */
    @Test
    void aConstantIsReportedOnceAtItsDeclarationWithTheUsesAsRelatedLocations() {
        String src = dao("    static final String P = \"DELETE FROM t\";\n\n"
            + "    int a() throws SQLException {\n        return conn.createStatement().executeUpdate(P);\n    }\n\n"
            + "    int b() throws SQLException {\n        return conn.createStatement().executeUpdate(P);\n    }");
        List<CodeFinding> found = analyze(src);
        assertThat(rules(found, src)).containsExactly("delete-update-without-where 'DELETE FROM t'");
        CodeFinding f = found.get(0);
        assertThat(f.finding().location().line()).isEqualTo(7);
        assertThat(f.related()).extracting(Location::line).containsExactly(10, 14);
        String suppressed = f.suppression().applyTo(src);
        assertThat(suppressed).contains("    // brickoptima:ignore delete-update-without-where\n    static final String P");
        assertThat(analyze(suppressed)).isEmpty();
        // a comment at a use suppresses the finding for that use
        String atUse = src.replace("    int a() throws SQLException {\n", "    int a() throws SQLException {\n        // brickoptima:ignore\n");
        assertThat(analyze(atUse)).singleElement().satisfies(g -> assertThat(g.related()).extracting(Location::line).containsExactly(15));
        String atBoth = atUse.replace("    int b() throws SQLException {\n", "    int b() throws SQLException {\n        // brickoptima:ignore\n");
        assertThat(analyze(atBoth)).isEmpty();
    }

    /** The looks-like-SQL check split a qualified table into two words and missed "DELETE FROM s.t". */
    @Test
    void aQualifiedTableIsOneName() {
        String src = "class A {\n    String a = \"DELETE FROM t\";\n    String b = \"DELETE FROM s.t\";\n}\n";
        assertThat(rules(analyze(src), src)).containsExactly("delete-update-without-where 'DELETE FROM t'",
            "delete-update-without-where 'DELETE FROM s.t'");
    }

    /** IntelliJ offered a PreparedStatement fix for Statement.executeQuery and left the Statement behind; Eclipse offered none. */
    @Test
    void statementBecomesAPreparedStatementAndTheUnusedStatementGoes() {
        String src = "package p;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.sql.Statement;\n\n"
            + "class A {\n    ResultSet f(Connection conn, String name, int age) throws SQLException {\n"
            + "        Statement st = conn.createStatement();\n"
            + "        ResultSet rs = st.executeQuery(\"SELECT id FROM t WHERE name = '\" + name + \"' AND age > \" + age);\n"
            + "        return rs;\n    }\n}\n";
        CodeFinding inj = analyze(src).stream().filter(f -> f.ruleId().equals("sql-injection")).findFirst().orElseThrow();
        assertThat(inj.edits()).hasSize(1);
        assertThat(inj.edits().get(0).applyTo(src)).isEqualTo("package p;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\n"
            + "import java.sql.SQLException;\nimport java.sql.Statement;\nimport java.sql.PreparedStatement;\n\n"
            + "class A {\n    ResultSet f(Connection conn, String name, int age) throws SQLException {\n"
            + "        PreparedStatement ps = conn.prepareStatement(\"SELECT id FROM t WHERE name = ? AND age > ?\");\n"
            + "        ps.setString(1, name);\n"
            + "        ps.setInt(2, age);\n"
            + "        ResultSet rs = ps.executeQuery();\n"
            + "        return rs;\n    }\n}\n");
        // a Statement used again (closed later) stays
        String used = src.replace("        return rs;", "        st.close();\n        return rs;");
        String fixed = analyze(used).stream().filter(f -> f.ruleId().equals("sql-injection")).findFirst().orElseThrow().edits().get(0).applyTo(used);
        assertThat(fixed).contains("        Statement st = conn.createStatement();\n        PreparedStatement ps = conn.prepareStatement(");
    }

    /** IntelliJ analysed without a time budget, Eclipse with one: every host now builds the bounded analyzer. */
    @Test
    void theTimeBudgetHoldsForSqlInJava() {
        AnalyzerConfig tight = AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 1)).build();
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < 6000; i++) cols.append(i == 0 ? "" : ", ").append("c").append(i).append(" + ").append(i);
        String src = dao("    ResultSet f() throws SQLException {\n        return conn.createStatement().executeQuery(\"SELECT "
            + cols + " FROM t\");\n    }");
        assertThat(analyze(JavaSqlAnalyzers.bounded(tight, true), src)).extracting(CodeFinding::ruleId).contains("analysis-timeout");
    }
}
