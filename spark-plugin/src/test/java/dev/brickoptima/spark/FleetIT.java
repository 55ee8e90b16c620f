package dev.brickoptima.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/**
 * {@code spark-submit --master local[2] brickoptima-spark.jar fleet} (Spark's real SparkSubmit on Java 17, on Spark 3.5
 * and on Spark 4.x: the jar is compiled against 3.5) over event logs the fixture applications wrote: Spark 3.5 plain
 * and zstd, Spark 4 rolling and lz4, plus a file that is not a log, with a configuration file. It writes the findings
 * table (Parquet and JSON) with costs, the per-log table and the ranked summaries.
 */
class FleetIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "on Spark {0}")
    @EnumSource(SparkLine.class)
    void fleetJobOnLocal2WritesFindingsTableAndRankedSummary(SparkLine runtime, @TempDir Path tmp) throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        FixtureState s35 = SparkFixture.shared(SparkLine.SPARK_3_5);
        FixtureState s4 = SparkFixture.shared(SparkLine.SPARK_4);
        copy(log(s35, "plain"), logs.resolve("spark35/plain"));
        copy(log(s35, "zstd"), logs.resolve("spark35/zstd"));
        copy(log(s4, "rolling"), logs.resolve("spark4/rolling"));
        copy(log(s4, "lz4"), logs.resolve("spark4/lz4"));
        Files.writeString(logs.resolve("not-a-log.txt"), "hello\n");
        Path out = tmp.resolve("out");
        // the fleet's configuration: one rule off, one severity raised
        Path config = Files.writeString(tmp.resolve("fleet.yml"),
            "rules:\n  disable: [plan-cartesian-product]\n  severity:\n    plan-spill: error\n");

        List<String> command = SparkFixture.javaCommand(runtime, List.of("-Xmx1g"), List.of());
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
            "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.sql.shuffle.partitions=2",
            ListenerIT.JAR.toAbsolutePath().toString(), "fleet", "--logs", logs.toUri().toString(), "--out", out.toUri().toString(),
            "--config", config.toUri().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("fleet.log").toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("fleet job finished").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(tmp.resolve("fleet.log"));
        assertThat(p.exitValue()).as(output).isZero();

        assertThat(files(out.resolve("findings"), ".parquet")).isNotEmpty();
        List<JsonNode> findings = rows(out.resolve("findings-json"));
        assertThat(findings).extracting(f -> f.path("appId").asText()).contains(s35.appId(), s4.appId());
        assertThat(findings).extracting(f -> f.path("ruleId").asText()).contains("plan-skew", "plan-spill", "plan-small-files")
            .doesNotContain("plan-cartesian-product");
        assertThat(findings).filteredOn(f -> f.path("ruleId").asText().equals("plan-spill"))
            .allSatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("error"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.path("operatorId").asText()).isNotBlank();
            assertThat(f.path("taskTimeMs").asLong()).isNotNegative();
            assertThat(f.path("logPath").asText()).contains("/logs/");
        });
        JsonNode skew = findings.stream().filter(f -> f.path("ruleId").asText().equals("plan-skew")
            && f.path("appId").asText().equals(s35.appId())).findFirst().orElseThrow();
        assertThat(skew.path("executionId").asLong()).isEqualTo(s35.execution("skew"));
        assertThat(skew.path("description").asText()).isEqualTo(s35.description("skew"));
        assertThat(skew.path("taskTimeMs").asLong()).as("skew costs its stage's task time").isPositive();

        List<JsonNode> logRows = rows(out.resolve("logs"));
        assertThat(logRows).hasSize(5);
        assertThat(logRows).filteredOn(r -> r.path("logPath").asText().endsWith("not-a-log.txt"))
            .singleElement().satisfies(r -> assertThat(r.path("error").asText()).contains("not a Spark event log"));
        assertThat(logRows).filteredOn(r -> !r.has("error") || r.path("error").isNull())
            .allSatisfy(r -> assertThat(r.path("executions").asInt()).isGreaterThanOrEqualTo(s35.executions().size()));

        List<JsonNode> apps = rows(out.resolve("summary/applications"));
        List<JsonNode> rules = rows(out.resolve("summary/rules"));
        assertThat(apps).extracting(a -> a.path("appId").asText()).contains(s35.appId(), s4.appId());
        assertThat(apps).extracting(a -> a.path("taskTimeMs").asLong()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rules).extracting(r -> r.path("taskTimeMs").asLong()).isSortedAccordingTo(Comparator.reverseOrder());
        long skewRows = findings.stream().filter(f -> f.path("ruleId").asText().equals("plan-skew")).count();
        assertThat(rules).filteredOn(r -> r.path("ruleId").asText().equals("plan-skew")).singleElement()
            .satisfies(r -> assertThat(r.path("findings").asLong()).isEqualTo(skewRows));
        String summary = Files.readString(out.resolve("summary.md"));
        assertThat(summary).contains("5 event logs").contains("1 logs unreadable").contains("| plan-skew |")
            .contains(s35.appId()).contains(s4.appId());
        assertThat(output).contains("# BrickOptima fleet summary").contains("Running Spark version " + runtime.versionPrefix());
    }

    private static Path log(FixtureState s, String format) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(s.eventLogDirs().get(format)))) {
            return files.filter(p -> p.getFileName().toString().contains(s.appId())).findFirst().orElseThrow();
        }
    }

    /** Copies a log file or rolling directory (the application keeps writing the original). */
    private static void copy(Path from, Path toDir) throws IOException {
        Files.createDirectories(toDir);
        Path target = toDir.resolve(from.getFileName());
        if (Files.isDirectory(from)) {
            Files.createDirectories(target);
            try (Stream<Path> s = Files.list(from)) {
                for (Path f : s.toList()) Files.copy(f, target.resolve(f.getFileName()));
            }
        } else {
            Files.copy(from, target);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static List<JsonNode> rows(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files(dir, ".json")) {
            for (String l : Files.readAllLines(f)) if (!l.isBlank()) out.add(JSON.readTree(l));
        }
        return out;
    }
}
