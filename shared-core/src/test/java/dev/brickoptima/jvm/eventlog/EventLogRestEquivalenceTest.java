package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            assertSameNodes(id, e.nodes(), expected.nodes(), rest.stages().get(id));
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
     * Same graph nodes with the same metric strings. Allowed differences: a metric no task changed is not in the log
     * (tasks record changed accumulators only), while the live application lists it as zero; between tasks tied on a
     * maximum, another may be named (see {@link #sameExceptTiedMaxHolder}).
     */
    static void assertSameNodes(long id, List<SqlExecutionNode> got, List<SqlExecutionNode> expected, List<StageSummary> stages) {
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
                } else if (!sameExceptTiedMaxHolder(v, m.value(), stages)) {
                    assertThat(v).as("%s of %s (execution %s)", m.name(), x.nodeName(), id).isEqualTo(m.value());
                }
            }
            for (SqlMetric m : g.metrics()) {
                assertThat(x.metric(m.name())).as("%s of %s (%s) is in the log only", m.name(), x.nodeName(), id).isNotNull();
            }
        }
    }

    /**
     * The same numbers, where only the task named as holding the maximum differs and that maximum is shared: it is 0
     * (tasks that set a metric to 0 do not always log it), every task has it (min = max), or the median is the maximum
     * in a stage of three or more tasks (Spark's median is the value at index n/2 of the sorted values, so at least two
     * tasks hold the maximum). Spark names the first task that reached the maximum; a live application may see a task's
     * value first in an executor heartbeat, which the event log does not keep, so between tied tasks the log may name
     * another one.
     */
    static boolean sameExceptTiedMaxHolder(String got, String expected, List<StageSummary> stages) {
        Matcher g = MAX_HOLDER.matcher(got);
        Matcher x = MAX_HOLDER.matcher(expected);
        if (got.equals(expected) || !g.matches() || !x.matches()) return false;
        for (int i = 1; i <= 6; i++) if (!g.group(i).equals(x.group(i))) return false;
        String min = x.group(2);
        String median = x.group(3);
        String max = x.group(4);
        int stageId = Integer.parseInt(x.group(5));
        int tasks = stages.stream().filter(s -> s.stageId() == stageId).mapToInt(StageSummary::numTasks).max().orElse(0);
        return min.equals(max) || max.matches("0(\\.0)? (ms|B)") || (median.equals(max) && tasks >= 3);
    }

    /** "total (min, med, max (stage S.A: task T))": groups total, min, median, max, stage id, attempt, task. */
    private static final Pattern MAX_HOLDER =
        Pattern.compile("(?s)(.*)\\((.+), (.+), (.+) \\(stage (\\d+)\\.(\\d+): task (\\d+)\\)\\)$");

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
