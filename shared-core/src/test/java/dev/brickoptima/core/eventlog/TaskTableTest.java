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
        // 20 tasks (the table starts with room for 8), added in no particular order
        for (int i = 0; i < 20; i++) {
            int k = (i * 7) % 20; // 0, 7, 14, 1, 8, ...: every value once
            t.add(10L * (k + 1), true, run(k + 1, 1000L * (k + 1)));
        }
        StageSummary s = summary(t);
        assertThat(s.quantiles()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        // count 20: indices 0, 5, 10, 15, 19
        assertThat(s.distributions().get(StageSummary.DURATION)).containsExactly(10.0, 60.0, 110.0, 160.0, 200.0);
        assertThat(s.distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(1.0, 6.0, 11.0, 16.0, 20.0);
        assertThat(s.distributions().get(StageSummary.SHUFFLE_WRITE_BYTES)).containsExactly(1000.0, 6000.0, 11000.0, 16000.0, 20000.0);
        assertThat(s.distributions().get(StageSummary.INPUT_BYTES)).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void failedTasksCountOnlyInTheDurationAndAZeroDurationCounts() {
        TaskTable t = new TaskTable();
        t.add(0, true, run(5, 0));
        t.add(40, true, run(7, 0));
        t.add(900, false, run(999, 0));
        t.add(30, true, new TaskMetrics(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // no metrics: Spark's -1 deserialize time
        StageSummary s = summary(t);
        // count 2 (the tasks with metrics) picks indices 0, 0, 1, 1, 1 of all four ended tasks' durations: 0, 30, 40, 900
        assertThat(s.distributions().get(StageSummary.DURATION)).containsExactly(0.0, 0.0, 30.0, 30.0, 30.0);
        assertThat(s.distributions().get(StageSummary.EXECUTOR_RUN_TIME)).containsExactly(5.0, 5.0, 7.0, 7.0, 7.0);
    }

    @Test
    void noDistributionsWithoutATaskThatSucceededWithMetrics() {
        TaskTable t = new TaskTable();
        t.add(100, false, run(1, 1));
        t.add(100, true, null);
        assertThat(summary(t).distributions()).isEmpty();
    }
}
