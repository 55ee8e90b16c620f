package dev.brickoptima.core.eventlog;

import java.util.List;

/**
 * The Spark listener events that rebuild what the History Server shows of SQL executions, with just the fields that
 * takes. The JVM layer reads them from event log JSON; the Spark listener maps live events onto them. Ids are Spark's;
 * absent numbers are -1, absent strings null.
 */
public sealed interface SparkEvent {

    /** First line of every log: the Spark version that wrote it. */
    record LogStart(String sparkVersion) implements SparkEvent {
    }

    record ApplicationStart(String appId, String attemptId, String appName, long time) implements SparkEvent {
    }

    record ApplicationEnd(long time) implements SparkEvent {
    }

    record SqlExecutionStart(long executionId, long rootExecutionId, String description, String planDescription,
                             PlanInfo planInfo, long time) implements SparkEvent {
    }

    /** AQE replaced the plan: the new physical plan text and plan info. */
    record SqlPlanUpdate(long executionId, String planDescription, PlanInfo planInfo) implements SparkEvent {
    }

    /** AQE added metrics without a plan update. */
    record SqlMetricsAdded(long executionId, List<PlanMetric> metrics) implements SparkEvent {
    }

    /** Metric values the driver set (e.g. files read by a scan), as parallel arrays of accumulator ids and values. */
    record DriverAccumUpdates(long executionId, long[] accumulatorIds, long[] values) implements SparkEvent {
    }

    /** {@code errorMessage} is "" on success, the error on failure, null when the writing Spark had no such field. */
    record SqlExecutionEnd(long executionId, long time, String errorMessage) implements SparkEvent {
    }

    /** {@code executionId} is the {@code spark.sql.execution.id} job property, -1 for jobs outside SQL. */
    record JobStart(int jobId, List<StageInfo> stages, long executionId) implements SparkEvent {
    }

    record JobEnd(int jobId, boolean succeeded) implements SparkEvent {
    }

    record StageSubmitted(StageInfo stage) implements SparkEvent {
    }

    record StageCompleted(StageInfo stage) implements SparkEvent {
    }

    record TaskStart(int stageId, int stageAttemptId, long taskId, int index) implements SparkEvent {
    }

    /**
     * A task ended. {@code successful}: finished, neither failed nor killed; {@code resubmitted}: the end reason was
     * Resubmitted (an executor was lost after the task succeeded). {@code metrics} is null when the event had none;
     * the accumulator updates (SQL metrics) are parallel arrays of ids and update values.
     */
    record TaskEnd(int stageId, int stageAttemptId, long taskId, int index, boolean successful, boolean resubmitted,
                   long launchTime, long finishTime, TaskMetrics metrics, long[] accumulatorIds, long[] accumulatorUpdates)
        implements SparkEvent {
    }

    /** Findings BrickOptima's listener recorded for one execution while the application ran (its custom event). */
    record RecordedFindings(long executionId, List<RecordedFinding> findings) implements SparkEvent {
    }
}
