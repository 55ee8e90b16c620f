package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.finding.Fix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The injection fix for {@code Statement.execute*}: the rewritten file, compared whole. The setter follows the value's
 * type, the new variable's name is free, the import is added only where needed, and the Statement goes only when
 * nothing else uses it. Where the rewrite cannot be made safely no fix is offered.
 */
class PreparedStatementFixTest {
    private static final String HEAD = "package p;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\n"
        + "import java.sql.Statement;\n\nclass A {\n";

    private static List<Fix> injectionFixes(String src) {
        // every injection finding of a statement offers the same fix
        return JavaSnippets.analyze(src).stream().filter(f -> f.ruleId().equals("sql-injection")).findFirst().orElseThrow().edits();
    }

    private static String fixed(String src) {
        List<Fix> fixes = injectionFixes(src);
        assertThat(fixes).hasSize(1);
        assertThat(fixes.get(0).description()).isEqualTo("Use a PreparedStatement with bind parameters");
        return fixes.get(0).applyTo(src);
    }

    @Test
    void eachValueGetsTheSetterOfItsType() {
        String src = HEAD + "    ResultSet f(Connection conn, long id, double price, boolean active, java.math.BigDecimal total, Integer count,\n"
            + "                Long big, Double ratio, Boolean flag, java.util.UUID key, String name) throws SQLException {\n"
            + "        Statement st = conn.createStatement();\n"
            + "        return st.executeQuery(\"SELECT a FROM t WHERE id = \" + id + \" AND price = \" + price + \" AND active = \" + active\n"
            + "            + \" AND total = \" + total + \" AND count = \" + count + \" AND big = \" + big + \" AND ratio = \" + ratio\n"
            + "            + \" AND flag = \" + flag + \" AND key = '\" + key + \"' AND name LIKE '%\" + name + \"%'\"\n"
            + "            + \" AND n2 = '\" + name + \"'\");\n    }\n}\n";
        // only the name is a risk (the other types cannot carry a quote), but the fix binds every value
        assertThat(JavaSnippets.marked(JavaSnippets.analyze(src), src, "sql-injection")).containsExactly("name", "name");
        List<CodeFinding> injections = JavaSnippets.analyze(src).stream().filter(f -> f.ruleId().equals("sql-injection")).toList();
        assertThat(injections.get(1).edits()).isEqualTo(injections.get(0).edits());
        assertThat(fixed(src)).isEqualTo(HEAD.replace("import java.sql.Statement;\n", "import java.sql.Statement;\nimport java.sql.PreparedStatement;\n")
            + "    ResultSet f(Connection conn, long id, double price, boolean active, java.math.BigDecimal total, Integer count,\n"
            + "                Long big, Double ratio, Boolean flag, java.util.UUID key, String name) throws SQLException {\n"
            + "        PreparedStatement ps = conn.prepareStatement(\"SELECT a FROM t WHERE id = ? AND price = ? AND active = ? AND total = ? "
            + "AND count = ? AND big = ? AND ratio = ? AND flag = ? AND key = ? AND name LIKE ? AND n2 = ?\");\n"
            + "        ps.setLong(1, id);\n"
            + "        ps.setDouble(2, price);\n"
            + "        ps.setBoolean(3, active);\n"
            + "        ps.setBigDecimal(4, total);\n"
            + "        ps.setInt(5, count);\n"
            + "        ps.setLong(6, big);\n"
            + "        ps.setDouble(7, ratio);\n"
            + "        ps.setBoolean(8, flag);\n"
            + "        ps.setObject(9, key);\n"
            + "        ps.setString(10, \"%\" + name + \"%\");\n"
            + "        ps.setString(11, name);\n"
            + "        return ps.executeQuery();\n    }\n}\n");
    }

    @Test
    void theNewNameIsFreeOfLocalsAndParametersAndAWildcardImportNeedsNoNewOne() {
        String src = "import java.sql.*;\n\nclass A {\n    int f(Connection conn, String name, Object ps) throws SQLException {\n"
            + "        Statement st = conn.createStatement();\n"
            + "        int ps2 = 0;\n"
            + "        return st.executeUpdate(\"DELETE FROM t WHERE name = '\" + name + \"'\") + ps2;\n    }\n}\n";
        assertThat(fixed(src)).isEqualTo("import java.sql.*;\n\nclass A {\n    int f(Connection conn, String name, Object ps) throws SQLException {\n"
            + "        int ps2 = 0;\n"
            + "        PreparedStatement ps3 = conn.prepareStatement(\"DELETE FROM t WHERE name = ?\");\n"
            + "        ps3.setString(1, name);\n"
            + "        return ps3.executeUpdate() + ps2;\n    }\n}\n");
    }

