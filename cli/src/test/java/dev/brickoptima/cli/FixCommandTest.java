package dev.brickoptima.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brickoptima fix}: safe fixes applied to SQL files, diffs with --dry-run, never a file that changed meanwhile. */
class FixCommandTest {
    @TempDir
    Path dir;

    private static final String SQL = "SELECT DISTINCT region, count(*) AS n\nFROM sales\nGROUP BY region;\n"
        + "SELECT id FROM (SELECT id FROM t ORDER BY id) s;\n"
        + "SELECT * FROM users WHERE deleted_at = NULL;\n";

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        Path f = write("q.sql", SQL);
        CliRunner r = CliRunner.run("fix", "--dry-run", "--base-dir", dir.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("--- a/q.sql\n+++ b/q.sql\n@@ -1,5 +1,5 @@\n")
            .contains("-SELECT DISTINCT region, count(*) AS n\n+SELECT region, count(*) AS n\n")
            .contains("-SELECT id FROM (SELECT id FROM t ORDER BY id) s;\n");
        assertThat(r.err()).contains("would fix 2 findings in 1 file; 1 fixes that change query results not applied");
        assertThat(Files.readString(f)).isEqualTo(SQL);
        // the diff applies with the real patch tool and gives what fix writes
        Path copy = write("copy/q.sql", SQL);
        Process p = new ProcessBuilder("patch", "-p1", "-d", dir.resolve("copy").toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(r.out().getBytes());
        p.getOutputStream().close();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        CliRunner.run("fix", f.toString());
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(f));
    }

    @Test
    void fixWritesTheFileAndReanalysisShowsTheFindingsGone() throws Exception {
        Path f = write("q.sql", SQL);
        assertThat(CliRunner.run("analyze", f.toString()).out()).contains("distinct-with-group-by").contains("order-by-in-subquery");
        CliRunner r = CliRunner.run("fix", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(f)).startsWith("SELECT region, count(*) AS n\n").contains("deleted_at = NULL");
        String again = CliRunner.run("analyze", f.toString()).out();
        assertThat(again).doesNotContain("distinct-with-group-by").doesNotContain("order-by-in-subquery").contains("null-comparison");
        CliRunner.run("fix", "--unsafe-fixes", f.toString());
        assertThat(CliRunner.run("analyze", f.toString()).out()).doesNotContain("null-comparison");
        assertThat(Files.readString(f)).contains("deleted_at IS NULL");
    }

    @Test
    void aFileChangedSinceItWasReadIsNotWritten() throws Exception {
        Path f = write("q.sql", "SELECT DISTINCT a FROM t GROUP BY a");
        StringWriter err = new StringWriter();
        // what the analysis read differs from what is on disk now (someone saved the file meanwhile)
        boolean written = FixCommand.writeIfUnchanged(f, "SELECT DISTINCT a FROM t GROUP BY a -- old", "SELECT a FROM t GROUP BY a", new PrintWriter(err, true));
        assertThat(written).isFalse();
        assertThat(err.toString()).contains("changed since it was read");
        assertThat(Files.readString(f)).isEqualTo("SELECT DISTINCT a FROM t GROUP BY a");
        assertThat(FixCommand.writeIfUnchanged(f, "SELECT DISTINCT a FROM t GROUP BY a", "SELECT a FROM t GROUP BY a", new PrintWriter(err, true))).isTrue();
        assertThat(Files.readString(f)).isEqualTo("SELECT a FROM t GROUP BY a");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("q.sql"); // no temporary file left
        }
    }

    @Test
    void standardInputIsWrittenFixedToStandardOutput() {
        CliRunner r = ConventionsTest.withStdin("SELECT DISTINCT a FROM t GROUP BY a\n", "fix", "-");
        assertThat(r.out()).isEqualTo("SELECT a FROM t GROUP BY a\n");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
