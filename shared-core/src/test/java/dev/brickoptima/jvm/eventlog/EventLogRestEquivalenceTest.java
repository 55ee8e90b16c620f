package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.jvm.spark.SparkRestClient;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/**
 * The done-when of event log support: for the fixture application on Spark 3.5 and 4.x, the event log in every format
 * Spark writes (plain, lz4, zstd, snappy, rolling, rolling zstd; all in progress, as the application still runs) gives
 * the same executions, node metrics, stages and findings as the live REST API for the same executions.
 */
class EventLogRestEquivalenceTest {

    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.builder().build());
    private static final Map<SparkLine, Rest> REST = new EnumMap<>(SparkLine.class);

    /** What the live REST API says about each fixture execution, and the findings of the REST path. */
    record Rest(FixtureState fixture, Map<Long, SqlExecution> executions, Map<Long, List<StageSummary>> stages,
                Map<Long, List<Finding>> findings) {
    }

    static synchronized Rest rest(SparkLine line) {
        return REST.computeIfAbsent(line, l -> {
            FixtureState fixture = SparkFixture.shared(l);
            SparkRestClient client = SparkRestClient.builder(fixture.url()).environment(n -> null)
                .readTimeout(Duration.ofSeconds(60)).build();
            List<StageSummary> all = client.stages(fixture.appId());
            Map<Long, Set<Integer>> stageIds = client.stageIdsByExecution(fixture.appId());
            Map<Long, SqlExecution> executions = new LinkedHashMap<>();
            Map<Long, List<StageSummary>> stages = new LinkedHashMap<>();
            Map<Long, List<Finding>> findings = new LinkedHashMap<>();
            for (long id : fixture.executions().values()) {
                SqlExecution e = client.execution(fixture.appId(), id);
                List<StageSummary> own = all.stream().filter(s -> stageIds.get(id).contains(s.stageId())).toList();
                PlanAnalysis a = ANALYZER.analyzeExecution(e, own, true);
                assertThat(a.internalErrors()).isEmpty();
                executions.put(id, e);
                stages.put(id, own);
                findings.put(id, a.findings());
            }
            return new Rest(fixture, executions, stages, findings);
        });
    }

    static Stream<Arguments> logs() {
        List<Arguments> out = new ArrayList<>();
        for (SparkLine line : SparkLine.values()) {
            for (String format : List.of("plain", "lz4", "zstd", "snappy", "rolling", "rolling-zstd")) {
                out.add(Arguments.of(line, format));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "Spark {0}, {1} event log")
    @MethodSource("logs")
    void eventLogGivesTheRestFindings(SparkLine line, String format) {
        Rest rest = rest(line);
        EventLogSource log = FixtureEventLogs.source(rest.fixture(), format);
        assertThat(log.inProgress()).as("the running application's log is in progress").isTrue();

        Map<Long, AnalyzedExecution> replayed = new LinkedHashMap<>();
        EventLogAnalysis.Summary summary = new EventLogAnalysis(new ExecutionAnalyzer(ANALYZER))
            .analyze(log, a -> replayed.put(a.replayed().execution().id(), a));

        assertThat(summary.read().problems()).as("lines skipped").isEmpty();
        assertThat(summary.application().appId()).isEqualTo(rest.fixture().appId());
        assertThat(summary.application().sparkVersion()).startsWith(line.versionPrefix());
        rest.executions().forEach((id, expected) -> {
            AnalyzedExecution got = replayed.get(id);
            assertThat(got).as("execution %s in the %s log", id, format).isNotNull();
            SqlExecution e = got.replayed().execution();
            assertThat(e.status()).isEqualTo(expected.status());
            assertThat(e.description()).isEqualTo(expected.description());
            assertThat(e.planDescription()).as("final plan of %s", id).isEqualTo(expected.planDescription());
            assertSameNodes(id, e.nodes(), expected.nodes());
            assertThat(summaries(got.replayed().stages())).as("stages of execution %s", id)
                .isEqualTo(summaries(rest.stages().get(id)));
            assertThat(got.analysis().internalErrors()).isEmpty();
            assertThat(got.findings()).as("findings of execution %s (%s)", id, e.description())
                .isEqualTo(rest.findings().get(id));
        });
        // the runtime rules really fired, so the equality above is about something
        Map<String, String> expectedRules = Map.of("skew", "plan-skew", "spill", "plan-spill", "small-files",
            "plan-small-files", "cartesian", "plan-cartesian-product");
        expectedRules.forEach((query, rule) -> assertThat(replayed.get(rest.fixture().execution(query)).findings())
            .as("%s on %s", rule, query).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule)));
    }

    /**
     * Same graph nodes with the same metric strings. The one allowed difference: a metric no task changed is not in the
     * log (tasks record changed accumulators only), while the live application lists it as zero.
     */
    static void assertSameNodes(long id, List<SqlExecutionNode> got, List<SqlExecutionNode> expected) {
        assertThat(got).extracting(SqlExecutionNode::nodeId, SqlExecutionNode::nodeName, SqlExecutionNode::wholeStageCodegenId)
            .as("graph of execution %s", id)
            .isEqualTo(expected.stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.nodeId(), n.nodeName(),
                n.wholeStageCodegenId())).toList());
        for (int i = 0; i < got.size(); i++) {
            SqlExecutionNode g = got.get(i);
            SqlExecutionNode x = expected.get(i);
            for (SqlMetric m : x.metrics()) {
                String v = g.metric(m.name());
                if (v == null) {
                    assertThat(m.value()).as("%s of %s (%s) is missing from the log, so it must be zero", m.name(),
                        x.nodeName(), id).isIn("0", "0.0 B", "0 ms");
                } else if (!sameExceptZeroMaxHolder(v, m.value())) {
                    assertThat(v).as("%s of %s (execution %s)", m.name(), x.nodeName(), id).isEqualTo(m.value());
                }
            }
            for (SqlMetric m : g.metrics()) {
                assertThat(x.metric(m.name())).as("%s of %s (%s) is in the log only", m.name(), x.nodeName(), id).isNotNull();
            }
        }
    }

    /**
     * The same numbers, where the maximum is 0 and only the task named as holding it differs: tasks that set a metric to
     * 0 do not always log it, so a shared maximum of 0 can be attributed to another task of the stage.
     */
    static boolean sameExceptZeroMaxHolder(String got, String expected) {
        String holder = "\\(stage \\d+\\.\\d+: task \\d+\\)\\)$";
        String g = got.replaceAll(holder, "");
        return !got.equals(expected) && g.equals(expected.replaceAll(holder, "")) && g.matches("(?s).*, 0(\\.0)? (ms|B) $");
    }

    /** A stage summary as comparable text (StageSummary has no equals). */
    static List<String> summaries(List<StageSummary> stages) {
        List<String> out = new ArrayList<>();
        for (StageSummary s : stages) {
            StringBuilder b = new StringBuilder();
            b.append(s.stageId()).append('.').append(s.attemptId()).append(' ').append(s.status()).append(" tasks=")
                .append(s.numTasks()).append(" run=").append(s.executorRunTimeMs()).append(" spill=")
                .append(s.memoryBytesSpilled()).append('/').append(s.diskBytesSpilled()).append(" in=").append(s.inputBytes())
                .append('/').append(s.inputRecords()).append(" shuffleRead=").append(s.shuffleReadBytes()).append('/')
                .append(s.shuffleReadRecords()).append(" shuffleWrite=").append(s.shuffleWriteBytes());
            for (String m : List.of(StageSummary.DURATION, StageSummary.EXECUTOR_RUN_TIME, StageSummary.SHUFFLE_READ_RECORDS,
                StageSummary.SHUFFLE_READ_BYTES, StageSummary.INPUT_BYTES, StageSummary.INPUT_RECORDS,
                StageSummary.MEMORY_SPILLED, StageSummary.DISK_SPILLED, StageSummary.SHUFFLE_WRITE_BYTES,
                StageSummary.SHUFFLE_WRITE_RECORDS)) {
                double[] v = s.distributions().get(m);
                b.append(' ').append(m).append('=').append(v == null ? "-" : java.util.Arrays.toString(v));
            }
            out.add(b.toString());
        }
        return out;
    }
}
