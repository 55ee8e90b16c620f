package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void compilerStyleTextWithFixHintsAndExitCodeForErrors() throws Exception {
        Path f = write("q.sql", "SELECT id FROM users;\nDELETE FROM users;\n");
        CliRunner r = CliRunner.run("analyze", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains(f + ":2:1: error delete-update-without-where DELETE without WHERE removes every row of users\n"
            + "    hint: Add a WHERE clause");
        assertThat(r.out()).contains("1 finding (1 error, 0 warning, 0 info) in 1 input");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path f = write("q.sql", "SELECT * FROM orders");
        assertThat(CliRunner.run("analyze", f.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(CliRunner.run("analyze", "--fail-on", "warning", f.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(CliRunner.run("analyze", "--fail-on", "warning", "--disable", "select-star", f.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void directoriesAreWalkedRecursivelyForSqlFiles() throws Exception {
        write("a/one.sql", "SELECT * FROM t");
        write("a/b/two.sql", "SELECT * FROM u");
        write("a/b/notes.txt", "SELECT * FROM ignored");
        CliRunner r = CliRunner.run("analyze", dir.resolve("a").toString());
        assertThat(r.out()).contains("one.sql:1:8: warning select-star").contains("two.sql:1:8: warning select-star").doesNotContain("notes.txt");
    }

    @Test
    void jsonReportFollowsSchemaVersion1() throws Exception {
        Path f = write("q.sql", "SELECT id FROM users WHERE deleted_at = NULL");
        CliRunner r = CliRunner.run("analyze", "--format", "json", f.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode finding = root.at("/inputs/0/findings/0");
        assertThat(finding.get("ruleId").asText()).isEqualTo("null-comparison");
        assertThat(finding.at("/location/line").asInt()).isEqualTo(1);
        assertThat(finding.at("/location/column").asInt()).isEqualTo(28);
        assertThat(finding.at("/fixes/0/edits/0/replacement").asText()).isEqualTo("deleted_at IS NULL");
        assertThat(root.at("/summary/bySeverity/warning").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/bySeverity/error").asInt()).isZero();
    }

    @Test
    void sarifReportNamesRulesAndRegions() throws Exception {
        Path f = write("q.sql", "SELECT * FROM t");
        JsonNode root = new ObjectMapper().readTree(CliRunner.run("analyze", "--format", "sarif", f.toString()).out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.at("/runs/0/results/0/ruleId").asText()).isEqualTo("select-star");
        assertThat(root.at("/runs/0/results/0/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(8);
    }

    @Test
    void unreadableInputIsOneLineAndExitCode2ButOtherFilesAreStillAnalysed() throws Exception {
        Path ok = write("ok.sql", "DELETE FROM t");
        CliRunner r = CliRunner.run("analyze", dir.resolve("missing.sql").toString(), ok.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("missing.sql: error: cannot read: no such file").contains("ok.sql:1:1: error delete-update-without-where");
    }

    @Test
    void badUsageIsExitCode2WithOneLineAndNoStackTrace() {
        CliRunner unknownOption = CliRunner.run("analyze", "--bogus", "x.sql");
        assertThat(unknownOption.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.err()).startsWith("brickoptima: Unknown option: '--bogus'").doesNotContain("at dev.");
        CliRunner badSeverity = CliRunner.run("analyze", "--fail-on", "fatal", "x.sql");
        assertThat(badSeverity.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badSeverity.err().trim()).isEqualTo("brickoptima: unknown severity 'fatal' for --fail-on (info, warning, error)");
        CliRunner badRule = CliRunner.run("analyze", "--rule", "no-such-rule", "x.sql");
        assertThat(badRule.err().trim()).isEqualTo("brickoptima: unknown rule id 'no-such-rule' (see 'brickoptima rules')");
    }

    @Test
    void configurationFileSetsDialectProfileSeveritiesAndPartitions() throws Exception {
        Path cfg = write("brickoptima.yml", String.join("\n",
            "dialect: postgres",
            "profiles: [read-only]",
            "rules:",
            "  disable: [select-star]",
            "  severity:",
            "    null-comparison: info",
            "tables:",
            "  sales:",
            "    partitionColumns: [dt]",
            ""));
        Path f = write("q.sql", "SELECT * FROM t WHERE a = NULL AND s = $$x$$;\nDROP TABLE old_sales;\nSELECT amount FROM sales;\n"
            + "SELECT a FROM t ORDER BY a;\n");
        CliRunner r = CliRunner.run("analyze", "--config", cfg.toString(), f.toString());
        assertThat(r.out()).contains(f + ":1:23: info null-comparison")                       // severity
            .contains(f + ":2:1: error destructive-statement")                                  // profile read-only
            .contains(f + ":3:20: warning partition-filter-missing")                            // partition columns of sales
            .doesNotContain("select-star")                                                      // disabled
            .doesNotContain("order-by-without-limit")                                           // dialect postgres
            .doesNotContain("parse-error");
        CliRunner defaults = CliRunner.run("analyze", "--config", write("empty.yml", "").toString(), f.toString());
        assertThat(defaults.out()).contains("warning null-comparison").contains("select-star").contains("order-by-without-limit")
            .doesNotContain("destructive-statement").doesNotContain("partition-filter-missing");
    }

    @Test
    void badConfigurationNamesTheKey() throws Exception {
        Path cfg = write("bad.yml", "rules:\n  disabel: [select-star]\n");
        CliRunner r = CliRunner.run("analyze", "--config", cfg.toString(), write("q.sql", "SELECT 1").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown key 'rules.disabel'");
        Path cfg2 = write("bad2.yml", "dialect: [oops\n");
        assertThat(CliRunner.run("analyze", "--config", cfg2.toString(), "q.sql").err()).contains("not valid YAML");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
