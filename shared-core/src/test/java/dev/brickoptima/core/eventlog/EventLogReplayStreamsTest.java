package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.plan.StageSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EventLogReplay} on small synthetic event streams, each value worked out by Spark's listener rules: a stage
 * retried after a fetch failure (the new attempt's metrics replace the old one's, both attempts listed newest first,
 * a failed task in the totals but not in the quantiles except duration), a stage skipped by its job, driver metric
 * updates (a driver value above every task's is "(driver)"), Spark 4's metric types shared by an execution's stages
 * (metrics AQE adds later still count), an execution still running when the log ends, failed executions, and events
 * of finished executions and of jobs outside SQL, which change nothing.
 */
class EventLogReplayStreamsTest {
    private static final TaskMetrics NONE = new TaskMetrics(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private final List<ReplayedExecution> out = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final EventLogReplay replay = new EventLogReplay(new ReplaySink() {
        @Override
        public void execution(ReplayedExecution execution) {
            out.add(execution);
        }

        @Override
        public void recordedFindings(ApplicationInfo application, SparkEvent.RecordedFindings f) {
            findings.add(application.appId() + " " + f.executionId() + " " + f.findings().get(0).ruleId());
        }
    });

    private static PlanInfo node(String name, List<PlanMetric> metrics, PlanInfo... children) {
        return new PlanInfo(name, name, List.of(children), metrics);
    }

    private static StageInfo stage(int id, int attempt, int tasks, long submitted, long completed, String failure) {
        return new StageInfo(id, attempt, "stage " + id, tasks, submitted, completed, failure);
    }

    private static TaskMetrics metrics(long run, long spill, long input, long shuffleRead, long shuffleWrite) {
        return new TaskMetrics(1, run, spill, spill / 2, input, input / 10, shuffleRead, shuffleRead / 100, shuffleWrite,
            shuffleWrite / 100);
    }

    private void taskEnd(int stage, int attempt, long task, int index, boolean ok, long launch, long finish, TaskMetrics m,
                         long[] ids, long[] values) {
        replay.accept(new SparkEvent.TaskEnd(stage, attempt, task, index, ok, false, launch, finish, m, ids, values));
    }

    private static long[] ids(long... v) {
        return v;
    }

    /** An execution as text: id, status, description, duration, then each node with its metrics. */
    private static List<String> describe(ReplayedExecution r) {
        SqlExecution e = r.execution();
        List<String> lines = new ArrayList<>();
        lines.add(e.id() + " " + e.status() + " '" + e.description() + "' " + e.durationMs() + " ms, root " + r.rootExecutionId()
            + ", plan '" + e.planDescription() + "', edges " + e.edges());
        for (SqlExecutionNode n : e.nodes()) {
            StringBuilder b = new StringBuilder().append(n.nodeId()).append(' ').append(n.nodeName()).append(" [")
                .append(n.wholeStageCodegenId()).append(']');
            for (SqlMetric m : n.metrics()) b.append(" | ").append(m.name()).append(" = ").append(m.value());
            lines.add(b.toString());
        }
        return lines;
    }

    private static List<String> stages(ReplayedExecution r) {
        List<String> lines = new ArrayList<>();
        for (StageSummary s : r.stages()) {
            StringBuilder b = new StringBuilder().append(s.stageId()).append('.').append(s.attemptId()).append(' ')
                .append(s.status()).append(" '").append(s.name()).append("' tasks=").append(s.numTasks()).append(" run=")
                .append(s.executorRunTimeMs()).append(" spill=").append(s.memoryBytesSpilled()).append('/')
                .append(s.diskBytesSpilled()).append(" in=").append(s.inputBytes()).append('/').append(s.inputRecords())
                .append(" read=").append(s.shuffleReadBytes()).append('/').append(s.shuffleReadRecords()).append(" write=")
                .append(s.shuffleWriteBytes());
            for (String m : List.of(StageSummary.DURATION, StageSummary.EXECUTOR_RUN_TIME, StageSummary.SHUFFLE_WRITE_BYTES)) {
                double[] v = s.distributions().get(m);
                if (v != null) b.append(' ').append(m).append('=').append(Arrays.toString(v));
            }
            lines.add(b.toString());
        }
        return lines;
    }

    @Test
    void retriedStageSkippedStageAndDriverUpdates() {
        PlanInfo plan = node("WholeStageCodegen (1)", List.of(new PlanMetric("duration", 1, "timing")),
            node("HashAggregate", List.of(new PlanMetric("number of output rows", 2, "sum"), new PlanMetric("peak memory", 3, "size")),
                node("InputAdapter", List.of(),
                    node("Exchange", List.of(new PlanMetric("shuffle bytes written", 4, "size"), new PlanMetric("data size", 5, "size")),
                        node("Scan parquet t", List.of(new PlanMetric("number of files read", 6, "sum"),
                            new PlanMetric("number of output rows", 7, "sum")))))));
        replay.accept(new SparkEvent.LogStart("3.5.6"));
        replay.accept(new SparkEvent.ApplicationStart("app-1", null, "demo", 0));
        replay.accept(new SparkEvent.SqlExecutionStart(0, -1, "q0", "plan 0", plan, 1000));
        replay.accept(new SparkEvent.JobStart(0, List.of(stage(0, 0, 2, -1, -1, null), stage(1, 0, 1, -1, -1, null),
            stage(2, 0, 3, -1, -1, null)), 0));
        // attempt 0 of stage 0: one task succeeds, one fails, then the stage fails
        replay.accept(new SparkEvent.StageSubmitted(stage(0, 0, 2, 1100, -1, null)));
        replay.accept(new SparkEvent.TaskStart(0, 0, 10, 0));
        replay.accept(new SparkEvent.TaskStart(0, 0, 11, 1));
        taskEnd(0, 0, 10, 0, true, 1100, 1300, metrics(150, 0, 100, 0, 1000), ids(4, 6, 7), ids(1000, 1, 10));
        taskEnd(0, 0, 11, 1, false, 1100, 1250, metrics(100, 64, 50, 0, 500), ids(4, 7), ids(500, 5));
        replay.accept(new SparkEvent.StageCompleted(stage(0, 0, 2, 1100, 1400, "FetchFailed")));
        // attempt 1 reruns the failed index only
        replay.accept(new SparkEvent.StageSubmitted(stage(0, 1, 2, 1500, -1, null)));
        replay.accept(new SparkEvent.TaskStart(0, 1, 12, 1));
        taskEnd(0, 1, 12, 1, true, 1500, 1700, metrics(180, 0, 100, 0, 2000), ids(4, 6, 7), ids(2000, 1, 20));
        replay.accept(new SparkEvent.StageCompleted(stage(0, 1, 2, 1500, 1800, null)));
        replay.accept(new SparkEvent.StageSubmitted(stage(1, 0, 1, 1900, -1, null)));
        replay.accept(new SparkEvent.TaskStart(1, 0, 13, 0));
        taskEnd(1, 0, 13, 0, true, 1900, 1950, metrics(40, 0, 0, 3000, 0), ids(2, 3), ids(30, 65536));
        replay.accept(new SparkEvent.StageCompleted(stage(1, 0, 1, 1900, 1960, null)));
        replay.accept(new SparkEvent.JobEnd(0, true));
        assertThat(out).as("the execution has not ended").isEmpty();
        replay.accept(new SparkEvent.DriverAccumUpdates(0, ids(5, 6, 99), ids(4096, 3, 1)));
        replay.accept(new SparkEvent.SqlExecutionEnd(0, 2000, ""));

        assertThat(out).hasSize(1);
        assertThat(replay.executionsEmitted()).isEqualTo(1);
        ReplayedExecution r = out.get(0);
        assertThat(r.application()).isEqualTo(new ApplicationInfo("app-1", "", "demo", "3.5.6"));
        assertThat(describe(r)).containsExactly(
            "0 COMPLETED 'q0' 1000 ms, root 0, plan 'plan 0', edges [SqlExecutionEdge[fromId=2, toId=1], SqlExecutionEdge[fromId=3, toId=2]]",
            "3 Scan parquet t [-1] | number of files read = 4 | number of output rows = 20",
            "2 Exchange [-1] | shuffle bytes written = total (min, med, max (stageId: taskId))\n"
                + "2000.0 B (0.0 B, 2000.0 B, 2000.0 B (stage 0.1: task 12)) | data size = 4.0 KiB",
            "1 HashAggregate [1] | number of output rows = 30 | peak memory = 64.0 KiB",
            "0 WholeStageCodegen (1) [-1]");
        assertThat(stages(r)).containsExactly(
            "2.0 SKIPPED 'stage 2' tasks=3 run=0 spill=0/0 in=0/0 read=0/0 write=0",
            "1.0 COMPLETE 'stage 1' tasks=1 run=40 spill=0/0 in=0/0 read=3000/30 write=0 duration=[50.0, 50.0, 50.0, 50.0, 50.0] "
                + "executorRunTime=[40.0, 40.0, 40.0, 40.0, 40.0] shuffleWriteMetrics.writeBytes=[0.0, 0.0, 0.0, 0.0, 0.0]",
            "0.1 COMPLETE 'stage 0' tasks=2 run=180 spill=0/0 in=100/10 read=0/0 write=2000 duration=[200.0, 200.0, 200.0, 200.0, 200.0] "
                + "executorRunTime=[180.0, 180.0, 180.0, 180.0, 180.0] shuffleWriteMetrics.writeBytes=[2000.0, 2000.0, 2000.0, 2000.0, 2000.0]",
            // the failed task counts in the totals and, for duration only, in the quantiles
            "0.0 FAILED 'stage 0' tasks=2 run=250 spill=64/32 in=150/15 read=0/0 write=1500 duration=[150.0, 150.0, 150.0, 150.0, 150.0] "
                + "executorRunTime=[150.0, 150.0, 150.0, 150.0, 150.0] shuffleWriteMetrics.writeBytes=[1000.0, 1000.0, 1000.0, 1000.0, 1000.0]");

        // a finished execution's id, its jobs and a job outside SQL change nothing
        replay.accept(new SparkEvent.SqlExecutionStart(0, -1, "again", "plan", plan, 3000));
        replay.accept(new SparkEvent.SqlPlanUpdate(0, "plan", plan));
        replay.accept(new SparkEvent.SqlMetricsAdded(0, List.of(new PlanMetric("x", 50, "sum"))));
        replay.accept(new SparkEvent.JobStart(1, List.of(stage(5, 0, 1, -1, -1, null)), 0));
        replay.accept(new SparkEvent.JobStart(2, List.of(stage(6, 0, 1, -1, -1, null)), -1));
        replay.accept(new SparkEvent.StageSubmitted(stage(6, 0, 1, 3100, -1, null)));
        replay.accept(new SparkEvent.TaskStart(6, 0, 20, 0));
        taskEnd(6, 0, 20, 0, true, 3100, 3200, metrics(1, 0, 0, 0, 0), ids(4), ids(1));
        replay.accept(new SparkEvent.JobEnd(1, true));
        replay.accept(new SparkEvent.JobEnd(2, true));
        replay.accept(new SparkEvent.SqlExecutionEnd(0, 4000, ""));
        replay.finish();
        assertThat(out).hasSize(1);
    }

    /** Spark 4: the stage sees metrics AQE adds after the job started; a Spark 3 stage keeps the types it started with. */
    private List<String> aqeAddsAMetric(String version) {
        replay.accept(new SparkEvent.LogStart(version));
        replay.accept(new SparkEvent.ApplicationStart("app-2", "1", "aqe", 0));
        PlanInfo initial = node("Scan x", List.of(new PlanMetric("number of output rows", 20, "sum")));
        replay.accept(new SparkEvent.SqlExecutionStart(5, 4, "inner", "initial", initial, 100));
        replay.accept(new SparkEvent.JobStart(1, List.of(stage(3, 0, 2, -1, -1, null)), 5));
        replay.accept(new SparkEvent.SqlMetricsAdded(5, List.of(new PlanMetric("spill size", 21, "size"))));
        replay.accept(new SparkEvent.SqlPlanUpdate(5, "final", node("Sort", List.of(new PlanMetric("spill size", 21, "size")),
            node("Scan x", List.of(new PlanMetric("number of output rows", 20, "sum"))))));
        replay.accept(new SparkEvent.StageSubmitted(stage(3, 0, 2, 150, -1, null)));
        replay.accept(new SparkEvent.TaskStart(3, 0, 30, 0));
        replay.accept(new SparkEvent.TaskStart(3, 0, 31, 1));
        taskEnd(3, 0, 30, 0, true, 150, 190, metrics(30, 2048, 0, 0, 0), ids(20, 21), ids(7, 2048));
        taskEnd(3, 0, 31, 1, true, 150, 170, metrics(15, 0, 0, 0, 0), ids(20, 21), ids(3, 4096));
        replay.accept(new SparkEvent.RecordedFindings(5, List.of(new RecordedFinding("plan-spill", "warning", "1", "spilled"))));
        assertThat(out).isEmpty();
        // the log ends while the execution runs: handed over with what it has
        replay.finish();
        assertThat(out).hasSize(1);
        assertThat(findings).containsExactly("app-2 5 plan-spill");
        return describe(out.get(0));
    }

    @Test
    void spark4SharesMetricTypesAcrossAnExecutionsStages() {
        assertThat(aqeAddsAMetric("4.0.1")).containsExactly(
            "5 RUNNING 'inner' -1 ms, root 4, plan 'final', edges [SqlExecutionEdge[fromId=1, toId=0]]",
            "1 Scan x [-1] | number of output rows = 10",
            "0 Sort [-1] | spill size = total (min, med, max (stageId: taskId))\n"
                + "6.0 KiB (2.0 KiB, 4.0 KiB, 4.0 KiB (stage 3.0: task 31))");
    }

    @Test
    void spark3StagesKeepTheMetricTypesTheyStartedWith() {
        assertThat(aqeAddsAMetric("3.5.6")).containsExactly(
            "5 RUNNING 'inner' -1 ms, root 4, plan 'final', edges [SqlExecutionEdge[fromId=1, toId=0]]",
            "1 Scan x [-1] | number of output rows = 10",
            "0 Sort [-1]");
    }

    @Test
    void failedExecutionsAndCodegenStageIds() {
        replay.accept(new SparkEvent.LogStart("not a version"));
        PlanInfo plan = node("WholeStageCodegen (12)", List.of(), node("Project", List.of(), node("InputAdapter", List.of(),
            node("WholeStageCodegen (2a)", List.of(), node("Filter", List.of())))));
        // a job failed and the end event has no error field (older Spark): failed
        replay.accept(new SparkEvent.SqlExecutionStart(7, -1, null, null, plan, 100));
        replay.accept(new SparkEvent.JobStart(3, List.of(stage(8, 0, 1, -1, -1, null)), 7));
        replay.accept(new SparkEvent.SqlExecutionEnd(7, 400, null));
        assertThat(out).as("waits for its job").isEmpty();
        replay.accept(new SparkEvent.JobEnd(3, false));
        // an error message: failed without a job
        replay.accept(new SparkEvent.SqlExecutionStart(8, -1, "boom", "p", node("LocalTableScan", List.of()), 500));
        replay.accept(new SparkEvent.SqlExecutionEnd(8, 950, "java.lang.ArithmeticException: / by zero"));
        assertThat(out).hasSize(2);
        assertThat(replay.application().sparkVersion()).isEqualTo("not a version");
        assertThat(describe(out.get(0))).containsExactly(
            "7 FAILED '' 300 ms, root 7, plan '', edges [SqlExecutionEdge[fromId=3, toId=1]]",
            "3 Filter [-1]",
            "2 WholeStageCodegen (2a) [-1]",
            "1 Project [12]",
            "0 WholeStageCodegen (12) [-1]");
        assertThat(describe(out.get(1))).containsExactly("8 FAILED 'boom' 450 ms, root 8, plan 'p', edges []", "0 LocalTableScan [-1]");
    }

    @Test
    void anExecutionStartedByExecution0HasRoot0AndOnlyAWellFormedCodegenIdCounts() {
        PlanInfo plan = node("Union", List.of(),
            node("WholeStageCodegen (123456789)", List.of(), node("Project", List.of())),
            node("WholeStageCodegen (1234567890)", List.of(), node("Filter", List.of())),
            node("WholeStageCodegen ()", List.of(), node("Sort", List.of())),
            node("WholeStageCodegen", List.of(), node("Range", List.of())));
        replay.accept(new SparkEvent.SqlExecutionStart(3, 0, "child", "p", plan, 10));
        replay.accept(new SparkEvent.SqlExecutionEnd(3, 25, ""));
        assertThat(describe(out.get(0))).containsExactly(
            "3 COMPLETED 'child' 15 ms, root 0, plan 'p', edges [SqlExecutionEdge[fromId=2, toId=0], "
                + "SqlExecutionEdge[fromId=4, toId=0], SqlExecutionEdge[fromId=6, toId=0], SqlExecutionEdge[fromId=8, toId=0]]",
            "8 Range [-1]",
            "7 WholeStageCodegen [-1]",
            "6 Sort [-1]",
            "5 WholeStageCodegen () [-1]",
            "4 Filter [-1]",
            "3 WholeStageCodegen (1234567890) [-1]",
            "2 Project [123456789]",
            "1 WholeStageCodegen (123456789) [-1]",
            "0 Union [-1]");
    }

    @Test
    void aTaskEndingAfterItsStageCompletedStillCounts() {
        // Spark's AppStatusListener keeps a completed stage live until its last active task ends; a Resubmitted end (a
        // finished task whose output was lost) is no active task ending
        replay.accept(new SparkEvent.LogStart("3.5.6"));
        replay.accept(new SparkEvent.SqlExecutionStart(1, -1, "q", "p", node("Scan t", List.of(new PlanMetric("number of output rows", 1, "sum"))), 0));
        replay.accept(new SparkEvent.JobStart(0, List.of(stage(0, 0, 2, -1, -1, null)), 1));
        replay.accept(new SparkEvent.StageSubmitted(stage(0, 0, 2, 100, -1, null)));
        replay.accept(new SparkEvent.TaskStart(0, 0, 10, 0));
        replay.accept(new SparkEvent.TaskStart(0, 0, 11, 1));
        taskEnd(0, 0, 10, 0, true, 100, 200, metrics(50, 0, 0, 0, 0), ids(1), ids(5));
        replay.accept(new SparkEvent.TaskEnd(0, 0, 10, 0, false, true, 100, 200, null, ids(), ids()));
        replay.accept(new SparkEvent.StageCompleted(stage(0, 0, 2, 100, 300, null)));
        taskEnd(0, 0, 11, 1, true, 100, 400, metrics(70, 0, 0, 0, 0), ids(1), ids(7));
        replay.accept(new SparkEvent.JobEnd(0, true));
        replay.accept(new SparkEvent.SqlExecutionEnd(1, 500, ""));
        assertThat(stages(out.get(0))).containsExactly("0.0 COMPLETE 'stage 0' tasks=2 run=120 spill=0/0 in=0/0 read=0/0 write=0 "
            + "duration=[100.0, 100.0, 300.0, 300.0, 300.0] executorRunTime=[50.0, 50.0, 70.0, 70.0, 70.0] "
            + "shuffleWriteMetrics.writeBytes=[0.0, 0.0, 0.0, 0.0, 0.0]");
        assertThat(describe(out.get(0))).contains("0 Scan t [-1] | number of output rows = 12");
    }

    @Test
    void anExecutionEndingReleasesOnlyItsOwnStagesNotThoseOfOneStillRunning() {
        replay.accept(new SparkEvent.LogStart("3.5.6"));
        replay.accept(new SparkEvent.ApplicationStart("app-9", "3", "nightly", 0));
        PlanInfo scan = node("Scan t", List.of(new PlanMetric("number of output rows", 1, "sum")));
        replay.accept(new SparkEvent.SqlExecutionStart(1, -1, "a", "p", scan, 0));
        replay.accept(new SparkEvent.SqlExecutionStart(2, -1, "b", "p", node("Scan u", List.of(new PlanMetric("number of output rows", 2, "sum"))), 0));
        replay.accept(new SparkEvent.JobStart(0, List.of(stage(0, 0, 1, -1, -1, null)), 1));
        replay.accept(new SparkEvent.JobStart(1, List.of(stage(1, 0, 2, -1, -1, null)), 2));
        // b's stage runs one task to its end and has another running when a ends
        replay.accept(new SparkEvent.StageSubmitted(stage(1, 0, 2, 100, -1, null)));
        replay.accept(new SparkEvent.TaskStart(1, 0, 20, 0));
        replay.accept(new SparkEvent.TaskStart(1, 0, 21, 1));
        taskEnd(1, 0, 20, 0, true, 100, 150, metrics(30, 0, 0, 0, 0), ids(2), ids(3));
        replay.accept(new SparkEvent.StageSubmitted(stage(0, 0, 1, 100, -1, null)));
        replay.accept(new SparkEvent.TaskStart(0, 0, 10, 0));
        taskEnd(0, 0, 10, 0, true, 100, 120, metrics(10, 0, 0, 0, 0), ids(1), ids(1));
        replay.accept(new SparkEvent.StageCompleted(stage(0, 0, 1, 100, 130, null)));
        replay.accept(new SparkEvent.JobEnd(0, true));
        replay.accept(new SparkEvent.SqlExecutionEnd(1, 140, ""));
        taskEnd(1, 0, 21, 1, true, 100, 200, metrics(60, 0, 0, 0, 0), ids(2), ids(4));
        replay.accept(new SparkEvent.StageCompleted(stage(1, 0, 2, 100, 210, null)));
        replay.accept(new SparkEvent.JobEnd(1, true));
        replay.accept(new SparkEvent.SqlExecutionEnd(2, 220, ""));
        assertThat(out).hasSize(2);
        assertThat(out.get(1).application()).isEqualTo(new ApplicationInfo("app-9", "3", "nightly", "3.5.6"));
        assertThat(stages(out.get(0))).containsExactly("0.0 COMPLETE 'stage 0' tasks=1 run=10 spill=0/0 in=0/0 read=0/0 write=0 "
            + "duration=[20.0, 20.0, 20.0, 20.0, 20.0] executorRunTime=[10.0, 10.0, 10.0, 10.0, 10.0] "
            + "shuffleWriteMetrics.writeBytes=[0.0, 0.0, 0.0, 0.0, 0.0]");
        assertThat(stages(out.get(1))).containsExactly("1.0 COMPLETE 'stage 1' tasks=2 run=90 spill=0/0 in=0/0 read=0/0 write=0 "
            + "duration=[50.0, 50.0, 100.0, 100.0, 100.0] executorRunTime=[30.0, 30.0, 60.0, 60.0, 60.0] "
            + "shuffleWriteMetrics.writeBytes=[0.0, 0.0, 0.0, 0.0, 0.0]");
        assertThat(describe(out.get(1))).containsExactly("2 COMPLETED 'b' 220 ms, root 2, plan 'p', edges []",
            "0 Scan u [-1] | number of output rows = 7");
    }
}
