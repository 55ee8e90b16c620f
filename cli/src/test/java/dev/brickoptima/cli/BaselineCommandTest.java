package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Adopting BrickOptima on an existing code base: record the findings once, then fail only on new ones. */
class BaselineCommandTest {
    @TempDir
    Path dir;

    @Test
    void onlyNewFindingsFailAndFixedOnesAreListed() throws Exception {
        Path q = write("sql/q.sql", "SELECT id FROM a WHERE x = NULL;\nDELETE FROM logs;\nSELECT * FROM big;\n");
        Path baseline = dir.resolve("baseline.json");
        CliRunner rec = CliRunner.run("baseline", "-o", baseline.toString(), "--base-dir", dir.toString(), dir.resolve("sql").toString());
        assertThat(rec.code()).as(rec.err()).isEqualTo(ExitCode.OK);
        JsonNode b = new ObjectMapper().readTree(baseline.toFile());
        assertThat(b.get("findings")).hasSize(3);
        assertThat(b.at("/findings/0/path").asText()).isEqualTo("sql/q.sql");

        // unchanged code: nothing reported, exit 0
        CliRunner same = CliRunner.run("analyze", "--baseline", baseline.toString(), "--base-dir", dir.toString(), "--fail-on", "info", dir.resolve("sql").toString());
        assertThat(same.code()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("0 findings");
        assertThat(same.err()).contains("0 new, 3 known (not reported), 0 fixed");

        // lines shift, unrelated code changes, one old finding fixed, one new finding added
        Files.writeString(q, "-- reviewed 2024\nSELECT id, name\nFROM a\nWHERE x = NULL;\n\nSELECT * FROM big;\nUPDATE users SET admin = true;\n");
        CliRunner later = CliRunner.run("analyze", "--baseline", baseline.toString(), "--base-dir", dir.toString(), dir.resolve("sql").toString());
        assertThat(later.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(later.out()).contains("q.sql:7:1: error delete-update-without-where UPDATE without WHERE")
            .doesNotContain("null-comparison").doesNotContain("select-star").contains("1 finding");
        assertThat(later.err()).contains("1 new, 2 known (not reported), 1 fixed")
            .contains("fixed: sql/q.sql:2 delete-update-without-where DELETE without WHERE removes every row of logs");
    }

    @Test
    void theSameFindingTwiceIsCountedTwice() throws Exception {
        Path q = write("q.sql", "SELECT * FROM t;\n");
        Path baseline = dir.resolve("b.json");
        CliRunner.run("baseline", "-o", baseline.toString(), "--base-dir", dir.toString(), q.toString());
        Files.writeString(q, "SELECT * FROM t;\nSELECT * FROM t;\n");
        CliRunner r = CliRunner.run("analyze", "--baseline", baseline.toString(), "--base-dir", dir.toString(), "--fail-on", "warning", q.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("1 new, 1 known");
    }

    @Test
    void badBaselineAndUnreadableInputsAreUsageErrors() throws Exception {
        Path q = write("q.sql", "SELECT 1");
        Path bad = write("bad.json", "{\"something\": 1}");
        CliRunner r = CliRunner.run("analyze", "--baseline", bad.toString(), q.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().trim()).isEqualTo("brickoptima: baseline " + bad + ": not a BrickOptima baseline (no 'brickoptimaBaseline' and 'findings')");
        CliRunner missing = CliRunner.run("baseline", "-o", dir.resolve("b.json").toString(), dir.resolve("nope.sql").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.exists(dir.resolve("b.json"))).isFalse();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
