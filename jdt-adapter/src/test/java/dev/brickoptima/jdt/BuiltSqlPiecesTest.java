package dev.brickoptima.jdt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL a local builds piece by piece ({@code +=}, {@code sql = sql + ...}, {@code StringBuilder}/{@code StringBuffer}
 * appends): each piece checked where it is written, the uses named; text at the very start (nothing before it) is SQL
 * handed on, not a value; a plain assignment starts the statement again; a builder's capacity is no text.
 */
class BuiltSqlPiecesTest {
    private static final String SRC = """
        import java.sql.*;

        class E {
            void f(Statement st, String p, StringBuilder other, int n) throws SQLException {
                StringBuilder sb = new StringBuilder(256);
                sb.append("SELECT a FROM t WHERE x = '").append(p).append("'");
                st.executeQuery(sb.toString());
                StringBuilder sb2 = other;
                sb2.append(p);
                st.executeQuery(sb2.toString());
                String s3 = p;
                s3 += " AND y = " + p;
                st.executeQuery(s3);
                String s4 = "SELECT a FROM t";
                s4 = s4 + " WHERE b = " + n + " AND c = '" + p + "'";
                s4 = p;
                s4 += " LIMIT 1";
                st.executeQuery(s4);
                StringBuffer sb5 = new StringBuffer(p);
                sb5.append(" WHERE z = ").append(p);
                st.executeQuery(sb5.toString());
                st.executeQuery((sb5).toString());
            }
        }
        """;

    private static final String INJECTION = "SQL injection risk: 'p' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter";

    @Test
    void eachPieceIsCheckedWhereItIsWritten() {
        assertThat(JavaSnippets.describe(JavaSnippets.analyze(SRC), SRC)).containsExactly(
            "sql-injection 6:57-58 'p' " + INJECTION + " (used at line 7)",
            // sb2 starts from another builder: p is its first text
            "sql-injection 12:29-30 'p' " + INJECTION + " (used at line 13)",
            // n is a number; s4 = p starts the statement again, so p there is at the start
            "sql-injection 15:54-55 'p' " + INJECTION + " (used at line 18)",
            "sql-injection 20:42-43 'p' " + INJECTION + " (used at lines 21, 22)");
        // a piece is no statement the bind fix could rewrite
        assertThat(JavaSnippets.analyze(SRC)).allSatisfy(f -> assertThat(f.edits()).isEmpty());
    }

    /** A chain of appends is read in source order, like the same appends written as separate statements. */
    @Test
    void chainedAppendsAreThePiecesOfSeparateAppendsInTheSameOrder() {
        String src = """
            import java.sql.*;

            class E {
                void f(Statement st, String p) throws SQLException {
                    StringBuilder chained = new StringBuilder();
                    chained.append(p).append(" WHERE x = 1");
                    st.executeQuery(chained.toString());
                    StringBuilder separate = new StringBuilder();
                    separate.append(p);
                    separate.append(" WHERE x = 1");
                    st.executeQuery(separate.toString());
                    StringBuilder value = new StringBuilder();
                    value.append("SELECT a FROM t WHERE x = ").append(p);
                    st.executeQuery(value.toString());
                }
            }
            """;
        // p at the very start is SQL handed on in both forms; after text it is a value
        assertThat(JavaSnippets.describe(JavaSnippets.analyze(src), src)).containsExactly(
            "sql-injection 13:59-60 'p' " + INJECTION + " (used at line 14)");
    }
}
