package dev.brickoptima.core.eventlog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL metric values of one stage attempt per task index, as Spark's {@code SQLAppStatusListener} keeps them
 * ({@code LiveStageMetrics}): one array of {@code numTasks} values per accumulator (0 where no task ran), the first
 * successful attempt of an index wins, and the task with the largest value per non-sum metric.
 *
 * <p>One difference from replaying a log in Spark's History Server, on purpose: a task records only the metrics it
 * changed (a size or time metric it never set is left out of the log), so the History Server counts such a task as 0
 * and lowers the minimum and median. A live application gets the unset value (-1, "not set", ignored) from that task
 * instead; this class does the same for every task that ran, so event logs give the live application's numbers. (When
 * several tasks share a maximum of 0, the task named as holding it can differ: a task's 0 is not always logged.)
 */
final class SqlStageMetrics {
    final int stageId;
    final int attemptId;
    final int numTasks;
    final Map<Long, String> metricTypes;
    /** What a live task reports for a size or time metric it never set: -1 in Spark 3, 0 in Spark 4. */
    final long unsetValue;
    private long firstTaskId = -1;
    private final java.util.BitSet completedIndices = new java.util.BitSet();
    private final java.util.BitSet ranIndices = new java.util.BitSet();
    private final Map<Long, long[]> values = new LinkedHashMap<>();
    private final Map<Long, java.util.BitSet> reported = new HashMap<>();
    /** accumulator id to {value, taskId} of the largest value. */
    private final Map<Long, long[]> maxTask = new LinkedHashMap<>();

    SqlStageMetrics(int stageId, int attemptId, int numTasks, Map<Long, String> metricTypes, long unsetValue) {
        this.stageId = stageId;
        this.attemptId = attemptId;
        this.numTasks = numTasks;
        this.metricTypes = metricTypes;
        this.unsetValue = unsetValue;
    }

    void update(long taskId, int index, boolean finished, long[] ids, long[] updates) {
        if (index < 0 || index >= numTasks || completedIndices.get(index)) return;
        ranIndices.set(index);
        if (firstTaskId < 0) firstTaskId = taskId;
        for (int i = 0; i < ids.length; i++) {
            String type = metricTypes.get(ids[i]);
            if (type == null) continue;
            long value = updates[i];
            values.computeIfAbsent(ids[i], k -> new long[numTasks])[index] = value;
            reported.computeIfAbsent(ids[i], k -> new java.util.BitSet()).set(index);
            if (SqlMetricFormat.needsMax(type)) {
                long[] max = maxTask.get(ids[i]);
                // earlier tasks that ran without logging this metric reported the unset value live; when that ties
                // this value, the first of them holds the maximum
                if (max == null) maxTask.put(ids[i], new long[] {value, value <= unsetValue ? firstTaskId : taskId});
                else if (value > max[0]) {
                    max[0] = value;
                    max[1] = taskId;
                }
            }
        }
        if (finished) completedIndices.set(index);
    }

    /** Values per accumulator; for non-sum metrics, tasks that ran without logging the metric hold the unset value. */
    Map<Long, long[]> values() {
        Map<Long, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<Long, long[]> e : values.entrySet()) {
            long[] v = e.getValue();
            if (SqlMetricFormat.needsMax(metricTypes.getOrDefault(e.getKey(), SqlMetricFormat.SUM))) {
                v = v.clone();
                java.util.BitSet unset = (java.util.BitSet) ranIndices.clone();
                unset.andNot(reported.get(e.getKey()));
                for (int i = unset.nextSetBit(0); i >= 0; i = unset.nextSetBit(i + 1)) v[i] = unsetValue;
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    Map<Long, long[]> maxTask() {
        return maxTask;
    }
}
