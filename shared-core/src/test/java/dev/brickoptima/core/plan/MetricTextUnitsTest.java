package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every unit word {@link MetricText} knows and its factor, number shapes (thousands separators, decimals, exponents,
 * signs), and the malformed metric strings it must refuse rather than misread.
 */
class MetricTextUnitsTest {

    private static double total(String s) {
        return MetricValue.parse(s).total();
    }

    private static MetricUnit unit(String s) {
        return MetricValue.parse(s).unit();
    }

    @Test
    void everyTimeUnitInMilliseconds() {
        assertThat(total("2000000 ns")).isEqualTo(2.0);
        assertThat(unit("3 ns")).isEqualTo(MetricUnit.MILLIS);
        assertThat(total("7 ms")).isEqualTo(7);
        assertThat(total("2 s")).isEqualTo(2000);
        assertThat(total("3 m")).isEqualTo(180_000);
        assertThat(total("3 min")).isEqualTo(180_000);
        assertThat(total("2 h")).isEqualTo(7_200_000);
        assertThat(unit("2 h")).isEqualTo(MetricUnit.MILLIS);
    }

    @Test
    void everySizeUnitInBytes() {
        double k = 1024;
        assertThat(total("5 B")).isEqualTo(5);
        assertThat(total("5 bytes")).isEqualTo(5);
        assertThat(unit("5 bytes")).isEqualTo(MetricUnit.BYTES);
        assertThat(total("2 KiB")).isEqualTo(2 * k);
        assertThat(total("2 KB")).isEqualTo(2 * k);
        assertThat(total("2 MiB")).isEqualTo(2 * k * k);
        assertThat(total("2 MB")).isEqualTo(2 * k * k);
        assertThat(total("2 GiB")).isEqualTo(2 * k * k * k);
        assertThat(total("2 GB")).isEqualTo(2 * k * k * k);
        assertThat(total("2 TiB")).isEqualTo(2 * k * k * k * k);
        assertThat(total("2 TB")).isEqualTo(2 * k * k * k * k);
        assertThat(total("2 PiB")).isEqualTo(2 * k * k * k * k * k);
        assertThat(total("2 PB")).isEqualTo(2 * k * k * k * k * k);
        assertThat(total("2 EiB")).isEqualTo(2 * k * k * k * k * k * k);
        assertThat(total("2 EB")).isEqualTo(2 * k * k * k * k * k * k);
    }

    @Test
    void numberShapes() {
        assertThat(total("1,234,567")).isEqualTo(1_234_567);
        assertThat(total("-3")).isEqualTo(-3);
        assertThat(total("0.25")).isEqualTo(0.25);
        assertThat(total("1.5E3")).isEqualTo(1500);
        assertThat(total("2e-1")).isEqualTo(0.2);
        assertThat(total("1E+2 ms")).isEqualTo(100);
        assertThat(unit("12")).isEqualTo(MetricUnit.COUNT);
        assertThat(total("  42  ")).isEqualTo(42);
        assertThat(MetricValue.parse("  42  ").raw()).isEqualTo("  42  ");
        assertThat(Double.isNaN(MetricValue.parse("42").min())).isTrue();
        assertThat(MetricValue.parse("42").stageId()).isEqualTo(-1);
        assertThat(MetricValue.parse("42").taskId()).isEqualTo(-1);
    }

    @Test
    void malformedStringsAreRefused() {
        for (String bad : new String[] {"   ", "-", ",5", "5 parsecs", "5 ms extra", "E5", ".", "12 3",
            "total (min, med, max)\nabc", "total (min, med, max)\n1 (2, 3)", "total (min, med, max)\n1 (2; 3, 4)",
            "total (min, med, max)\n1 (x, 3, 4)", "total (min, med, max)\n1 (2, 3 4)", "(min, med, max)\nno numbers"}) {
            assertThat(MetricValue.parse(bad)).as("'%s'", bad).isNull();
        }
    }

    @Test
    void aTotalWithoutDistributionAndADistributionWithoutStage() {
        MetricValue onlyTotal = MetricValue.parse("total (min, med, max)\n3.0 KiB");
        assertThat(onlyTotal.total()).isEqualTo(3072);
        assertThat(onlyTotal.unit()).isEqualTo(MetricUnit.BYTES);
        assertThat(onlyTotal.hasDistribution()).isFalse();
        MetricValue noUnitTotal = MetricValue.parse("(min, med, max)\n(1 ms, 2 ms, 3 s)");
        assertThat(noUnitTotal.unit()).isEqualTo(MetricUnit.MILLIS);   // the max's unit when there is no total
        assertThat(noUnitTotal.max()).isEqualTo(3000);
        assertThat(noUnitTotal.min()).isEqualTo(1);
        assertThat(noUnitTotal.med()).isEqualTo(2);
        assertThat(noUnitTotal.stageId()).isEqualTo(-1);
        MetricValue spaced = MetricValue.parse("total (min, med, max)\n10 ( 1 , 2 , 7 )");
        assertThat(spaced.max()).isEqualTo(7);
        // a stage suffix without an attempt or task
        MetricValue stageOnly = MetricValue.parse("total (min, med, max (stageId: taskId))\n4 (1, 1, 2 (stage 5))");
        assertThat(stageOnly.stageId()).isEqualTo(5);
        assertThat(stageOnly.stageAttempt()).isEqualTo(-1);
        assertThat(stageOnly.taskId()).isEqualTo(-1);
        // a suffix without "stage"
        MetricValue other = MetricValue.parse("total (min, med, max)\n4 (1, 1, 2 (x))");
        assertThat(other.stageId()).isEqualTo(-1);
        // an attempt number too long to be one is not read
        MetricValue huge = MetricValue.parse("total (min, med, max (stageId: taskId))\n4 (1, 1, 2 (stage 1234567890.0: task 12345678901))");
        assertThat(huge.stageId()).isEqualTo(-1);
        assertThat(huge.taskId()).isEqualTo(12_345_678_901L);
        // the Spark 3.0 attempt must follow the stage closely
        MetricValue far = MetricValue.parse("total (min, med, max)\n4 (1, 1, 2 (stage 3 and then attempt 1: task 2))");
        assertThat(far.stageId()).isEqualTo(3);
        assertThat(far.stageAttempt()).isEqualTo(-1);
        assertThat(far.taskId()).isEqualTo(2);
    }

    @Test
    void statisticsSizes() {
        assertThat(MetricText.size("1562.5 KiB")).isEqualTo(1562.5 * 1024);
        assertThat(MetricText.size("8.0 EiB")).isEqualTo(8.0 * Math.pow(1024, 6));
        assertThat(MetricText.size("17")).isEqualTo(17);
        assertThat(Double.isNaN(MetricText.size("big"))).isTrue();
    }
}
