package dev.brickoptima.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.Resubmitted$;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.JobSucceeded$;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.execution.SparkPlanInfo;
import org.apache.spark.sql.execution.metric.SQLMetricInfo;
import org.apache.spark.sql.execution.ui.SQLPlanMetric;
import org.apache.spark.sql.execution.ui.SparkListenerDriverAccumUpdates;
import org.apache.spark.sql.execution.ui.SparkListenerSQLAdaptiveExecutionUpdate;
import org.apache.spark.sql.execution.ui.SparkListenerSQLAdaptiveSQLMetricUpdates;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

import dev.brickoptima.core.eventlog.PlanInfo;
import dev.brickoptima.core.eventlog.PlanMetric;
import dev.brickoptima.core.eventlog.SparkEvent;

import scala.Option;
import scala.Tuple2;
import scala.collection.Iterator;

/**
 * Maps live Spark listener events onto the engine's {@link SparkEvent}s, field for field what the event log holds, so
 * a running application is replayed by the same code as its event log. Only accessors that are the same in Spark 3.5
 * and 4.x are used.
 */
final class SparkEvents {
    private SparkEvents() {
    }

    static SparkEvent taskStart(SparkListenerTaskStart e) {
        return new SparkEvent.TaskStart(e.stageId(), e.stageAttemptId(), e.taskInfo().taskId(), e.taskInfo().index());
    }

