package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import org.junit.jupiter.api.Test;
import org.eclipse.jdt.core.dom.ASTNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's findings on one file compared whole: rule, line and columns inside the Java literal, the marked text and
 * the message (with the lines SQL read from a constant or variable is used at), and where the suppression comment goes.
 */
class JavaSqlAnalyzerFindingsTest {
    private static final String SRC = """
        import java.sql.*;

        class A {
            static final String DEL = "DELETE FROM t";
            static final String ONE = "UPDATE u SET a = 1";

            void f(Statement st, String p, boolean b, int n) throws SQLException {
                st.executeUpdate(DEL);
                st.executeUpdate(DEL);
                st.executeUpdate(ONE);
                st.executeQuery(b ? "SELECT * FROM t" : "SELECT a FROM t WHERE a = '" + p + "'");
                String sql = "SELECT a FROM t WHERE 1 = 1";
                if (b) sql += " AND b = '" + p + "'";
                sql = sql + " AND c = " + p;
                st.executeQuery(sql);
                StringBuilder sb = new StringBuilder("SELECT a FROM t WHERE d = '");
                sb.append(p).append("'");
                st.executeQuery(sb.toString());
                String other = "select x frm y";
                String h = "SELECT * FROM t WHERE x = \\"q\\"";
                int k = 0; st.executeQuery("SELECT a FROM t WHERE \\"x\\" = NULL");
            }
        }
        """;

    private static final String STAR = "SELECT * reads every column; list the columns the query needs";
    private static final String INJECTION = "SQL injection risk: 'p' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter";

    @Test
    void everyFindingWithItsPlaceAndMessage() {
        assertThat(JavaSnippets.describe(JavaSnippets.analyze(SRC), SRC)).containsExactly(
            "delete-update-without-where 4:32-45 'DELETE FROM t' DELETE without WHERE removes every row of t (used at lines 8, 9)",
            "delete-update-without-where 5:32-50 'UPDATE u SET a = 1' UPDATE without WHERE changes every row of u (used at line 10)",
            // each branch of ?: is a statement of its own
            "select-star 11:37-38 '*' " + STAR,
            "sql-injection 11:81-82 'p' " + INJECTION,
            // SQL built up in a local: each piece checked where it is written, the use named
            "sql-injection 13:38-39 'p' " + INJECTION + " (used at line 15)",
            "sql-injection 14:35-36 'p' " + INJECTION + " (used at line 15)",
            "sql-injection 17:19-20 'p' " + INJECTION + " (used at line 18)",
            // the heuristic: SQL at no sink (and not "select x frm y")
            "select-star 20:28-29 '*' " + STAR,
            "null-comparison 21:59-71 '\\\"x\\\" = NULL' '\"x\" = NULL' is never true; use IS NULL");
    }

    @Test
    void theSuppressionGoesAboveTheStatementOrTrailsItsLine() {
        List<CodeFinding> found = JavaSnippets.analyze(SRC);
        // a declaration: above it, indented like it
        assertThat(found.get(0).suppression().applyTo(SRC)).contains(
            "    // brickoptima:ignore delete-update-without-where\n    static final String DEL");
        // a statement after "if (b)" on its line: at the end of that line
        assertThat(found.get(4).suppression().applyTo(SRC)).contains(
            "        if (b) sql += \" AND b = '\" + p + \"'\"; // brickoptima:ignore sql-injection\n");
        assertThat(found.get(8).suppression().applyTo(SRC)).contains(
            "= NULL\"); // brickoptima:ignore null-comparison\n");
        assertThat(found.get(8).suppression().description()).isEqualTo("Suppress 'null-comparison' for this statement");
        // and it works: one finding of that rule fewer
        for (CodeFinding f : found) {
            long before = found.stream().filter(g -> g.ruleId().equals(f.ruleId())).count();
            assertThat(JavaSnippets.analyze(f.suppression().applyTo(SRC))).filteredOn(g -> g.ruleId().equals(f.ruleId()))
                .as(f.toString()).hasSize((int) before - 1);
        }
    }

    @Test
    void aRuleFixIsEscapedForTheLiteralItLandsIn() {
        CodeFinding nullComparison = JavaSnippets.only(JavaSnippets.analyze(SRC), "null-comparison");
        List<Fix> fixes = nullComparison.edits();
        assertThat(fixes).hasSize(1);
        assertThat(fixes.get(0).description()).isEqualTo("Replace with '\"x\" IS NULL'");
        assertThat(fixes.get(0).applyTo(SRC)).contains("st.executeQuery(\"SELECT a FROM t WHERE \\\"x\\\" IS NULL\");");
    }

    @Test
    void theHeuristicCanBeSwitchedOffAndAnalysisCancelled() {
        JavaSqlAnalyzer noHeuristic = JavaSqlAnalyzers.bounded(AnalyzerConfig.defaults(), false);
        assertThat(noHeuristic.heuristicLiterals()).isFalse();
        assertThat(JavaSnippets.ANALYZER.heuristicLiterals()).isTrue();
        List<CodeFinding> sinksOnly = noHeuristic.analyze(JavaSnippets.view(SRC), () -> false);
        assertThat(sinksOnly).extracting(f -> f.finding().location().line()).containsExactly(4, 5, 11, 11, 13, 14, 17, 21);
        assertThat(JavaSnippets.ANALYZER.analyze(JavaSnippets.view(SRC), () -> true)).isEmpty();
    }

    @Test
    void aHeuristicGuessThatDoesNotParseStaysQuietWhileAnAnalyzeActionReportsIt() {
        String src = "class A {\n    String s = \"SELECT a, FROM t WHERE x = NULL\";\n}\n";
        assertThat(JavaSnippets.analyze(src)).isEmpty();
        JdtCodeView view = JavaSnippets.view(src);
        ASTNode literal = view.stringLiteralAt(src.indexOf("SELECT"));
        assertThat(JavaSnippets.describe(JavaSnippets.ANALYZER.analyzeAt(view, literal), src))
            .extracting(s -> s.substring(0, s.indexOf(' '))).contains("parse-error");
    }
}
