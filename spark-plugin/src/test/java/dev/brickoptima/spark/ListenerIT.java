package dev.brickoptima.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.eventlog.RecordedFinding;
import dev.brickoptima.core.eventlog.SparkEvent;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.jvm.eventlog.EventLogAnalysis;
import dev.brickoptima.jvm.eventlog.LocalEventLogs;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/**
 * The real brickoptima-spark.jar as a plugin in the real fixture applications of the test run, on Spark 3.5 and 4.x
 * (the shared applications run it: scripts/spark-fixture, or SparkFixture.shared with the jar this module built):
 * findings appear in the application's log (one line each), in its JSON lines file and, as the plugin's own event, in
 * its event log; they equal what the offline analysis of that event log finds. A second application with an unusable
 * configuration and output path still runs its query and keeps running.
 */
class ListenerIT {
    static final Path JAR = Path.of(System.getProperty("brickoptima.spark.jar", "target/brickoptima-spark.jar"));

    @ParameterizedTest
    @EnumSource(SparkLine.class)
    void pluginReportsFindingsInLogJsonLinesAndEventLog(SparkLine line) throws Exception {
        FixtureState s = SparkFixture.shared(line);
        assertThat(s.conf()).as("the shared Spark %s application runs the plugin (scripts/spark-fixture start builds and adds"
            + " it when spark-plugin builds)", line.versionPrefix())
            .containsEntry("spark.plugins", BrickOptimaPlugin.class.getName()).containsKey(BrickOptimaListener.OUTPUT);
        Path jsonl = Path.of(s.conf().get(BrickOptimaListener.OUTPUT));
        assertThat(s.sparkVersion()).startsWith(line.versionPrefix());
        long skew = s.execution("skew");
        long spill = s.execution("spill");
        long smallFiles = s.execution("small-files");
        List<JsonNode> lines = awaitLines(jsonl, List.of(skew, spill, smallFiles));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.path("appId").asText()).isEqualTo(s.appId());
            assertThat(l.path("operatorId").asText()).isNotBlank();
            assertThat(l.path("taskTimeMs").asLong()).isNotNegative();
        });
        assertThat(rules(lines, skew)).contains("plan-skew");
        assertThat(rules(lines, spill)).contains("plan-spill");
        assertThat(rules(lines, smallFiles)).contains("plan-small-files");
        assertThat(lines).filteredOn(l -> l.path("executionId").asLong() == skew)
            .allSatisfy(l -> assertThat(l.path("description").asText()).isEqualTo(s.description("skew")));

        // one log line per finding, written by the plugin's own thread (the fixture's log pattern names the thread):
        // the analysis ran off Spark's listener bus
        Path log = SparkFixture.sharedLog(line);
        List<String> logLines = Files.readAllLines(log).stream().filter(l -> l.contains("BrickOptima ")
            && !l.contains("BrickOptima:") && !l.contains("BrickOptima stats")).toList();
        for (JsonNode l : lines) {
            String id = "execution " + l.path("executionId").asLong() + " ";
            assertThat(logLines).as("log line for %s", l).anySatisfy(x -> assertThat(x).contains(
                l.path("ruleId").asText(), id, "operator " + l.path("operatorId").asText(), l.path("message").asText()));
        }
        assertThat(logLines).hasSize(lines.size())
            .allSatisfy(x -> assertThat(x).contains("[brickoptima-analysis] BrickOptimaListener: BrickOptima "));

        // the plugin's event is in the event log; offline analysis of that log finds the same
        Path eventLog = onlyFile(Path.of(s.eventLogDir()));
        awaitContains(eventLog, "\"Event\":\"dev.brickoptima.spark.FindingsEvent\"");
        Map<Long, List<String>> offline = new HashMap<>();
        Map<Long, List<String>> recorded = new HashMap<>();
        EventLogAnalysis.Summary summary = new EventLogAnalysis(new ExecutionAnalyzer(new PlanAnalyzer(AnalyzerConfig.builder().build())))
            .analyze(LocalEventLogs.of(eventLog), (AnalyzedExecution a) -> offline.put(a.replayed().execution().id(),
                a.findings().stream().map(f -> f.ruleId() + "@" + f.location().operatorId() + ": " + f.message()).toList()));
        for (SparkEvent.RecordedFindings r : summary.recordedFindings()) {
            recorded.put(r.executionId(), r.findings().stream().map(ListenerIT::key).toList());
        }
        for (long id : List.of(skew, spill, smallFiles)) {
            assertThat(recorded.get(id)).as("recorded findings of execution %s", id).isEqualTo(offline.get(id));
            List<String> fromJson = lines.stream().filter(l -> l.path("executionId").asLong() == id)
                .map(l -> l.path("ruleId").asText() + "@" + l.path("operatorId").asText() + ": " + l.path("message").asText())
                .toList();
            assertThat(fromJson).as("JSON lines of execution %s", id).isEqualTo(offline.get(id));
        }
    }

    /** One private application (Spark 4, the line the jar is not compiled against), one query. */
    @Test
    void brokenSettingsNeverFailTheApplication(@TempDir Path tmp) throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        try (SparkFixture app = SparkFixture.launcher(SparkLine.SPARK_4).lifetime(300).only("skew").classpath(JAR)
            .conf("spark.extraListeners", BrickOptimaListener.class.getName())
            .conf(BrickOptimaListener.CONFIG, tmp.resolve("missing.yml").toString())
            .conf(BrickOptimaListener.OUTPUT, notADirectory.resolve("findings.jsonl").toString()).start()) {
            assertThat(app.state().executions()).containsKey("skew"); // the query ran and completed
            Path log = SparkFixture.logFile(app.process().orElseThrow().pid());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(log).contains("BrickOptima warning plan-skew") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            String text = Files.readString(log);
            assertThat(text).contains("BrickOptima: cannot use").contains("BrickOptima warning plan-skew")
                .contains("BrickOptima: internal error while analysing execution");
            assertThat(app.process().orElseThrow().isAlive()).isTrue();
        }
    }

    private static String key(RecordedFinding f) {
        return f.ruleId() + "@" + f.operatorId() + ": " + f.message();
    }

    private static List<String> rules(List<JsonNode> lines, long execution) {
        return lines.stream().filter(l -> l.path("executionId").asLong() == execution).map(l -> l.path("ruleId").asText()).toList();
    }

    /** The JSON lines, once every given execution has some (the analysis runs behind the application). */
    private static List<JsonNode> awaitLines(Path jsonl, List<Long> executions) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            List<JsonNode> lines = new ArrayList<>();
            if (Files.exists(jsonl)) for (String l : Files.readAllLines(jsonl)) lines.add(json.readTree(l));
            Map<Long, Integer> seen = new LinkedHashMap<>();
            for (JsonNode l : lines) seen.merge(l.path("executionId").asLong(), 1, Integer::sum);
            if (seen.keySet().containsAll(executions)) return lines;
            if (System.nanoTime() > deadline) throw new AssertionError("findings of " + executions + " not in " + jsonl + ": " + seen);
            Thread.sleep(200);
        }
    }

    private static void awaitContains(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.readString(file).contains(text)) {
            if (System.nanoTime() > deadline) throw new AssertionError(file + " never contained " + text);
            Thread.sleep(200);
        }
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }
}
