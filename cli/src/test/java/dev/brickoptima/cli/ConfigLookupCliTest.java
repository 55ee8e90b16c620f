package dev.brickoptima.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Each input gets the brickoptima.yml files above it; --config overrides; a bad file stops the run naming the key. */
class ConfigLookupCliTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void eachInputIsAnalysedWithTheConfigurationFoundAboveIt() throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/brickoptima.yml", "rules:\n  disable: [select-star]\n");
        write("repo/guarded/brickoptima.yml", "profiles: [read-only]\n");
        Path plain = write("repo/reports/q.sql", "SELECT * FROM t;\nDROP TABLE t;\n");
        Path guarded = write("repo/guarded/q.sql", "SELECT * FROM t;\nDROP TABLE t;\n");
        Path outside = write("elsewhere/q.sql", "SELECT * FROM t;\nDROP TABLE t;\n");
        CliRunner r = CliRunner.run("analyze", dir.resolve("repo").toString(), outside.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(guarded + ":2:1: error destructive-statement")
            .doesNotContain(plain + ":2:1: error destructive-statement")
            .doesNotContain(guarded + ":1:8: warning select-star").doesNotContain(plain + ":1:8: warning select-star")
            .contains(outside + ":1:8: warning select-star");

        // --config replaces the lookup for every input
        Path explicit = write("explicit.yml", "profiles: [read-only]\n");
        CliRunner withConfig = CliRunner.run("analyze", "--config", explicit.toString(), plain.toString());
        assertThat(withConfig.out()).contains(plain + ":1:8: warning select-star").contains(plain + ":2:1: error destructive-statement");

        // command-line options apply on top of the files
        CliRunner withOption = CliRunner.run("analyze", "--enable", "select-star", "--profile", "read-only", plain.toString());
        assertThat(withOption.out()).contains(plain + ":1:8: warning select-star").contains(plain + ":2:1: error destructive-statement");
    }

    @Test
    void aBadConfigurationAboveAnInputStopsTheRunWithOneLineNamingFileAndKey() throws Exception {
        Path cfg = write("team/brickoptima.yml", "profiles: [read-onyl]\n");
        Path q = write("team/q.sql", "DROP TABLE t;\n");
        Path other = write("ok/q.sql", "DELETE FROM t;\n");
        CliRunner r = CliRunner.run("analyze", other.toString(), q.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().trim()).isEqualTo("brickoptima: " + cfg + ": profiles: unknown profile 'read-onyl' (read-only, strict)");
        assertThat(r.out()).isEmpty();
        CliRunner badOption = CliRunner.run("analyze", "--profile", "strcit", other.toString());
        assertThat(badOption.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badOption.err().trim()).isEqualTo("brickoptima: --profile: unknown profile 'strcit' (read-only, strict)");
    }

    /** Issue 12's configuration defects, through the CLI as a process: exit code 2 and one line naming the key. */
    @Test
    void configurationErrorsAsAProcess() throws Exception {
        Path q = write("q.sql", "DROP TABLE t;\n");
        String[][] cases = {
            {"limits:\n  statementBudgetMillis: 9223372036854775807\n", "limits.statementBudgetMillis: must be at most 3600000"},
            {"limits:\n  statementBudgetMillis: 0\n", "limits.statementBudgetMillis: must be at least 1"},
            {"profiles: [read-onyl]\n", "profiles: unknown profile 'read-onyl' (read-only, strict)"},
            {"thresholds:\n  large-in-list.maximum: 10\n", "thresholds.large-in-list.maximum: large-in-list has no threshold 'maximum' (max)"},
            {"limits:\n  maxNestingDepth: deep\n", "limits.maxNestingDepth: expected a number, got a string ('deep')"},
            {"thresholds:\n  large-in-list.max: 2.5\n", "thresholds.large-in-list.max: must be a whole number (count)"},
            {"tables: [sales]\n", "tables: expected a mapping, got a list"},
            {"dialect: spark\ndialect: postgres\n", "duplicate key 'dialect' (line 2)"},
        };
        for (int i = 0; i < cases.length; i++) {
            Path cfg = write("c" + i + ".yml", cases[i][0]);
            Result r = runProcess("analyze", "--config", cfg.toString(), q.toString());
            assertThat(r.code).as(cases[i][0]).isEqualTo(ExitCode.USAGE);
            assertThat(r.err.trim()).as(cases[i][0]).isEqualTo("brickoptima: " + cfg + ": " + cases[i][1]);
        }
    }

    private record Result(int code, String out, String err) {
    }

    /** The CLI's main class in a new JVM on this test's class path. */
    private Result runProcess(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("CLI finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
