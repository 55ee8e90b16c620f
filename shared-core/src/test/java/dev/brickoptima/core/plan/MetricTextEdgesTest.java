package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metric strings cut off at every place {@link MetricText} looks one character ahead (the text of a truncated REST
 * answer or a copied UI cell), the stage / attempt / task suffix in its shapes, and the limits of ids and values.
 */
class MetricTextEdgesTest {
    private static final String HEAD = "total (min, med, max (stageId: taskId))\n";

    @Test
    void numbersEndingInASeparatorADotOrAnExponentMarkAreNotMetrics() {
        assertThat(MetricValue.parse("1,")).isNull();
        assertThat(MetricValue.parse("1.")).isNull();
        assertThat(MetricValue.parse("1e")).isNull();
        assertThat(MetricValue.parse("1,5").total()).isEqualTo(15);
        assertThat(MetricValue.parse("1.5").total()).isEqualTo(1.5);
        assertThat(MetricValue.parse("1E+3").total()).isEqualTo(1000);
        assertThat(MetricValue.parse("-4").total()).isEqualTo(-4);
        assertThat(MetricValue.parse("-")).isNull();
    }

    @Test
    void valuesUpToWhatASparkLongMetricHolds() {
        assertThat(MetricValue.parse("1E+19").total()).isEqualTo(1e19);
        assertThat(MetricValue.parse("-1E+19").total()).isEqualTo(-1e19);
        assertThat(MetricValue.parse("1.1E+19")).isNull();
    }

    @Test
    void distributionsCutOffAfterEachPart() {
        assertThat(MetricValue.parse(HEAD + "5 (1")).isNull();
        assertThat(MetricValue.parse(HEAD + "5 (1,")).isNull();
        assertThat(MetricValue.parse(HEAD + "5 (1, 2,")).isNull();
        MetricValue noClose = MetricValue.parse("total (min, med, max)\n6 (1, 2, 3");
        assertThat(noClose.max()).isEqualTo(3);
        assertThat(noClose.stageId()).isEqualTo(-1);
        MetricValue stageOnly = MetricValue.parse(HEAD + "6 (1, 2, 3 (stage 12");
        assertThat(stageOnly.stageId()).isEqualTo(12);
        assertThat(stageOnly.stageAttempt()).isEqualTo(-1);
        assertThat(stageOnly.taskId()).isEqualTo(-1);
        MetricValue attemptCut = MetricValue.parse(HEAD + "6 (1, 2, 3 (stage 12.");
        assertThat(attemptCut.stageId()).isEqualTo(12);
        assertThat(attemptCut.stageAttempt()).isEqualTo(-1);
    }

    @Test
    void stageAttemptAndTaskIds() {
        MetricValue v = MetricValue.parse(HEAD + "6 ms (1 ms, 2 ms, 3 ms (stage 123456789.2: task 123456789012345678))");
        assertThat(v.stageId()).isEqualTo(123456789);
        assertThat(v.stageAttempt()).isEqualTo(2);
        assertThat(v.taskId()).isEqualTo(123456789012345678L);
        MetricValue tooLong = MetricValue.parse(HEAD + "6 ms (1 ms, 2 ms, 3 ms (stage 1234567890.0: task 1234567890123456789))");
        assertThat(tooLong.stageId()).isEqualTo(-1);
        assertThat(tooLong.taskId()).isEqualTo(-1);
        MetricValue noDigits = MetricValue.parse(HEAD + "6 ms (1 ms, 2 ms, 3 ms (stage x: task y))");
        assertThat(noDigits.stageId()).isEqualTo(-1);
        assertThat(noDigits.taskId()).isEqualTo(-1);
        assertThat(noDigits.max()).isEqualTo(3);
    }

    @Test
    void anAttemptWordRightAfterTheStageIdOnly() {
        MetricValue older = MetricValue.parse(HEAD + "6 ms (1 ms, 2 ms, 3 ms (stage 4 (attempt 2): task 9))");
        assertThat(older.stageId()).isEqualTo(4);
        assertThat(older.stageAttempt()).isEqualTo(2);
        assertThat(older.taskId()).isEqualTo(9);
        // "attempt" four characters after the stage id belongs to something else
        MetricValue far = MetricValue.parse(HEAD + "6 ms (1 ms, 2 ms, 3 ms (stage 4   (attempt 2): task 9))");
        assertThat(far.stageId()).isEqualTo(4);
        assertThat(far.stageAttempt()).isEqualTo(-1);
    }
}