    @Test
    void withoutImportsTheTypeIsQualifiedAndWindowsLineEndsAreKept() {
        String src = ("class A {\n    void f(java.sql.Connection conn, String name) throws java.sql.SQLException {\n"
            + "        java.sql.Statement st = conn.createStatement();\n"
            + "        st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n}\n").replace("\n", "\r\n");
        assertThat(fixed(src)).isEqualTo(("class A {\n    void f(java.sql.Connection conn, String name) throws java.sql.SQLException {\n"
            + "        java.sql.PreparedStatement ps = conn.prepareStatement(\"DELETE FROM t WHERE name = ?\");\n"
            + "        ps.setString(1, name);\n"
            + "        ps.execute();\n    }\n}\n").replace("\n", "\r\n"));
    }

    @Test
    void anotherPreparedStatementImportedByNameKeepsTheQualifiedName() {
        String src = "package p;\n\nimport java.sql.Connection;\nimport java.sql.Statement;\nimport q.PreparedStatement;\n\nclass A {\n"
            + "    void f(Connection conn, String name) throws Exception {\n"
            + "        Statement st = conn.createStatement(); st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n}\n";
        // the Statement shares its line with the call: only its declaration goes
        assertThat(fixed(src)).isEqualTo("package p;\n\nimport java.sql.Connection;\nimport java.sql.Statement;\nimport q.PreparedStatement;\n\nclass A {\n"
            + "    void f(Connection conn, String name) throws Exception {\n"
            + "         java.sql.PreparedStatement ps = conn.prepareStatement(\"DELETE FROM t WHERE name = ?\");\n"
            + "ps.setString(1, name);\n"
            + "ps.execute();\n    }\n}\n");
    }

    @Test
    void aPackageWithoutImportsGetsTheImportAfterIt() {
        String src = "package p;\n\nclass A {\n    void f(java.sql.Connection conn, String name) throws Exception {\n"
            + "        java.sql.Statement st = conn.createStatement();\n"
            + "        st.close();\n"
            + "        st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n}\n";
        // used elsewhere (closed): the Statement stays
        assertThat(fixed(src)).isEqualTo("package p;\nimport java.sql.PreparedStatement;\n\nclass A {\n"
            + "    void f(java.sql.Connection conn, String name) throws Exception {\n"
            + "        java.sql.Statement st = conn.createStatement();\n"
            + "        st.close();\n"
            + "        PreparedStatement ps = conn.prepareStatement(\"DELETE FROM t WHERE name = ?\");\n"
            + "        ps.setString(1, name);\n"
            + "        ps.execute();\n    }\n}\n");
    }

    @Test
    void noFixWhereTheRewriteCannotBeSafe() {
        String[] bodies = {
            // a Statement field: its other uses are unknown
            "    java.sql.Statement st;\n    void f(String name) throws Exception {\n        st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n",
            // a Statement from elsewhere
            "    void f(java.sql.Statement st, String name) throws Exception {\n        st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n",
            // created with arguments (result set type and concurrency)
            "    void f(java.sql.Connection c, String name) throws Exception {\n        java.sql.Statement st = c.createStatement(1003, 1007);\n"
                + "        st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n",
            // not a statement of a block: nowhere to put the setter calls
            "    void f(java.sql.Connection c, String name, boolean b) throws Exception {\n        java.sql.Statement st = c.createStatement();\n"
                + "        if (b) st.execute(\"DELETE FROM t WHERE name = '\" + name + \"'\");\n    }\n",
            // the text already has a placeholder the new ones would have to interleave with
            "    void f(java.sql.Connection c, String name) throws Exception {\n        java.sql.Statement st = c.createStatement();\n"
                + "        st.execute(\"DELETE FROM t WHERE a = ? AND name = '\" + name + \"'\");\n    }\n",
            // a column name: no bind parameter can stand for it
            "    void f(java.sql.Connection c, String col) throws Exception {\n        java.sql.Statement st = c.createStatement();\n"
                + "        st.execute(\"DELETE FROM t WHERE \" + col + \" = 1\");\n    }\n",
        };
        for (String body : bodies) {
            String src = "class A {\n" + body + "}\n";
            assertThat(injectionFixes(src)).as(body).isEmpty();
        }
    }
}
