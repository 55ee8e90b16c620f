package dev.brickoptima.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/** {@code brickoptima analyze} on the real event logs of the fixture application (Spark 3.5 and 4.x). */
class AnalyzeEventLogTest {

    static Path log(FixtureState fixture, String format) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(fixture.eventLogDirs().get(format)))) {
            return s.filter(p -> p.getFileName().toString().contains(fixture.appId())).findFirst().orElseThrow();
        }
    }

    @Test
    void zstdLogNamesApplicationExecutionDescriptionAndOperator() throws Exception {
        FixtureState fixture = SparkFixture.shared(SparkLine.SPARK_3_5);
        Path log = log(fixture, "zstd");
        CliRunner r = CliRunner.run("analyze", "--format", "json", "--fail-on", "error", log.toString());
        assertThat(r.err()).isEmpty();
        JsonNode inputs = new ObjectMapper().readTree(r.out()).path("inputs");
        String skewLabel = log + ": " + fixture.appId() + " execution " + fixture.execution("skew") + " ("
            + fixture.description("skew") + ")";
        JsonNode skew = null;
        for (JsonNode i : inputs) if (i.path("path").asText().equals(skewLabel)) skew = i;
        assertThat(skew).as("a report named %s in %s", skewLabel, r.out()).isNotNull();
        assertThat(skew.path("kind").asText()).isEqualTo("spark-event-log");
        assertThat(skew.path("findings").findValuesAsText("ruleId")).contains("plan-skew");
        for (JsonNode f : skew.path("findings")) {
            if (f.path("ruleId").asText().equals("plan-skew")) {
                assertThat(f.path("location").path("operatorId").asText()).isNotBlank();
            }
        }
        assertThat(inputs.size()).as("one report per execution").isGreaterThanOrEqualTo(fixture.executions().size());
    }

    @Test
    void directoryWithRollingSpark4LogIsOneInputWithTextOutput(@TempDir Path tmp) throws Exception {
        FixtureState fixture = SparkFixture.shared(SparkLine.SPARK_4);
        Path rolling = log(fixture, "rolling");
        assertThat(rolling.getFileName().toString()).startsWith("eventlog_v2_");
        CliRunner r = CliRunner.run("analyze", "--fail-on", "warning", rolling.getParent().toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains(fixture.appId() + " execution " + fixture.execution("spill"))
            .contains("plan-spill").contains("plan-small-files").contains("[operator ");
        assertThat(r.out()).doesNotContain("events_1_"); // the rolling log's files are never inputs of their own
    }

    @Test
    void eventLogIsAnalysedWithTheConfigurationOfItsDirectory(@TempDir Path tmp) throws Exception {
        FixtureState fixture = SparkFixture.shared(SparkLine.SPARK_3_5);
        Path dir = Files.createDirectories(tmp.resolve("logs"));
        Path copy = Files.copy(log(fixture, "plain"), dir.resolve("local-1"));
        Files.writeString(dir.resolve("brickoptima.yml"), "rules:\n  disable: [plan-cartesian-product]\n");
        CliRunner r = CliRunner.run("analyze", "--format", "json", copy.toString());
        assertThat(r.err()).isEmpty();
        List<String> rules = new ObjectMapper().readTree(r.out()).path("inputs").findValuesAsText("ruleId");
        assertThat(rules).contains("plan-skew", "plan-small-files").doesNotContain("plan-cartesian-product");
    }

    @Test
    void brokenCompressedLogIsOneLineErrorAndExitCode2(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("app-1.zstd");
        // zstd magic followed by garbage: detected as an event log, unreadable as one
        Files.write(bad, new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        CliRunner r = CliRunner.run("analyze", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("app-1.zstd").contains("cannot read");
        assertThat(r.out().lines().filter(l -> l.contains("cannot read")).toList()).hasSize(1);
    }

    @Test
    void plainLogWithABrokenLineLosesOnlyThatLine(@TempDir Path tmp) throws Exception {
        FixtureState fixture = SparkFixture.shared(SparkLine.SPARK_3_5);
        List<String> lines = Files.readAllLines(log(fixture, "plain"));
        // damage one task event in the middle; the application and the rest of its executions stay
        int victim = -1;
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"Event\":\"SparkListenerTaskStart\"")) {
                victim = i;
                break;
            }
        }
        lines.set(victim, lines.get(victim).substring(0, 40));
        Path copy = tmp.resolve("local-123");
        Files.write(copy, lines);
        CliRunner r = CliRunner.run("analyze", "--format", "json", copy.toString());
        JsonNode inputs = new ObjectMapper().readTree(r.out()).path("inputs");
        assertThat(inputs.toString()).contains("line " + (victim + 1) + ": skipped, not a JSON event");
        assertThat(inputs.findValuesAsText("ruleId")).contains("plan-cartesian-product", "plan-small-files");
    }
}
