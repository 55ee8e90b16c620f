package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.plan.StageSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds, from a stream of {@link SparkEvent}s, each SQL execution as Spark's History Server and REST API show it:
 * the final (AQE) plan text and graph, node metrics aggregated from task accumulator updates and driver updates, and the
 * execution's stages with totals and task quantiles. It follows Spark's own listeners ({@code SQLAppStatusListener},
 * {@code AppStatusListener}, {@code AppStatusStore.taskSummary}) rule for rule, so the result equals what the REST API
 * returns for the same execution.
 *
 * <p>Memory stays bounded by what is running: state is kept only for live executions and their stages, and dropped as
 * soon as an execution is handed to the sink (when it and all its jobs have ended). Stages of non-SQL jobs are not
 * tracked. {@link #finish()} hands over executions still running at the end of the log (partial metrics, as the
 * History Server shows an in-progress log). Not thread-safe: one replay per log.
 */
public final class EventLogReplay {
    private static final String RUNNING = "RUNNING";
    private static final String SUCCEEDED = "SUCCEEDED";
    private static final String FAILED = "FAILED";

    private final ReplaySink sink;
    private String appId = "";
    private String attemptId = "";
    private String appName = "";
    private String sparkVersion = "";
    /**
     * Spark 4 shares one growing metric-type map across an execution's stages (3.5 gives each stage a snapshot).
     */
    private boolean sharedMetricTypes;

    private final Map<Long, Exec> liveExecutions = new LinkedHashMap<>();
    private final Set<Long> finished = new HashSet<>();
    private final Map<Integer, SqlStageMetrics> stageMetrics = new HashMap<>();
    /** How many live executions name each stage id (Spark's isSQLStage). */
    private final Map<Integer, Integer> sqlStages = new HashMap<>();
    private final Map<Long, StageState> liveStages = new HashMap<>();
    /** The status store's stage records (last write wins), for tracked stages. */
    private final Map<Long, StageState> storedStages = new HashMap<>();
    private final Map<Long, TaskTable> tasks = new HashMap<>();
    private final Set<Long> liveTasks = new HashSet<>();
    private final Map<Integer, int[]> jobStages = new HashMap<>();
    private int executionsEmitted;

    public EventLogReplay(ReplaySink sink) {
        this.sink = sink;
    }

    public ApplicationInfo application() {
        return new ApplicationInfo(appId, attemptId, appName, sparkVersion);
    }

    /** Executions handed to the sink so far. */
    public int executionsEmitted() {
        return executionsEmitted;
    }

    public void accept(SparkEvent event) {
        if (event instanceof SparkEvent.TaskEnd e) taskEnd(e);
        else if (event instanceof SparkEvent.TaskStart e) taskStart(e);
        else if (event instanceof SparkEvent.StageSubmitted e) stageSubmitted(e.stage());
        else if (event instanceof SparkEvent.StageCompleted e) stageCompleted(e.stage());
        else if (event instanceof SparkEvent.JobStart e) jobStart(e);
        else if (event instanceof SparkEvent.JobEnd e) jobEnd(e);
        else if (event instanceof SparkEvent.SqlExecutionStart e) sqlStart(e);
        else if (event instanceof SparkEvent.SqlPlanUpdate e) sqlPlanUpdate(e);
        else if (event instanceof SparkEvent.SqlMetricsAdded e) sqlMetricsAdded(e);
        else if (event instanceof SparkEvent.DriverAccumUpdates e) driverAccumUpdates(e);
        else if (event instanceof SparkEvent.SqlExecutionEnd e) sqlEnd(e);
        else if (event instanceof SparkEvent.LogStart e) logStart(e);
        else if (event instanceof SparkEvent.ApplicationStart e) applicationStart(e);
        else if (event instanceof SparkEvent.RecordedFindings e) sink.recordedFindings(application(), e);
    }

    /** The log ended: hands over executions that had not ended, with the metrics they had so far. */
    public void finish() {
        for (Exec exec : new ArrayList<>(liveExecutions.values())) {
            if (exec.metricValues == null) exec.metricValues = aggregateMetrics(exec);
            emit(exec);
        }
    }

    // ---- application ----

    private void logStart(SparkEvent.LogStart e) {
        sparkVersion = e.sparkVersion() == null ? "" : e.sparkVersion();
        int dot = sparkVersion.indexOf('.');
        try {
            sharedMetricTypes = Integer.parseInt(dot < 0 ? sparkVersion : sparkVersion.substring(0, dot)) >= 4;
        } catch (NumberFormatException notANumber) {
            sharedMetricTypes = false;
        }
    }

