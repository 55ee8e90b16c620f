package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.jvm.spark.SparkRestJson;

/**
 * Recorded real logs (see resources/eventlogs/SOURCE.md), no Spark running: the zstd event logs of Spark 3.5.6 and
 * 4.2.0 replay to the same findings as the REST answers recorded with them, and cut-off logs are read up to the cut.
 */
class EventLogRecordedTest {
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.builder().build());

    static Path dir(String version) throws URISyntaxException {
        return Path.of(EventLogRecordedTest.class.getResource("/eventlogs/spark-" + version).toURI());
    }

    static Path log(String version) throws Exception {
        try (Stream<Path> s = Files.list(dir(version))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".inprogress")).findFirst().orElseThrow();
        }
    }

    static JsonNode json(String version, String name) throws Exception {
        try (InputStream in = Files.newInputStream(dir(version).resolve(name))) {
            return SparkRestJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5.6", "4.2.0"})
    void recordedLogGivesTheRecordedRestFindings(String version) throws Exception {
        List<SqlExecution> rest = SparkRestJson.executions(json(version, "sql_details.json"));
        List<StageSummary> stages = SparkRestJson.stages(json(version, "stages_summaries.json"));
        Map<Long, List<Integer>> jobs = SparkRestJson.executionJobIds(json(version, "sql_details.json"));
        Map<Integer, List<Integer>> jobStages = SparkRestJson.jobStageIds(json(version, "jobs.json"));
        Map<Long, List<Finding>> expected = new LinkedHashMap<>();
        for (SqlExecution e : rest) {
            Set<Integer> own = new TreeSet<>();
            for (int j : jobs.get(e.id())) own.addAll(jobStages.get(j));
            expected.put(e.id(), ANALYZER.analyzeExecution(e, stages.stream().filter(s -> own.contains(s.stageId())).toList(), true)
                .findings());
        }
        Map<Long, AnalyzedExecution> got = new LinkedHashMap<>();
        EventLogAnalysis.Summary summary = new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER))
            .analyze(LocalEventLogs.of(log(version)), a -> got.put(a.replayed().execution().id(), a));
        assertThat(summary.application().sparkVersion()).isEqualTo(version);
        assertThat(summary.read().problems()).isEmpty();
        assertThat(got.keySet()).containsAll(expected.keySet());
        expected.forEach((id, findings) -> {
            assertThat(got.get(id).findings()).as("execution %s", id).isEqualTo(findings);
            assertThat(findings).as("the plan of execution %s parses", id).noneMatch(f -> f.ruleId().equals("parse-error"));
        });
        assertThat(got.values().stream().flatMap(a -> a.findings().stream()).map(Finding::ruleId))
            .contains("plan-skew", "plan-spill", "plan-small-files", "plan-cartesian-product", "plan-exploding-join");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5.6", "4.2.0"})
    void cutOffCompressedLogIsReadUpToTheCut(String version, @TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(log(version));
        Path cut = tmp.resolve("local-1.zstd.inprogress");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        List<Long> executions = new ArrayList<>();
        EventLogAnalysis.Summary s = new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER))
            .analyze(LocalEventLogs.of(cut), a -> executions.add(a.replayed().execution().id()));
        assertThat(s.read().problems()).isEmpty();
        List<Long> all = new ArrayList<>();
        new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER)).analyze(LocalEventLogs.of(log(version)),
            a -> all.add(a.replayed().execution().id()));
        // the executions the first half holds: those that ended, and the one running at the cut
        assertThat(executions).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(all).startsWith(executions.toArray(Long[]::new));
        assertThat(s.executions()).isEqualTo(executions.size());

        // the same bytes under a finished log's name read the same (the decoder stops at the last whole block)
        Path finished = tmp.resolve("local-1.zstd");
        Files.copy(cut, finished);
        List<Long> again = new ArrayList<>();
        new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER))
            .analyze(LocalEventLogs.of(finished), a -> again.add(a.replayed().execution().id()));
        assertThat(again).isEqualTo(executions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5.6"})
    void plainLogSplitIntoRollingFilesReadsAsOne(String version, @TempDir Path tmp) throws Exception {
        // a real log decompressed and rolled over at line boundaries the way Spark rolls (events_<n>_<app>)
        List<String> lines = new ArrayList<>();
        try (InputStream in = EventLogCodec.ZSTD.decode(Files.newInputStream(log(version)))) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().forEach(lines::add);
        } catch (IOException cutOff) {
            throw new AssertionError(cutOff);
        }
        Path roll = Files.createDirectories(tmp.resolve("eventlog_v2_local-1"));
        int parts = 4;
        for (int p = 0; p < parts; p++) {
            List<String> chunk = lines.subList(p * lines.size() / parts, (p + 1) * lines.size() / parts);
            Files.write(roll.resolve("events_" + (p + 1) + "_local-1"), chunk);
        }
        Files.writeString(roll.resolve("appstatus_local-1"), "");
        assertThat(LocalEventLogs.isEventLog(roll)).isTrue();
        List<Long> fromRolling = new ArrayList<>();
        new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER)).analyze(LocalEventLogs.of(roll),
            a -> fromRolling.add(a.replayed().execution().id()));
        List<Long> fromFile = new ArrayList<>();
        new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER)).analyze(LocalEventLogs.of(log(version)),
            a -> fromFile.add(a.replayed().execution().id()));
        assertThat(fromRolling).isEqualTo(fromFile).isNotEmpty();
        assertThat(LocalEventLogs.of(roll).inProgress()).isFalse();
    }
}
