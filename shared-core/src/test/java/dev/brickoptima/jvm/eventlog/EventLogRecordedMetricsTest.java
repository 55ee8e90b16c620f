package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.brickoptima.core.eventlog.EventLogReplay;
import dev.brickoptima.core.eventlog.ReplayedExecution;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.jvm.spark.SparkRestJson;

/**
 * The recorded logs (resources/eventlogs/SOURCE.md) replay to what the live REST API answered at the same moment, not
 * only to the same findings: each execution's status, description, final plan text, graph nodes with every metric
 * string, and its stage attempts with totals and task quantiles. The same comparison as EventLogRestEquivalenceTest,
 * which needs the live application, on the recorded answers (so it runs without Spark, and under PIT).
 */
class EventLogRecordedMetricsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3.5.6", "4.2.0"})
    void recordedLogReplaysToTheRecordedRestAnswers(String version) throws Exception {
        List<SqlExecution> rest = SparkRestJson.executions(EventLogRecordedTest.json(version, "sql_details.json"));
        List<StageSummary> stages = SparkRestJson.stages(EventLogRecordedTest.json(version, "stages_summaries.json"));
        Map<Long, List<Integer>> jobs = SparkRestJson.executionJobIds(EventLogRecordedTest.json(version, "sql_details.json"));
        Map<Integer, List<Integer>> jobStages = SparkRestJson.jobStageIds(EventLogRecordedTest.json(version, "jobs.json"));

        Map<Long, ReplayedExecution> replayed = new LinkedHashMap<>();
        EventLogReplay replay = new EventLogReplay(e -> replayed.put(e.execution().id(), e));
        EventLogReader.Result read = new EventLogReader().read(LocalEventLogs.of(EventLogRecordedTest.log(version)), replay::accept);
        replay.finish();
        assertThat(read.problems()).isEmpty();
        assertThat(replay.application().sparkVersion()).isEqualTo(version);
        assertThat(replay.executionsEmitted()).isEqualTo(replayed.size());

        assertThat(rest).as("recorded executions").hasSizeGreaterThanOrEqualTo(10);
        assertThat(replayed.keySet()).containsAll(rest.stream().map(SqlExecution::id).toList());
        for (SqlExecution expected : rest) {
            long id = expected.id();
            Set<Integer> own = new TreeSet<>();
            for (int j : jobs.get(id)) own.addAll(jobStages.get(j));
            List<StageSummary> ownStages = stages.stream().filter(s -> own.contains(s.stageId())).toList();
            ReplayedExecution got = replayed.get(id);
            SqlExecution e = got.execution();
            assertThat(e.status()).as("status of %s", id).isEqualTo(expected.status());
            assertThat(e.description()).isEqualTo(expected.description());
            assertThat(e.planDescription()).as("final plan of %s", id).isEqualTo(expected.planDescription());
            assertThat(e.durationMs()).as("duration of %s", id).isEqualTo(expected.durationMs());
            assertThat(e.edges()).as("edges of %s", id).containsExactlyInAnyOrderElementsOf(expected.edges());
            EventLogRestEquivalenceTest.assertSameNodes(id, e.nodes(), expected.nodes(), ownStages);
            assertThat(EventLogRestEquivalenceTest.summaries(got.stages())).as("stages of execution %s", id)
                .isEqualTo(EventLogRestEquivalenceTest.summaries(ownStages));
        }
    }
}