    private void applicationStart(SparkEvent.ApplicationStart e) {
        if (e.appId() != null) appId = e.appId();
        if (e.attemptId() != null) attemptId = e.attemptId();
        if (e.appName() != null) appName = e.appName();
    }

    // ---- SQL executions (SQLAppStatusListener) ----

    private Exec exec(long id) {
        return liveExecutions.computeIfAbsent(id, Exec::new);
    }

    private void sqlStart(SparkEvent.SqlExecutionStart e) {
        if (finished.contains(e.executionId())) return;
        Exec exec = exec(e.executionId());
        PlanGraph graph = PlanGraph.of(e.planInfo());
        exec.graph = graph;
        exec.rootExecutionId = e.rootExecutionId() >= 0 ? e.rootExecutionId() : e.executionId();
        exec.description = e.description();
        exec.planDescription = e.planDescription();
        exec.submissionTime = e.time();
        exec.metrics.clear();
        exec.metricTypes.clear();
        exec.addMetrics(graph.metrics());
    }

    private void sqlPlanUpdate(SparkEvent.SqlPlanUpdate e) {
        if (finished.contains(e.executionId())) return;
        Exec exec = exec(e.executionId());
        PlanGraph graph = PlanGraph.of(e.planInfo());
        exec.graph = graph;
        exec.planDescription = e.planDescription();
        exec.addMetrics(graph.metrics());
    }

    private void sqlMetricsAdded(SparkEvent.SqlMetricsAdded e) {
        if (finished.contains(e.executionId())) return;
        exec(e.executionId()).addMetrics(e.metrics());
    }

    private void driverAccumUpdates(SparkEvent.DriverAccumUpdates e) {
        Exec exec = liveExecutions.get(e.executionId());
        if (exec == null) return;
        for (int i = 0; i < e.accumulatorIds().length; i++) {
            exec.driverUpdates.add(new long[] {e.accumulatorIds()[i], e.values()[i]});
        }
    }

    private void sqlEnd(SparkEvent.SqlExecutionEnd e) {
        Exec exec = liveExecutions.get(e.executionId());
        if (exec == null) return;
        exec.completionTime = e.time();
        exec.errorMessage = e.errorMessage();
        exec.metricValues = aggregateMetrics(exec);
        exec.endEvents++;
        update(exec);
    }

    private void update(Exec exec) {
        if (exec.endEvents >= exec.jobs.size() + 1) emit(exec);
    }

    // ---- jobs and stages (both listeners) ----

    private void jobStart(SparkEvent.JobStart e) {
        int[] ids = new int[e.stages().size()];
        for (int i = 0; i < ids.length; i++) ids[i] = e.stages().get(i).stageId();
        if (e.executionId() < 0 || finished.contains(e.executionId())) return;
        jobStages.put(e.jobId(), ids);
        Exec exec = exec(e.executionId());
        Map<Long, String> types = sharedMetricTypes ? exec.metricTypes : new HashMap<>(exec.metricTypes);
        if (!types.isEmpty()) {
            for (StageInfo s : e.stages()) {
                stageMetrics.put(s.stageId(), new SqlStageMetrics(s.stageId(), 0, s.numTasks(), types, unsetValue()));
            }
        }
        exec.jobs.put(e.jobId(), RUNNING);
        for (StageInfo s : e.stages()) {
            if (exec.stages.add(s.stageId())) sqlStages.merge(s.stageId(), 1, Integer::sum);
        }
        for (StageInfo s : e.stages()) getOrCreateStage(s);
    }

    private void jobEnd(SparkEvent.JobEnd e) {
        int[] ids = jobStages.remove(e.jobId());
        if (ids != null) {
            for (int id : ids) {
                for (StageState stage : new ArrayList<>(liveStages.values())) {
                    if (stage.info.stageId() == id && StageState.PENDING.equals(stage.status)) {
                        stage.status = StageState.SKIPPED;
                        liveStages.remove(key(stage.info.stageId(), stage.info.attemptId()));
                    }
                }
            }
        }
        for (Exec exec : new ArrayList<>(liveExecutions.values())) {
            if (exec.jobs.containsKey(e.jobId())) {
                exec.jobs.put(e.jobId(), e.succeeded() ? SUCCEEDED : FAILED);
                exec.endEvents++;
                update(exec);
            }
        }
    }

    private StageState getOrCreateStage(StageInfo info) {
        long key = key(info.stageId(), info.attemptId());
        StageState stage = liveStages.get(key);
        if (stage == null) {
            stage = new StageState(info);
            liveStages.put(key, stage);
        }
        stage.info = info;
        storedStages.put(key, stage);
        return stage;
    }

