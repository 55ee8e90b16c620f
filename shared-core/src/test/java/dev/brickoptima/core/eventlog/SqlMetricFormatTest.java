package dev.brickoptima.core.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strings Spark's UI prints for aggregated SQL metrics (checked against the live REST API in the fixture tests). */
class SqlMetricFormatTest {

    @Test
    void sizesAndDurationsLikeSparkUtils() {
        assertThat(SqlMetricFormat.bytesToString(0)).isEqualTo("0.0 B");
        assertThat(SqlMetricFormat.bytesToString(2047)).isEqualTo("2047.0 B");
        assertThat(SqlMetricFormat.bytesToString(2048)).isEqualTo("2.0 KiB");
        assertThat(SqlMetricFormat.bytesToString(1_600_000)).isEqualTo("1562.5 KiB");
        assertThat(SqlMetricFormat.bytesToString(8_700_000)).isEqualTo("8.3 MiB");
        assertThat(SqlMetricFormat.msDurationToString(999)).isEqualTo("999 ms");
        // 1.15f widens to 1.149999976..., which %.1f prints as 1.1
        assertThat(SqlMetricFormat.msDurationToString(1150)).isEqualTo("1.1 s");
        assertThat(SqlMetricFormat.msDurationToString(61_000)).isEqualTo("1.0 m");
        assertThat(SqlMetricFormat.msDurationToString(5_400_000)).isEqualTo("1.50 h");
    }

    @Test
    void sumsAveragesAndDistributions() {
        assertThat(SqlMetricFormat.stringValue("sum", new long[] {1_000_000, 234_567}, new long[0])).isEqualTo("1,234,567");
        assertThat(SqlMetricFormat.stringValue("average", new long[] {15}, new long[0])).isEqualTo("1.5");
        assertThat(SqlMetricFormat.stringValue("size", new long[] {-1, -1}, new long[0])).isEqualTo("0.0 B");
        assertThat(SqlMetricFormat.stringValue("timing", new long[] {22, 33, -1}, new long[] {33, 0, 0, 1}))
            .isEqualTo("total (min, med, max (stageId: taskId))\n55 ms (22 ms, 33 ms, 33 ms (stage 0.0: task 1))");
        assertThat(SqlMetricFormat.stringValue("nsTiming", new long[] {8_000_000, 15_000_000}, new long[0]))
            .isEqualTo("total (min, med, max (stageId: taskId))\n23 ms (8 ms, 15 ms, 15 ms (driver))");
        assertThat(SqlMetricFormat.stringValue("average", new long[] {10, 20, 0}, new long[] {20, 3, 1, 7}))
            .isEqualTo("(min, med, max (stageId: taskId)):\n(1, 2, 2 (stage 3.1: task 7))");
    }
}
