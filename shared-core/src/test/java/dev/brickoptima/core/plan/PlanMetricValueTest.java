package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanMetricValueTest {

    @Test
    void plainValues() {
        assertThat(MetricValue.parse("100,000").total()).isEqualTo(100_000);
        assertThat(MetricValue.parse("100,000").unit()).isEqualTo(MetricUnit.COUNT);
        assertThat(MetricValue.parse("5 ms").total()).isEqualTo(5);
        assertThat(MetricValue.parse("5 ms").unit()).isEqualTo(MetricUnit.MILLIS);
        assertThat(MetricValue.parse("1.5 s").total()).isEqualTo(1500);
        assertThat(MetricValue.parse("2.0 m").total()).isEqualTo(120_000);
        assertThat(MetricValue.parse("2.3 KiB").total()).isCloseTo(2.3 * 1024, within(1e-9));
        assertThat(MetricValue.parse("0.0 B").total()).isZero();
        assertThat(MetricValue.parse("8.1 MiB").unit()).isEqualTo(MetricUnit.BYTES);
        assertThat(MetricValue.parse("1.0 GiB").total()).isEqualTo(1024d * 1024 * 1024);
        assertThat(MetricValue.parse("1562.5 KiB").hasDistribution()).isFalse();
        assertThat(MetricValue.parse("not a number")).isNull();
        assertThat(MetricValue.parse("")).isNull();
        assertThat(MetricValue.parse(null)).isNull();
    }

    @Test
    void garbageNumbersAreNotMetrics() {
        String digits = "9".repeat(2_000);
        assertThat(MetricValue.parse("1e999 B")).isNull();
        assertThat(MetricValue.parse(digits)).isNull();
        assertThat(MetricValue.parse(digits + " ms")).isNull();
        assertThat(MetricValue.parse("1e300 B")).as("finite but no Spark long").isNull();
        assertThat(MetricValue.parse("total (min, med, max)\n1.0 KiB (1.0 B, 1e999 B, 4.0 KiB)")).isNull();
        assertThat(MetricValue.parse("total (min, med, max (stageId: taskId))\n5 ms (1 ms, 2 ms, 3 ms (stage 1.0: task " + digits + "))").taskId())
            .as("an unreadable task id is unknown, not a crash").isEqualTo(-1);
        assertThat(MetricValue.parse("8.0 EiB").total()).as("Spark's largest").isEqualTo(8d * 1024 * 1024 * 1024 * 1024 * 1024 * 1024);
        assertThat(MetricText.size("sizeInBytes=1e999 B")).isNaN();
    }

    @Test
    void distributionWithStageAndTask() {
        MetricValue v = MetricValue.parse("total (min, med, max (stageId: taskId))\n1063.5 KiB (11.8 KiB, 23.4 KiB, 916.8 KiB (stage 22.0: task 31))");
        assertThat(v.unit()).isEqualTo(MetricUnit.BYTES);
        assertThat(v.total()).isCloseTo(1063.5 * 1024, within(1e-6));
        assertThat(v.min()).isCloseTo(11.8 * 1024, within(1e-6));
        assertThat(v.med()).isCloseTo(23.4 * 1024, within(1e-6));
        assertThat(v.max()).isCloseTo(916.8 * 1024, within(1e-6));
        assertThat(v.stageId()).isEqualTo(22);
        assertThat(v.stageAttempt()).isZero();
        assertThat(v.taskId()).isEqualTo(31);
        assertThat(v.hasDistribution()).isTrue();
    }

    @Test
    void otherShapes() {
        MetricValue ms = MetricValue.parse("total (min, med, max (stageId: taskId))\n54 ms (23 ms, 31 ms, 31 ms (stage 7.0: task 10))");
        assertThat(ms.total()).isEqualTo(54);
        assertThat(ms.max()).isEqualTo(31);
        assertThat(ms.unit()).isEqualTo(MetricUnit.MILLIS);
        MetricValue old = MetricValue.parse("total (min, med, max)\n10.0 KiB (1024.0 B, 2.0 KiB, 4.0 KiB)");
        assertThat(old.max()).isEqualTo(4096);
        assertThat(old.stageId()).isEqualTo(-1);
        MetricValue noTotal = MetricValue.parse("(min, med, max (stageId: taskId)):\n(1, 1, 1 (stage 22.0: task 26))");
        assertThat(Double.isNaN(noTotal.total())).isTrue();
        assertThat(noTotal.max()).isEqualTo(1);
        assertThat(noTotal.taskId()).isEqualTo(26);
        MetricValue spark30 = MetricValue.parse("total (min, med, max (stageId (attemptId): taskId))\n10 ms (1 ms, 2 ms, 5 ms (stage 3 (attempt 1): task 17))");
        assertThat(spark30.stageId()).isEqualTo(3);
        assertThat(spark30.stageAttempt()).isEqualTo(1);
        assertThat(spark30.taskId()).isEqualTo(17);
        MetricValue counts = MetricValue.parse("total (min, med, max)\n12,345 (1,000, 2,000, 9,345)");
        assertThat(counts.total()).isEqualTo(12_345);
        assertThat(counts.max()).isEqualTo(9_345);
    }

    @Test
    void everyMetricOfTheRealSampleParses() throws Exception {
        int n = 0;
        for (SqlExecution e : RestJson.executions()) {
            for (SqlExecutionNode node : e.nodes()) {
                for (SqlMetric m : node.metrics()) {
                    assertThat(m.parsed()).as("%s = %s", m.name(), m.value()).isNotNull();
                    n++;
                }
            }
        }
        assertThat(n).isGreaterThan(200);
    }

    @Test
    void numbersAreFormattedForMessages() {
        assertThat(PlanNumbers.count(182510)).isEqualTo("182,510");
        assertThat(PlanNumbers.count(999)).isEqualTo("999");
        assertThat(PlanNumbers.count(-1234567)).isEqualTo("-1,234,567");
        assertThat(PlanNumbers.bytes(1.5 * 1024 * 1024)).isEqualTo("1.5 MiB");
        assertThat(PlanNumbers.bytes(512)).isEqualTo("512 B");
        assertThat(PlanNumbers.ratio(182510.0 / 2944)).isEqualTo("62x");
        assertThat(PlanNumbers.ratio(3.46)).isEqualTo("3.5x");
        assertThat(PlanNumbers.millis(284)).isEqualTo("284 ms");
        assertThat(PlanNumbers.millis(65_000)).isEqualTo("65.0 s");
    }
}