    private void stageSubmitted(StageInfo info) {
        if (!sqlStages.containsKey(info.stageId())) return;
        StageState stage = getOrCreateStage(info);
        stage.status = StageState.ACTIVE;
        SqlStageMetrics m = stageMetrics.get(info.stageId());
        if (m != null && m.attemptId != info.attemptId()) {
            stageMetrics.put(info.stageId(), new SqlStageMetrics(info.stageId(), info.attemptId(), m.numTasks, m.metricTypes,
                unsetValue()));
        }
    }

    private void stageCompleted(StageInfo info) {
        long key = key(info.stageId(), info.attemptId());
        StageState stage = liveStages.get(key);
        if (stage == null) return;
        stage.info = info;
        stage.status = info.failureReason() != null ? StageState.FAILED
            : info.submissionTime() >= 0 ? StageState.COMPLETE : StageState.SKIPPED;
        if (stage.activeTasks == 0) liveStages.remove(key);
    }

    private void taskStart(SparkEvent.TaskStart e) {
        StageState stage = liveStages.get(key(e.stageId(), e.stageAttemptId()));
        if (stage == null) return;
        liveTasks.add(e.taskId());
        stage.activeTasks++;
    }

    private void taskEnd(SparkEvent.TaskEnd e) {
        if (!sqlStages.containsKey(e.stageId())) return;
        long key = key(e.stageId(), e.stageAttemptId());
        boolean started = liveTasks.remove(e.taskId());
        if (started) {
            long duration = e.finishTime() > 0 && e.launchTime() >= 0 ? e.finishTime() - e.launchTime() : -1;
            tasks.computeIfAbsent(key, k -> new TaskTable()).add(duration, e.successful(), e.metrics());
        }
        StageState stage = liveStages.get(key);
        if (stage != null) {
            if (started && e.metrics() != null) stage.addMetrics(e.metrics());
            stage.activeTasks -= e.resubmitted() ? 0 : 1;
            if (stage.activeTasks == 0 && (StageState.COMPLETE.equals(stage.status) || StageState.FAILED.equals(stage.status))) {
                liveStages.remove(key);
            }
        }
        SqlStageMetrics m = stageMetrics.get(e.stageId());
        if (m != null && m.attemptId == e.stageAttemptId()) {
            m.update(e.taskId(), e.index(), e.successful(), e.accumulatorIds(), e.accumulatorUpdates());
        }
    }

    /** What a live task reports for a size or time metric it never set: its raw initial value, -1, in 3.5 and 4.x. */
    private long unsetValue() {
        return -1;
    }

    private static long key(int stageId, int attemptId) {
        return ((long) stageId << 32) | (attemptId & 0xffffffffL);
    }

    // ---- metrics and output ----