    static SparkEvent taskEnd(SparkListenerTaskEnd e) {
        org.apache.spark.scheduler.TaskInfo info = e.taskInfo();
        long[] ids = new long[8];
        long[] updates = new long[8];
        int n = 0;
        for (Iterator<AccumulableInfo> it = info.accumulables().iterator(); it.hasNext(); ) {
            AccumulableInfo a = it.next();
            if (a.update().isEmpty()) continue;
            String name = a.name().isDefined() ? a.name().get() : "";
            if (name.startsWith("internal.metrics.")) continue;
            Object u = a.update().get();
            long value;
            if (u instanceof Long l) value = l;
            else if (u instanceof Integer i) value = i;
            else if (u instanceof String s) {
                try {
                    value = Long.parseLong(s.trim());
                } catch (NumberFormatException notAWholeNumber) {
                    continue;
                }
            } else continue;
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                updates = java.util.Arrays.copyOf(updates, n * 2);
            }
            ids[n] = a.id();
            updates[n] = value;
            n++;
        }
        return new SparkEvent.TaskEnd(e.stageId(), e.stageAttemptId(), info.taskId(), info.index(), info.successful(),
            e.reason() == Resubmitted$.MODULE$, info.launchTime(), info.finishTime(), metrics(e.taskMetrics()),
            java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(updates, n));
    }

    private static dev.brickoptima.core.eventlog.TaskMetrics metrics(TaskMetrics m) {
        if (m == null) return null;
        return new dev.brickoptima.core.eventlog.TaskMetrics(m.executorDeserializeTime(), m.executorRunTime(),
            m.memoryBytesSpilled(), m.diskBytesSpilled(), m.inputMetrics().bytesRead(), m.inputMetrics().recordsRead(),
            m.shuffleReadMetrics().remoteBytesRead() + m.shuffleReadMetrics().localBytesRead(),
            m.shuffleReadMetrics().recordsRead(), m.shuffleWriteMetrics().bytesWritten(),
            m.shuffleWriteMetrics().recordsWritten());
    }

    static dev.brickoptima.core.eventlog.StageInfo stage(StageInfo s) {
        return new dev.brickoptima.core.eventlog.StageInfo(s.stageId(), s.attemptNumber(), s.name(), s.numTasks(),
            time(s.submissionTime()), time(s.completionTime()), s.failureReason().isDefined() ? s.failureReason().get() : null);
    }

    private static long time(Option<Object> t) {
        return t.isDefined() ? ((Number) t.get()).longValue() : -1;
    }

    static SparkEvent jobStart(SparkListenerJobStart e) {
        List<dev.brickoptima.core.eventlog.StageInfo> stages = new ArrayList<>();
        for (Iterator<StageInfo> it = e.stageInfos().iterator(); it.hasNext(); ) stages.add(stage(it.next()));
        long executionId = -1;
        String id = e.properties() == null ? null : e.properties().getProperty("spark.sql.execution.id");
        if (id != null) {
            try {
                executionId = Long.parseLong(id.trim());
            } catch (NumberFormatException ignored) {
                // not a SQL job
            }
        }
        return new SparkEvent.JobStart(e.jobId(), stages, executionId);
    }

    static SparkEvent jobEnd(SparkListenerJobEnd e) {
        return new SparkEvent.JobEnd(e.jobId(), e.jobResult() == JobSucceeded$.MODULE$);
    }

    /** The SQL events (delivered through onOtherEvent), or null for any other event. */
    static SparkEvent other(Object e) {
        if (e instanceof SparkListenerSQLExecutionStart s) {
            return new SparkEvent.SqlExecutionStart(s.executionId(),
                s.rootExecutionId().isDefined() ? ((Number) s.rootExecutionId().get()).longValue() : -1, s.description(),
                s.physicalPlanDescription(), plan(s.sparkPlanInfo()), s.time());
        }
        if (e instanceof SparkListenerSQLAdaptiveExecutionUpdate u) {
            return new SparkEvent.SqlPlanUpdate(u.executionId(), u.physicalPlanDescription(), plan(u.sparkPlanInfo()));
        }
        if (e instanceof SparkListenerSQLAdaptiveSQLMetricUpdates u) {
            List<PlanMetric> metrics = new ArrayList<>();
            for (Iterator<SQLPlanMetric> it = u.sqlPlanMetrics().iterator(); it.hasNext(); ) {
                SQLPlanMetric m = it.next();
                metrics.add(new PlanMetric(m.name(), m.accumulatorId(), m.metricType()));
            }
            return new SparkEvent.SqlMetricsAdded(u.executionId(), metrics);
        }
        if (e instanceof SparkListenerDriverAccumUpdates d) {
            List<long[]> pairs = new ArrayList<>();
            for (Iterator<Tuple2<Object, Object>> it = d.accumUpdates().iterator(); it.hasNext(); ) {
                Tuple2<Object, Object> t = it.next();
                pairs.add(new long[] {((Number) t._1()).longValue(), ((Number) t._2()).longValue()});
            }
            long[] ids = new long[pairs.size()];
            long[] values = new long[pairs.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = pairs.get(i)[0];
                values[i] = pairs.get(i)[1];
            }
            return new SparkEvent.DriverAccumUpdates(d.executionId(), ids, values);
        }
        if (e instanceof SparkListenerSQLExecutionEnd end) {
            return new SparkEvent.SqlExecutionEnd(end.executionId(), end.time(),
                end.errorMessage().isDefined() ? end.errorMessage().get() : null);
        }
        return null;
    }

    /** The plan info tree, copied without recursion. */
    private static PlanInfo plan(SparkPlanInfo root) {
        if (root == null) return null;
        java.util.ArrayDeque<SparkPlanInfo> order = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<SparkPlanInfo> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            SparkPlanInfo n = todo.pop();
            order.push(n);
            for (Iterator<SparkPlanInfo> it = n.children().iterator(); it.hasNext(); ) todo.push(it.next());
        }
        java.util.IdentityHashMap<SparkPlanInfo, PlanInfo> built = new java.util.IdentityHashMap<>();
        while (!order.isEmpty()) {
            SparkPlanInfo n = order.pop();
            List<PlanInfo> children = new ArrayList<>();
            for (Iterator<SparkPlanInfo> it = n.children().iterator(); it.hasNext(); ) children.add(built.get(it.next()));
            List<PlanMetric> metrics = new ArrayList<>();
            for (Iterator<SQLMetricInfo> it = n.metrics().iterator(); it.hasNext(); ) {
                SQLMetricInfo m = it.next();
                metrics.add(new PlanMetric(m.name(), m.accumulatorId(), m.metricType()));
            }
            built.put(n, new PlanInfo(n.nodeName(), n.simpleString(), children, metrics));
        }
        return built.get(root);
    }
}
