package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.StageSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stage's task quantiles as Spark's REST API computes them ({@code AppStatusStore.taskSummary}): value at index
 * min(q * count, count - 1) of the sorted values of the tasks that succeeded with metrics; duration from every ended task.
 */
class TaskTableTest {

    private static TaskMetrics run(long runTime, long shuffleWrite) {
        return new TaskMetrics(1, runTime, 0, 0, 0, 0, 0, 0, shuffleWrite, 0);
    }

    private static StageSummary summary(TaskTable t) {
        StageSummary.Builder b = StageSummary.builder(4);
        t.addDistributions(b);
        return b.build();
    }

    @Test
    void moreTasksThanTheFirstArraysHoldAreAllKeptInTheirColumns() {
        TaskTable t = new TaskTable();
        // 100 tasks (the table starts with room for 8), added in no particular order
        for (int i = 0; i < 100; i++) {
            int k = (i * 7) % 100; // 0, 7, 14, ...: every value once
            t.add(10L * (k + 1), true, run(k + 1, 1000L * (k + 1)));
        }
        StageSummary s = summary(t);
        assertThat(s.quantiles()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        // count 100: indices 0, 25, 50, 75, 99
        assertThat(s.distributions().get(StageSummary.DURATION)).containsExactly(10.0, 260.0, 510.0, 760.0, 1000.0);
        assertThat(s.distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(1.0, 26.0, 51.0, 76.0, 100.0);
        assertThat(s.distributions().get(StageSummary.SHUFFLE_WRITE_BYTES)).containsExactly(1000.0, 26000.0, 51000.0, 76000.0, 100000.0);
        assertThat(s.distributions().get(StageSummary.INPUT_BYTES)).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void exactlyAsManyTasksAsTheFirstArraysHold() {
        TaskTable t = new TaskTable();
        for (int i = 8; i >= 1; i--) t.add(i, true, run(i, 0));
        // count 8: indices 0, 2, 4, 6, 7
        assertThat(summary(t).distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(1.0, 3.0, 5.0, 7.0, 8.0);
    }

    @Test
    void failedTasksCountOnlyInTheDurationAndAZeroDurationCounts() {
        TaskTable t = new TaskTable();
        t.add(0, true, run(5, 0));
        t.add(40, true, run(7, 0));
        t.add(900, false, run(999, 0));
        t.add(30, true, new TaskMetrics(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // no metrics: Spark's -1 deserialize time
        t.add(50, true, new TaskMetrics(0, 9, 0, 0, 0, 0, 0, 0, 0, 0)); // a deserialize time of 0 is a real one
        StageSummary s = summary(t);
        // count 3 (the tasks with metrics) picks indices 0, 0, 1, 2, 2 of all five ended tasks' durations: 0, 30, 40, 50, 900
        assertThat(s.distributions().get(StageSummary.DURATION)).containsExactly(0.0, 0.0, 30.0, 40.0, 40.0);
        assertThat(s.distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(5.0, 5.0, 7.0, 9.0, 9.0);
    }

    @Test
    void aTaskWithoutATimeHasNoDurationAndTheMissingQuantilesAreNaN() {
        // a malformed log: the task has metrics but no launch or finish time
        TaskTable t = new TaskTable();
        t.add(-1, true, run(4, 0));
        t.add(25, true, run(6, 0));
        assertThat(summary(t).distributions().get(StageSummary.DURATION)).containsExactly(25.0, 25.0, Double.NaN, Double.NaN, Double.NaN);
        assertThat(summary(t).distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(4.0, 4.0, 6.0, 6.0, 6.0);
    }

    @Test
    void noDistributionsWithoutATaskThatSucceededWithMetrics() {
        TaskTable t = new TaskTable();
        t.add(100, false, run(1, 1));
        t.add(100, true, null);
        assertThat(summary(t).distributions()).isEmpty();
    }
}
