package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What other linters do: stdin, exclusions and ignore files, skipped build directories, CI output formats, --jobs. */
class ConventionsTest {
    @TempDir
    Path dir;

    @Test
    void dashReadsStandardInputNamedByStdinFilename() {
        CliRunner r = withStdin("SELECT * FROM t WHERE x = NULL", "analyze", "--fail-on", "warning", "-", "--stdin-filename", "models/q.sql");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("models/q.sql:1:23: warning null-comparison");
        CliRunner unnamed = withStdin("DELETE FROM t", "analyze", "-");
        assertThat(unnamed.out()).contains("<stdin>:1:1: error delete-update-without-where");
        assertThat(withStdin("SELECT 1", "analyze", "-", "-").err()).contains("'-' (standard input) can be given only once");
    }

    @Test
    void buildAndVcsDirectoriesAreSkippedWhenWalking() throws Exception {
        write("src/q.sql", "SELECT * FROM t");
        for (String d : new String[] {"target", "build", "node_modules", ".git", "src/target"}) write(d + "/copy.sql", "SELECT * FROM t");
        CliRunner r = CliRunner.run("analyze", dir.toString());
        assertThat(r.out()).contains("src/q.sql").doesNotContain("copy.sql").contains("in 1 input");
    }

    @Test
    void excludeAndIgnoreFileUseGitignoreSyntax() throws Exception {
        write("a/keep.sql", "SELECT * FROM t");
        write("a/gen/x.sql", "SELECT * FROM t");
        write("a/legacy_1.sql", "SELECT * FROM t");
        write("a/legacy_2.sql", "SELECT * FROM t");
        write("a/deep/er/legacy_3.sql", "SELECT * FROM t");
        write("a/important_legacy.sql", "SELECT * FROM t");
        write("a/.brickoptimaignore", "# generated code\ngen/\n**/legacy_*.sql\n!legacy_2.sql\n");
        CliRunner r = CliRunner.run("analyze", dir.resolve("a").toString());
        assertThat(r.out()).contains("keep.sql").contains("legacy_2.sql").contains("important_legacy.sql")
            .doesNotContain("gen/x.sql").doesNotContain("legacy_1.sql").doesNotContain("legacy_3.sql");
        CliRunner ex = CliRunner.run("analyze", "--exclude", "*.sql", "--exclude", "!keep.sql", dir.resolve("a").toString());
        assertThat(ex.out()).contains("keep.sql").doesNotContain("legacy_2.sql").contains("in 1 input");
        // a file named explicitly is skipped too when an exclusion matches it (pre-commit passes file names)
        CliRunner explicit = CliRunner.run("analyze", dir.resolve("a/gen/x.sql").toString(), dir.resolve("a/keep.sql").toString());
        assertThat(explicit.out()).doesNotContain("x.sql").contains("keep.sql");
    }

    @Test
    void ignorePatternTranslation() {
        assertThat(IgnorePattern.parse("*.sql").matches("x/y.sql", false)).isTrue();
        assertThat(IgnorePattern.parse("/top.sql").matches("top.sql", false)).isTrue();
        assertThat(IgnorePattern.parse("/top.sql").matches("x/top.sql", false)).isFalse();
        assertThat(IgnorePattern.parse("a/**/b.sql").matches("a/b.sql", false)).isTrue();
        assertThat(IgnorePattern.parse("a/**/b.sql").matches("a/x/y/b.sql", false)).isTrue();
        assertThat(IgnorePattern.parse("dir/").matches("x/dir", false)).isFalse();
        assertThat(IgnorePattern.parse("dir/").matches("x/dir", true)).isTrue();
        assertThat(IgnorePattern.parse("q[0-9].sql").matches("q7.sql", false)).isTrue();
        assertThat(IgnorePattern.parse("q?.sql").matches("q/.sql", false)).isFalse();
        assertThat(IgnorePattern.parse("# comment")).isNull();
        assertThat(IgnorePattern.parse("\\#hash.sql").matches("#hash.sql", false)).isTrue();
    }

    @Test
    void githubFormatWritesWorkflowAnnotationsWithEscaping() throws Exception {
        Path f = write("models/daily, 100%.sql", "SELECT * FROM t;\nDELETE FROM t;\n");
        CliRunner r = CliRunner.run("analyze", "--format", "github", "--base-dir", dir.toString(), f.toString());
        assertThat(r.out()).contains("::warning file=models/daily%2C 100%25.sql,line=1,col=8,endLine=1,endColumn=9,title=select-star::SELECT * reads every column")
            .contains("::error file=models/daily%2C 100%25.sql,line=2,col=1,");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void codeclimateFormatIsWhatGitlabCodeQualityReads() throws Exception {
        Path f = write("q.sql", "SELECT * FROM t;\nSELECT * FROM t;\n");
        CliRunner r = CliRunner.run("analyze", "--format", "codeclimate", "--base-dir", dir.toString(), f.toString());
        JsonNode issues = new ObjectMapper().readTree(r.out());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(2);
        JsonNode i = issues.get(0);
        assertThat(i.get("check_name").asText()).isEqualTo("select-star");
        assertThat(i.get("severity").asText()).isEqualTo("major");
        assertThat(i.at("/location/path").asText()).isEqualTo("q.sql");
        assertThat(i.at("/location/lines/begin").asInt()).isEqualTo(1);
        assertThat(i.get("categories").get(0).asText()).isEqualTo("Performance");
        // two identical statements: still two distinct fingerprints
        assertThat(i.get("fingerprint").asText()).isNotEqualTo(issues.get(1).get("fingerprint").asText());
    }

    @Test
    void jobsGivesTheSameReportInTheSameOrder() throws Exception {
        for (int i = 0; i < 30; i++) write("m/q" + (100 + i) + ".sql", "SELECT * FROM t" + i + ";\nDELETE FROM t" + i + ";\n");
        String one = CliRunner.run("analyze", "--jobs", "1", dir.resolve("m").toString()).out();
        String four = CliRunner.run("analyze", "--jobs", "4", dir.resolve("m").toString()).out();
        assertThat(four).isEqualTo(one).contains("60 findings");
        assertThat(CliRunner.run("analyze", "--jobs", "0", dir.toString()).err()).contains("--jobs must be at least 1");
    }

    static CliRunner withStdin(String input, String... args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(old);
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
