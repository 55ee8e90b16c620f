package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.StageSummary;

import java.util.Arrays;

/**
 * The ended tasks of one stage attempt, column by column in primitive arrays (a few dozen bytes per task), and the
 * task quantiles Spark's REST API computes from them ({@code AppStatusStore.taskSummary}): the tasks that succeeded
 * with metrics are counted; quantile q is the value at index min(q * count, count - 1) of the sorted values; failed
 * tasks' metrics are left out, except for duration, which Spark takes from every ended task.
 */
final class TaskTable {
    /** The REST API's default quantiles. */
    static final double[] QUANTILES = {0.0, 0.25, 0.5, 0.75, 1.0};

    /** Metric columns, in the order {@link #columnValues} reads them. */
    private static final String[] PATHS = {StageSummary.EXECUTOR_RUN_TIME, StageSummary.MEMORY_SPILLED,
        StageSummary.DISK_SPILLED, StageSummary.INPUT_BYTES, StageSummary.INPUT_RECORDS, StageSummary.SHUFFLE_READ_BYTES,
        StageSummary.SHUFFLE_READ_RECORDS, StageSummary.SHUFFLE_WRITE_BYTES, StageSummary.SHUFFLE_WRITE_RECORDS};

    private int size;
    private long[] durations = new long[8];
    private boolean[] counted = new boolean[8];
    private long[][] columns = new long[PATHS.length][8];

    void add(long duration, boolean successful, TaskMetrics m) {
        if (size == durations.length) grow();
        durations[size] = duration;
        counted[size] = successful && m != null && m.executorDeserializeTime() >= 0;
        if (counted[size]) {
            long[] v = columnValues(m);
            for (int c = 0; c < PATHS.length; c++) columns[c][size] = v[c];
        }
        size++;
    }

    private static long[] columnValues(TaskMetrics m) {
        return new long[] {m.executorRunTime(), m.memoryBytesSpilled(), m.diskBytesSpilled(), m.inputBytes(),
            m.inputRecords(), m.shuffleReadBytes(), m.shuffleReadRecords(), m.shuffleWriteBytes(), m.shuffleWriteRecords()};
    }

    private void grow() {
        int n = durations.length * 2;
        durations = Arrays.copyOf(durations, n);
        counted = Arrays.copyOf(counted, n);
        for (int c = 0; c < PATHS.length; c++) columns[c] = Arrays.copyOf(columns[c], n);
    }

    /** Adds the quantile arrays to a stage summary; nothing when no task succeeded with metrics (as Spark). */
    void addDistributions(StageSummary.Builder b) {
        int count = 0;
        for (int i = 0; i < size; i++) if (counted[i]) count++;
        if (count == 0) return;
        b.quantiles(QUANTILES);
        long[] d = new long[size];
        int n = 0;
        for (int i = 0; i < size; i++) if (durations[i] >= 0) d[n++] = durations[i];
        b.distribution(StageSummary.DURATION, pick(Arrays.copyOf(d, n), count));
        for (int c = 0; c < PATHS.length; c++) {
            long[] v = new long[count];
            int k = 0;
            for (int i = 0; i < size; i++) if (counted[i]) v[k++] = columns[c][i];
            b.distribution(PATHS[c], pick(v, count));
        }
    }

    private static double[] pick(long[] values, int count) {
        Arrays.sort(values);
        double[] out = new double[QUANTILES.length];
        for (int q = 0; q < QUANTILES.length; q++) {
            long idx = Math.min((long) (QUANTILES[q] * count), count - 1);
            out[q] = idx < values.length ? values[(int) idx] : Double.NaN;
        }
        return out;
    }
}
