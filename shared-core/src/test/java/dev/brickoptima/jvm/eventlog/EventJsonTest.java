package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.eventlog.PlanInfo;
import dev.brickoptima.core.eventlog.PlanMetric;
import dev.brickoptima.core.eventlog.RecordedFinding;
import dev.brickoptima.core.eventlog.SparkEvent;
import dev.brickoptima.core.eventlog.StageInfo;
import dev.brickoptima.core.eventlog.TaskMetrics;

/**
 * One event log line to one event: the field names of Spark's JsonProtocol, lines written with "Event" not first (other
 * writers than Spark), missing, null and odd-typed fields.
 */
class EventJsonTest {
    private final EventJson json = new EventJson();

    private SparkEvent parse(String line) throws IOException {
        // surrounded by other bytes: the parser must read only line[off, off+len)
        byte[] b = ("xx" + line + "\nyy").getBytes(StandardCharsets.UTF_8);
        return json.parse(b, 2, line.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void applicationStartWithAndWithoutAttempt() throws IOException {
        assertThat(parse("{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"etl\",\"App ID\":\"app-1\","
            + "\"Timestamp\":1700000000000,\"User\":\"u\",\"App Attempt ID\":\"2\"}"))
            .isEqualTo(new SparkEvent.ApplicationStart("app-1", "2", "etl", 1700000000000L));
        assertThat(parse("{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"etl\",\"App ID\":\"local-1\","
            + "\"App Attempt ID\":null}"))
            .isEqualTo(new SparkEvent.ApplicationStart("local-1", null, "etl", -1));
    }

    @Test
    void eventFieldNotFirstIsStillRead() throws IOException {
        assertThat(parse("{\"Job ID\":3,\"Event\":\"SparkListenerJobEnd\",\"Job Result\":{\"Result\":\"JobSucceeded\"}}"))
            .isEqualTo(new SparkEvent.JobEnd(3, true));
        assertThat(parse("{\"Spark Version\":\"4.2.0\",\"Event\":\"SparkListenerLogStart\"}"))
            .isEqualTo(new SparkEvent.LogStart("4.2.0"));
        assertThat(parse("{\"Stage ID\":4,\"Task Info\":{\"Task ID\":17,\"Index\":2},\"Event\":\"SparkListenerTaskStart\"}"))
            .isEqualTo(new SparkEvent.TaskStart(4, 0, 17, 2));
        assertThat(parse("{\"Stage ID\":4,\"Stage Attempt ID\":1,\"Event\":\"SparkListenerTaskEnd\","
            + "\"Task Info\":{\"Task ID\":17,\"Index\":2,\"Launch Time\":10,\"Finish Time\":20}}"))
            .usingRecursiveComparison()
            .isEqualTo(new SparkEvent.TaskEnd(4, 1, 17, 2, true, false, 10, 20, null, new long[0], new long[0]));
    }

    @Test
    void linesThatAreNoEventAreErrorsAndOtherEventsAreSkipped() throws IOException {
        assertThatThrownBy(() -> parse("{\"Foo\":\"SparkListenerLogStart\"}")).isInstanceOf(IOException.class)
            .hasMessage("no \"Event\" field");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(IOException.class).hasMessage("not a JSON object");
        assertThatThrownBy(() -> parse("{}")).isInstanceOf(IOException.class).hasMessage("no \"Event\" field");
        assertThat(parse("{\"Executor ID\":\"1\",\"Event\":\"SparkListenerExecutorAdded\"}")).isNull();
        // an event type the replay does not use is not parsed further, so its body may be anything
        assertThat(parse("{\"Event\":\"SparkListenerExecutorAdded\",\"Executor Info\":{\"Host\":")).isNull();
        assertThat(parse("{\"Event\":\"org.apache.spark.sql.execution.ui.SparkListenerSomethingNew\",\"x\":1}")).isNull();
        assertThat(parse("{\"Event\":null,\"x\":1}")).isNull();
    }

    @Test
    void jobStartTakesStagesAndTheSqlExecutionId() throws IOException {
        assertThat(parse("{\"Event\":\"SparkListenerJobStart\",\"Job ID\":5,\"Stage Infos\":[{\"Stage ID\":7,"
            + "\"Stage Attempt ID\":0,\"Stage Name\":\"count\",\"Number of Tasks\":8}],"
            + "\"Properties\":{\"spark.sql.execution.id\":\" 12 \"}}"))
            .isEqualTo(new SparkEvent.JobStart(5, List.of(new StageInfo(7, 0, "count", 8, -1, -1, null)), 12));
        // older writers: stage ids only; a job property that is no number: not a SQL job
        assertThat(parse("{\"Event\":\"SparkListenerJobStart\",\"Job ID\":6,\"Stage IDs\":[1,2],"
            + "\"Properties\":{\"spark.sql.execution.id\":\"abc\"}}"))
            .isEqualTo(new SparkEvent.JobStart(6, List.of(new StageInfo(1, 0, "", 0, -1, -1, null),
                new StageInfo(2, 0, "", 0, -1, -1, null)), -1));
        assertThat(parse("{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":6,\"Job Result\":{\"Result\":\"JobFailed\"}}"))
            .isEqualTo(new SparkEvent.JobEnd(6, false));
    }

    @Test
    void stageEventsCarryTheirStageInfo() throws IOException {
        String info = "{\"Stage ID\":3,\"Stage Attempt ID\":1,\"Stage Name\":\"save\",\"Number of Tasks\":4,"
            + "\"Submission Time\":100,\"Completion Time\":200,\"Failure Reason\":\"boom\"}";
        StageInfo expected = new StageInfo(3, 1, "save", 4, 100, 200, "boom");
        assertThat(parse("{\"Event\":\"SparkListenerStageSubmitted\",\"Stage Info\":" + info + "}"))
            .isEqualTo(new SparkEvent.StageSubmitted(expected));
        assertThat(parse("{\"Event\":\"SparkListenerStageCompleted\",\"Stage Info\":" + info + "}"))
            .isEqualTo(new SparkEvent.StageCompleted(expected));
    }

    private static final String SQL = "org.apache.spark.sql.execution.ui.";

    @Test
    void sqlExecutionStartWithPlanTreeAndRootExecution() throws IOException {
        String plan = "{\"nodeName\":\"HashAggregate\",\"simpleString\":\"HashAggregate(keys=[])\",\"children\":["
            + "{\"nodeName\":\"Scan parquet\",\"simpleString\":\"FileScan parquet\",\"children\":[],"
            + "\"metrics\":[{\"name\":\"number of files read\",\"accumulatorId\":41,\"metricType\":\"sum\"}]}],"
            + "\"metrics\":[]}";
        SparkEvent e = parse("{\"Event\":\"" + SQL + "SparkListenerSQLExecutionStart\",\"executionId\":2,"
            + "\"rootExecutionId\":1,\"description\":\"count\",\"details\":\"\",\"physicalPlanDescription\":\"== Physical Plan ==\","
            + "\"sparkPlanInfo\":" + plan + ",\"time\":1234}");
        PlanInfo scan = new PlanInfo("Scan parquet", "FileScan parquet", List.of(),
            List.of(new PlanMetric("number of files read", 41, "sum")));
        PlanInfo root = new PlanInfo("HashAggregate", "HashAggregate(keys=[])", List.of(scan), List.of());
        assertThat(e).isEqualTo(new SparkEvent.SqlExecutionStart(2, 1, "count", "== Physical Plan ==", root, 1234));
        assertThat(((SparkEvent.SqlExecutionStart) e).planInfo().children().get(0).metrics())
            .containsExactly(new PlanMetric("number of files read", 41, "sum"));
        // Spark 3.3 and older write no root execution; a null one is none either
        SparkEvent older = parse("{\"Event\":\"" + SQL + "SparkListenerSQLExecutionStart\",\"executionId\":2,"
            + "\"rootExecutionId\":null,\"sparkPlanInfo\":null}");
        assertThat(older).isEqualTo(new SparkEvent.SqlExecutionStart(2, -1, "", "", null, -1));
    }

    @Test
    void adaptiveUpdatesMetricsAndDriverUpdates() throws IOException {
        assertThat(parse("{\"Event\":\"" + SQL + "SparkListenerSQLAdaptiveExecutionUpdate\",\"executionId\":4,"
            + "\"physicalPlanDescription\":\"AdaptiveSparkPlan\",\"sparkPlanInfo\":{\"nodeName\":\"AdaptiveSparkPlan\","
            + "\"simpleString\":\"AdaptiveSparkPlan isFinalPlan=true\",\"children\":[],\"metrics\":[]}}"))
            .isEqualTo(new SparkEvent.SqlPlanUpdate(4, "AdaptiveSparkPlan",
                new PlanInfo("AdaptiveSparkPlan", "AdaptiveSparkPlan isFinalPlan=true", List.of(), List.of())));
        assertThat(parse("{\"Event\":\"" + SQL + "SparkListenerSQLAdaptiveSQLMetricUpdates\",\"executionId\":4,"
            + "\"sqlPlanMetrics\":[{\"name\":\"shuffle bytes\",\"accumulatorId\":9,\"metricType\":\"size\"}]}"))
            .isEqualTo(new SparkEvent.SqlMetricsAdded(4, List.of(new PlanMetric("shuffle bytes", 9, "size"))));
        assertThat(parse("{\"Event\":\"" + SQL + "SparkListenerDriverAccumUpdates\",\"executionId\":4,"
            + "\"accumUpdates\":[[41,3],[42,700]]}"))
            .usingRecursiveComparison()
            .isEqualTo(new SparkEvent.DriverAccumUpdates(4, new long[] {41, 42}, new long[] {3, 700}));
    }

    @Test
    void executionEndTellsSuccessFailureAndOlderWriters() throws IOException {
        String end = "{\"Event\":\"" + SQL + "SparkListenerSQLExecutionEnd\",\"executionId\":2,\"time\":99";
        assertThat(parse(end + ",\"errorMessage\":\"\"}")).isEqualTo(new SparkEvent.SqlExecutionEnd(2, 99, ""));
        assertThat(parse(end + ",\"errorMessage\":\"Job aborted\"}"))
            .isEqualTo(new SparkEvent.SqlExecutionEnd(2, 99, "Job aborted"));
        assertThat(parse(end + ",\"errorMessage\":null}")).isEqualTo(new SparkEvent.SqlExecutionEnd(2, 99, null));
        assertThat(parse(end + "}")).isEqualTo(new SparkEvent.SqlExecutionEnd(2, 99, null));
    }

    @Test
    void recordedFindingsOfBrickOptimasListener() throws IOException {
        assertThat(parse("{\"Event\":\"" + EventJson.RECORDED_FINDINGS_EVENT + "\",\"executionId\":3,\"findings\":["
            + "{\"ruleId\":\"BO101\",\"severity\":\"WARNING\",\"operatorId\":\"7\",\"message\":\"cartesian\"},{}]}"))
            .isEqualTo(new SparkEvent.RecordedFindings(3, List.of(new RecordedFinding("BO101", "WARNING", "7", "cartesian"),
                new RecordedFinding("", "", "", ""))));
    }

    @Test
    void taskEndReadsReasonInfoAccumulablesAndMetrics() throws IOException {
        SparkEvent e = parse("{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":2,\"Stage Attempt ID\":0,\"Task Type\":\"ResultTask\","
            + "\"Task End Reason\":{\"Reason\":\"Resubmitted\",\"Extra\":{\"a\":1}},"
            + "\"Task Info\":{\"Task ID\":8,\"Index\":1,\"Launch Time\":1000,\"Finish Time\":1500,\"Failed\":false,\"Killed\":false,"
            + "\"Accumulables\":[{\"ID\":0,\"Name\":\"number of output rows\",\"Update\":5,\"Value\":5},"
            + "{\"ID\":3,\"Name\":\"internal.metrics.executorRunTime\",\"Update\":400},"
            + "{\"ID\":4,\"Name\":\"duration\",\"Update\":\"12\"},"
            + "{\"ID\":5,\"Name\":\"user\",\"Update\":\"1.5\"},"
            + "{\"ID\":6,\"Name\":\"list\",\"Update\":[1,2]},"
            + "{\"Name\":\"no id\",\"Update\":1}]},"
            + "\"Task Metrics\":{\"Executor Deserialize Time\":7,\"Executor Run Time\":400,\"Memory Bytes Spilled\":1,"
            + "\"Disk Bytes Spilled\":2,\"Input Metrics\":{\"Bytes Read\":300,\"Records Read\":30},"
            + "\"Shuffle Read Metrics\":{\"Remote Bytes Read\":10,\"Local Bytes Read\":5,\"Total Records Read\":3},"
            + "\"Shuffle Write Metrics\":{\"Shuffle Bytes Written\":50,\"Shuffle Records Written\":6},"
            + "\"Output Metrics\":{\"Bytes Written\":1}}}");
        assertThat(e).usingRecursiveComparison().isEqualTo(new SparkEvent.TaskEnd(2, 0, 8, 1, true, true, 1000, 1500,
            new TaskMetrics(7, 400, 1, 2, 300, 30, 15, 3, 50, 6), new long[] {0, 4}, new long[] {5, 12}));
    }

    @Test
    void taskEndOfAFailedOrKilledOrUnfinishedTask() throws IOException {
        String head = "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":2,\"Task End Reason\":{\"Reason\":\"ExceptionFailure\"},";
        assertThat(((SparkEvent.TaskEnd) parse(head + "\"Task Info\":{\"Finish Time\":5,\"Failed\":true}}")).successful())
            .isFalse();
        assertThat(((SparkEvent.TaskEnd) parse(head + "\"Task Info\":{\"Finish Time\":5,\"Killed\":true}}")).successful())
            .isFalse();
        assertThat(((SparkEvent.TaskEnd) parse(head + "\"Task Info\":{\"Finish Time\":0}}")).successful()).isFalse();
        SparkEvent.TaskEnd ok = (SparkEvent.TaskEnd) parse(head + "\"Task Info\":{\"Finish Time\":5}}");
        assertThat(ok.successful()).isTrue();
        assertThat(ok.resubmitted()).isFalse();
        // a reason that is a bare string (not Spark's form), a deserialize time of 0 and no metrics object
        SparkEvent odd = parse("{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":2,\"Task End Reason\":\"Resubmitted\","
            + "\"Task Info\":null,\"Task Metrics\":{\"Executor Deserialize Time\":0,\"Input Metrics\":null}}");
        assertThat(odd).usingRecursiveComparison().isEqualTo(new SparkEvent.TaskEnd(2, 0, -1, -1, false, false, -1, 0,
            new TaskMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), new long[0], new long[0]));
        SparkEvent noMetrics = parse("{\"Event\":\"SparkListenerTaskEnd\",\"Task Metrics\":null}");
        assertThat(((SparkEvent.TaskEnd) noMetrics).metrics()).isNull();
        SparkEvent negative = parse("{\"Event\":\"SparkListenerTaskEnd\",\"Task Metrics\":{\"Executor Deserialize Time\":-3}}");
        assertThat(((SparkEvent.TaskEnd) negative).metrics().executorDeserializeTime()).isZero();
        SparkEvent one = parse("{\"Event\":\"SparkListenerTaskEnd\",\"Task Metrics\":{\"Executor Deserialize Time\":1}}");
        assertThat(((SparkEvent.TaskEnd) one).metrics().executorDeserializeTime()).isEqualTo(1);
    }

    @Test
    void manyAccumulablesAreAllKept() throws IOException {
        StringBuilder acc = new StringBuilder();
        long[] ids = new long[40];
        long[] updates = new long[40];
        for (int i = 0; i < 40; i++) {
            if (i > 0) acc.append(',');
            acc.append("{\"ID\":").append(100 + i).append(",\"Name\":\"m\",\"Update\":").append(i).append('}');
            ids[i] = 100 + i;
            updates[i] = i;
        }
        SparkEvent.TaskEnd e = (SparkEvent.TaskEnd) parse("{\"Event\":\"SparkListenerTaskEnd\",\"Task Info\":{\"Accumulables\":["
            + acc + "]}}");
        assertThat(e.accumulatorIds()).containsExactly(ids);
        assertThat(e.accumulatorUpdates()).containsExactly(updates);
    }
}
