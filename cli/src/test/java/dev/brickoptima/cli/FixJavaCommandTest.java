package dev.brickoptima.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brickoptima fix} on Java sources: fixes of the SQL inside string literals, the injection fix only on request. */
class FixJavaCommandTest {
    @TempDir
    Path dir;

    private static final String DAO = """
        package com.acme;

        import java.sql.Connection;
        import java.sql.ResultSet;
        import java.sql.SQLException;
        import java.sql.Statement;

        public class Dao {
            private final Connection connection;

            public Dao(Connection connection) {
                this.connection = connection;
            }

            public ResultSet regions() throws SQLException {
                Statement st = connection.createStatement();
                return st.executeQuery("SELECT DISTINCT region, count(*) AS n FROM sales GROUP BY region");
            }

            public ResultSet user(String name) throws SQLException {
                Statement st = connection.createStatement();
                return st.executeQuery("SELECT id FROM users WHERE name = '" + name + "'");
            }
        }
        """;

    @Test
    void dryRunShowsTheSqlFixInsideTheJavaLiteral() throws Exception {
        Path f = write("src/com/acme/Dao.java", DAO);
        CliRunner r = CliRunner.run("fix", "--dry-run", "--base-dir", dir.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("--- a/src/com/acme/Dao.java\n+++ b/src/com/acme/Dao.java\n")
            .contains("-        return st.executeQuery(\"SELECT DISTINCT region, count(*) AS n FROM sales GROUP BY region\");\n"
                + "+        return st.executeQuery(\"SELECT region, count(*) AS n FROM sales GROUP BY region\");\n")
            .doesNotContain("PreparedStatement");
        assertThat(r.err()).contains("would fix 1 finding in 1 file; 1 fixes that change query results not applied (--unsafe-fixes)");
        assertThat(Files.readString(f)).isEqualTo(DAO);
    }

    @Test
    void safeFixesAreWrittenAndTheInjectionFixOnlyWithUnsafeFixes() throws Exception {
        Path f = write("src/com/acme/Dao.java", DAO);
        assertThat(CliRunner.run("analyze", f.toString()).out()).contains("distinct-with-group-by").contains("sql-injection");

        assertThat(CliRunner.run("fix", f.toString()).code()).isEqualTo(ExitCode.OK);
        String again = CliRunner.run("analyze", f.toString()).out();
        assertThat(again).doesNotContain("distinct-with-group-by").contains("sql-injection");
        assertThat(compile(f)).as("the fixed file compiles").isEmpty();

        assertThat(CliRunner.run("fix", "--unsafe-fixes", f.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(f))
            .contains("PreparedStatement ps = connection.prepareStatement(\"SELECT id FROM users WHERE name = ?\");")
            .contains("ps.setString(1, name);")
            .contains("import java.sql.PreparedStatement;");
        assertThat(CliRunner.run("analyze", f.toString()).out()).doesNotContain("sql-injection");
        assertThat(compile(f)).as("the file with bind parameters compiles").isEmpty();
    }

    /** The compiler's messages for {@code file}, empty when it compiles. */
    private String compile(Path file) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        Path out = Files.createDirectories(dir.resolve("classes"));
        int rc = javac.run(null, messages, messages, "-d", out.toString(), file.toString());
        return rc == 0 ? "" : messages.toString();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }
}
