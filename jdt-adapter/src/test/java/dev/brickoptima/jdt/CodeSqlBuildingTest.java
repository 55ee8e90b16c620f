package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the engine reads the SQL an expression builds: numbers added before the text, constants from other classes
 * by value, a char constant, a hole in a table position, a local assigned anew, SQL passed through whole (alone, with
 * a suffix, as a derived table), a hole after IN, and Spring Data's {@code @Query} only with {@code nativeQuery = true}.
 */
class CodeSqlBuildingTest {
    private static final String SRC = """
        import java.sql.*;
        import org.springframework.data.jpa.repository.Query;

        interface R {
            @Query(value = "SELECT * FROM t WHERE a = NULL", nativeQuery = false)
            Object a();
            @Query(value = "SELECT * FROM t WHERE a = NULL", nativeQuery = true)
            Object b();
            @Query("SELECT * FROM t WHERE a = NULL")
            Object c();
        }

        class D {
            static final int N = 5;
            void f(Statement st, String p, int n) throws SQLException {
                st.executeQuery(1 + 2 + "SELECT * FROM t");
                st.executeQuery("SELECT * FROM t WHERE a = " + N + " AND b = " + Integer.MAX_VALUE + " AND c = '" + p + "'");
                st.executeQuery("SELECT * FROM t WHERE a = " + 'x');
                st.executeQuery("SELECT a FROM " + p + " WHERE x = NULL");
                String sql = "SELECT * FROM t";
                sql = "SELECT b FROM u WHERE b = '" + p + "'";
                st.executeQuery(sql);
                st.executeQuery(p);
                st.executeQuery(p + " LIMIT 10");
                st.executeQuery("SELECT COUNT(*) FROM (" + p + ") x");
                st.executeQuery("SELECT a FROM t WHERE b IN " + p);
                st.addBatch("DELETE FROM t");
            }
        }
        """;

    private static final String STAR = "SELECT * reads every column; list the columns the query needs";
    private static final String INJECTION = "SQL injection risk: 'p' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter";

    @Test
    void theFindingsOfEachWayOfBuildingSql() {
        assertThat(JavaSnippets.describe(JavaSnippets.analyze(SRC), SRC)).containsExactly(
            // only the native query
            "select-star 7:28-29 '*' " + STAR,
            "null-comparison 7:43-51 'a = NULL' 'a = NULL' is never true; use IS NULL",
            // 1 + 2 + "SELECT..." is "3SELECT...": the whole expression is one constant that does not parse
            "parse-error 16:25-50 '1 + 2 + \"SELECT * FROM t\"' syntax error: unexpected '3SELECT'",
            // constants (N, Integer.MAX_VALUE) are text of the statement
            "select-star 17:33-34 '*' " + STAR,
            "sql-injection 17:109-110 'p' " + INJECTION,
            "select-star 18:33-34 '*' " + STAR,
            // a table name: injection (no bind fix), and the rest of the statement is still analysed
            "sql-injection 19:44-45 'p' " + INJECTION,
            "null-comparison 19:56-64 'x = NULL' 'x = NULL' is never true; use IS NULL",
            // assigned anew: the first value is no part of the statement run
            "sql-injection 21:47-48 'p' " + INJECTION + " (used at line 22)",
            "sql-injection 26:57-58 'p' " + INJECTION,
            "delete-update-without-where 27:22-35 'DELETE FROM t' DELETE without WHERE removes every row of t");
        assertThat(JavaSnippets.only(JavaSnippets.analyze(SRC), "parse-error").edits()).isEmpty();
        List<CodeFinding> table = JavaSnippets.analyze(SRC).stream().filter(f -> f.finding().location().line() == 19).toList();
        assertThat(table.get(0).edits()).isEmpty();
        assertThat(table.get(1).edits()).extracting(f -> f.description()).containsExactly("Replace with 'x IS NULL'");
    }

    @Test
    void analysesAreCachedByTextAndLayout() {
        JavaSqlAnalyzer fresh = JavaSqlAnalyzers.bounded(AnalyzerConfig.defaults(), true);
        List<CodeFinding> first = fresh.analyze(JavaSnippets.view(SRC), () -> false);
        long misses = fresh.cacheMisses();
        assertThat(misses).isPositive();
        long hits = fresh.cacheHits();
        // the second time every lookup is a hit
        List<CodeFinding> second = fresh.analyze(JavaSnippets.view(SRC), () -> false);
        assertThat(fresh.cacheMisses()).isEqualTo(misses);
        assertThat(fresh.cacheHits()).isEqualTo(hits + misses + hits);
        assertThat(second).isEqualTo(first);
        // the same SQL elsewhere in the file: found at its new place
        String moved = SRC.replace("interface R {", "interface R {\n");
        assertThat(fresh.analyze(JavaSnippets.view(moved), () -> false)).extracting(f -> f.finding().location().line())
            .containsExactly(8, 8, 17, 18, 18, 19, 20, 20, 22, 27, 28);
        assertThat(fresh.cacheMisses()).isEqualTo(misses);
    }
}
