package dev.brickoptima.core.eventlog;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stage attempt's SQL metric values per task index, by the rules of Spark's {@code LiveStageMetrics}: the first
 * successful attempt of an index wins, tasks that ran without logging a size or time metric hold the unset value, and
 * the task holding the maximum is the first to reach it.
 */
class SqlStageMetricsTest {
    private static final long ROWS = 1;
    private static final long SPILL = 2;

    private static SqlStageMetrics stage(int numTasks, long unsetValue) {
        return new SqlStageMetrics(3, 0, numTasks, Map.of(ROWS, SqlMetricFormat.SUM, SPILL, SqlMetricFormat.SIZE), unsetValue);
    }

    private static long[] of(long... v) {
        return v;
    }

    @Test
    void theFirstSuccessfulAttemptOfAnIndexWinsAndIndicesOutsideTheStageAreIgnored() {
        SqlStageMetrics s = stage(2, -1);
        s.update(10, 0, false, of(ROWS), of(4)); // a failed attempt: its values are replaced
        s.update(11, 0, true, of(ROWS), of(5));
        s.update(12, 0, true, of(ROWS), of(9)); // a speculative copy of a finished index
        s.update(13, 2, true, of(ROWS), of(100)); // no such index
        s.update(14, -1, true, of(ROWS), of(100));
        s.update(15, 1, true, of(ROWS, 99), of(7, 1000)); // an accumulator that is no SQL metric of this execution
        assertThat(s.values()).containsOnlyKeys(ROWS);
        assertThat(s.values().get(ROWS)).containsExactly(5, 7);
    }

    @Test
    void aTaskThatRanWithoutLoggingASizeMetricHoldsTheUnsetValue() {
        SqlStageMetrics s = stage(3, -1);
        s.update(20, 0, true, of(ROWS), of(1));
        s.update(21, 1, true, of(ROWS, SPILL), of(1, 4096));
        assertThat(s.values().get(SPILL)).containsExactly(-1, 4096, 0); // index 2 never ran
        assertThat(s.values().get(ROWS)).containsExactly(1, 1, 0);
        assertThat(s.maxTask().get(SPILL)).containsExactly(4096, 21);
    }

    @Test
    void theFirstTaskToReachTheMaximumHoldsIt() {
        SqlStageMetrics s = stage(4, -1);
        s.update(0, 0, true, of(SPILL), of(512));
        s.update(1, 1, true, of(SPILL), of(512));
        s.update(2, 2, true, of(SPILL), of(100));
        assertThat(s.maxTask().get(SPILL)).containsExactly(512, 0);
        s.update(3, 3, true, of(SPILL), of(513));
        assertThat(s.maxTask().get(SPILL)).containsExactly(513, 3);
    }

    @Test
    void anUnsetValueTyingTheFirstLoggedOneIsHeldByTheFirstTaskThatRan() {
        // Spark 4: an unset metric reads 0 live; the first task (id 0) ran without logging it
        SqlStageMetrics s = stage(3, 0);
        s.update(0, 0, true, of(ROWS), of(2));
        s.update(31, 1, true, of(SPILL), of(0));
        s.update(32, 2, true, of(SPILL), of(0));
        assertThat(s.maxTask().get(SPILL)).containsExactly(0, 0);
        assertThat(s.values().get(SPILL)).containsExactly(0, 0, 0);
    }

    @Test
    void aValueAboveTheUnsetOneIsHeldByItsOwnTask() {
        SqlStageMetrics s = stage(2, -1);
        s.update(40, 0, true, of(ROWS), of(2));
        s.update(41, 1, true, of(SPILL), of(0));
        assertThat(s.maxTask().get(SPILL)).containsExactly(0, 41);
        assertThat(s.values().get(SPILL)).containsExactly(-1, 0);
    }
}