    private Map<Long, String> aggregateMetrics(Exec exec) {
        Map<Long, String> types = exec.metricTypes;
        Map<Long, long[]> all = new LinkedHashMap<>();
        Map<Long, long[]> max = new HashMap<>();
        for (int stageId : exec.stages) {
            SqlStageMetrics m = stageMetrics.get(stageId);
            if (m == null) continue;
            for (Map.Entry<Long, long[]> v : m.values().entrySet()) {
                if (!types.containsKey(v.getKey())) continue;
                all.merge(v.getKey(), v.getValue(), EventLogReplay::concat);
            }
            for (Map.Entry<Long, long[]> t : m.maxTask().entrySet()) {
                if (!types.containsKey(t.getKey())) continue;
                long[] cur = max.get(t.getKey());
                long value = t.getValue()[0];
                if (cur == null) max.put(t.getKey(), new long[] {value, m.stageId, m.attemptId, t.getValue()[1]});
                else if (value > cur[0]) {
                    cur[0] = value;
                    cur[1] = m.stageId;
                    cur[2] = m.attemptId;
                    cur[3] = t.getValue()[1];
                }
            }
        }
        for (long[] u : exec.driverUpdates) {
            long id = u[0];
            if (!types.containsKey(id)) continue;
            long[] prev = all.get(id);
            if (prev != null) {
                // a driver value above every task's makes Spark print "(driver)" as the max's origin
                long[] m = max.get(id);
                if (m != null && u[1] > m[0]) max.remove(id);
                all.put(id, concat(prev, new long[] {u[1]}));
            } else {
                all.put(id, new long[] {u[1]});
            }
        }
        Map<Long, String> out = new HashMap<>();
        for (Map.Entry<Long, long[]> e : all.entrySet()) {
            String type = types.get(e.getKey());
            // DataSource V2 custom metrics need their class to aggregate; the History Server without it shows N/A
            String value = type.startsWith("v2Custom_") ? "N/A"
                : SqlMetricFormat.stringValue(type, e.getValue(), max.getOrDefault(e.getKey(), new long[0]));
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void emit(Exec exec) {
        liveExecutions.remove(exec.id);
        finished.add(exec.id);
        SqlExecution execution = exec.toExecution();
        List<StageSummary> stages = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (Map.Entry<Long, StageState> s : storedStages.entrySet()) {
            if (exec.stages.contains(s.getValue().info.stageId())) keys.add(s.getKey());
        }
        keys.sort(java.util.Comparator.reverseOrder()); // the REST API lists the newest stage attempt first
        for (long k : keys) stages.add(storedStages.get(k).summary(tasks.get(k)));
        executionsEmitted++;
        sink.execution(new ReplayedExecution(application(), execution, exec.rootExecutionId, stages));
        release(exec);
    }

    /** Drops what only this execution needed (Spark's removeStaleMetricsData, and the stage and task records). */
    private void release(Exec exec) {
        for (int stageId : exec.stages) {
            Integer n = sqlStages.get(stageId);
            if (n == null) continue;
            if (n > 1) {
                sqlStages.put(stageId, n - 1);
                continue;
            }
            sqlStages.remove(stageId);
            stageMetrics.remove(stageId);
            storedStages.keySet().removeIf(k -> (int) (k >> 32) == stageId);
            tasks.keySet().removeIf(k -> (int) (k >> 32) == stageId);
            liveStages.keySet().removeIf(k -> (int) (k >> 32) == stageId);
        }
        for (Integer job : exec.jobs.keySet()) jobStages.remove(job);
    }

    /** One SQL execution's state (Spark's LiveExecutionData). */
    private final class Exec {
        final long id;
        long rootExecutionId;
        String description = "";
        String planDescription = "";
        PlanGraph graph = PlanGraph.of(null);
        final List<PlanMetric> metrics = new ArrayList<>();
        final Map<Long, String> metricTypes = new HashMap<>();
        long submissionTime = -1;
        long completionTime = -1;
        String errorMessage;
        final Map<Integer, String> jobs = new LinkedHashMap<>();
        final Set<Integer> stages = new LinkedHashSet<>();
        final List<long[]> driverUpdates = new ArrayList<>();
        Map<Long, String> metricValues;
        int endEvents;

        Exec(long id) {
            this.id = id;
            this.rootExecutionId = id;
        }

        void addMetrics(List<PlanMetric> added) {
            metrics.addAll(added);
            for (PlanMetric m : added) metricTypes.put(m.accumulatorId(), m.metricType());
        }

        String status() {
            if (errorMessage != null) return errorMessage.isEmpty() ? "COMPLETED" : "FAILED";
            if (completionTime < 0) return RUNNING;
            return jobs.containsValue(FAILED) ? "FAILED" : "COMPLETED";
        }

        SqlExecution toExecution() {
            Map<Long, String> values = metricValues == null ? Map.of() : metricValues;
            Map<Long, Integer> codegenIds = new HashMap<>();
            for (PlanGraph.Node n : graph.nodes()) {
                if (!n.isCluster()) continue;
                int id = codegenId(n.name().trim());
                for (PlanGraph.Node member : n.clusterNodes()) codegenIds.put(member.id(), id);
            }
            List<SqlExecutionNode> nodes = new ArrayList<>();
            for (PlanGraph.Node n : graph.allNodes()) {
                List<SqlMetric> ms = new ArrayList<>();
                for (PlanMetric m : n.metrics()) {
                    String v = values.get(m.accumulatorId());
                    if (v == null) continue;
                    ms.add(new SqlMetric(m.name().trim(), v.startsWith("\n") ? v.substring(1) : v));
                }
                nodes.add(new SqlExecutionNode(n.id(), n.name().trim(), codegenIds.getOrDefault(n.id(), -1), ms));
            }
            nodes.sort(java.util.Comparator.comparingLong(SqlExecutionNode::nodeId).reversed());
            long duration = completionTime >= 0 && submissionTime >= 0 ? completionTime - submissionTime : -1;
            return new SqlExecution(id, status(), description == null ? "" : description,
                planDescription == null ? "" : planDescription, duration, nodes, graph.edges());
        }
    }

    /** N of "WholeStageCodegen (N)", or -1. */
    private static int codegenId(String name) {
        String prefix = "WholeStageCodegen (";
        if (!name.startsWith(prefix) || !name.endsWith(")")) return -1;
        String digits = name.substring(prefix.length(), name.length() - 1);
        if (digits.isEmpty() || digits.length() > 9) return -1;
        for (int i = 0; i < digits.length(); i++) if (!Character.isDigit(digits.charAt(i))) return -1;
        return Integer.parseInt(digits);
    }
}
