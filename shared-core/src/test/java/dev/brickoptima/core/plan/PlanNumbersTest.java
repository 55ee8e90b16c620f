package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers in plan finding messages, at each unit boundary and rounding edge. */
class PlanNumbersTest {

    @Test
    void counts() {
        assertThat(PlanNumbers.count(0)).isEqualTo("0");
        assertThat(PlanNumbers.count(12)).isEqualTo("12");
        assertThat(PlanNumbers.count(1000)).isEqualTo("1,000");
        assertThat(PlanNumbers.count(12345)).isEqualTo("12,345");
        assertThat(PlanNumbers.count(123456)).isEqualTo("123,456");
        assertThat(PlanNumbers.count(1234567.6)).isEqualTo("1,234,568");
        assertThat(PlanNumbers.count(-999.5)).isEqualTo("-999");
        assertThat(PlanNumbers.count(-1000)).isEqualTo("-1,000");
    }

    @Test
    void bytesUpToPebibytes() {
        assertThat(PlanNumbers.bytes(0)).isEqualTo("0 B");
        assertThat(PlanNumbers.bytes(1023)).isEqualTo("1,023 B");
        assertThat(PlanNumbers.bytes(1024)).isEqualTo("1.0 KiB");
        assertThat(PlanNumbers.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(PlanNumbers.bytes(1572864)).isEqualTo("1.5 MiB");
        assertThat(PlanNumbers.bytes(3.0 * 1024 * 1024 * 1024)).isEqualTo("3.0 GiB");
        assertThat(PlanNumbers.bytes(2.0 * Math.pow(1024, 4))).isEqualTo("2.0 TiB");
        assertThat(PlanNumbers.bytes(2.0 * Math.pow(1024, 5))).isEqualTo("2.0 PiB");
        assertThat(PlanNumbers.bytes(2048.0 * Math.pow(1024, 5))).isEqualTo("2,048.0 PiB");   // no unit above PiB
        assertThat(PlanNumbers.bytes(-2048)).isEqualTo("-2.0 KiB");
    }

    @Test
    void durations() {
        assertThat(PlanNumbers.millis(0)).isEqualTo("0 ms");
        assertThat(PlanNumbers.millis(999)).isEqualTo("999 ms");
        assertThat(PlanNumbers.millis(1000)).isEqualTo("1.0 s");
        assertThat(PlanNumbers.millis(59_940)).isEqualTo("59.9 s");
        assertThat(PlanNumbers.millis(599_999)).isEqualTo("600.0 s");
        assertThat(PlanNumbers.millis(600_000)).isEqualTo("10.0 min");
        assertThat(PlanNumbers.millis(5_400_000)).isEqualTo("90.0 min");
    }

    @Test
    void ratiosAndUnits() {
        assertThat(PlanNumbers.ratio(61.99)).isEqualTo("62x");
        assertThat(PlanNumbers.ratio(10)).isEqualTo("10x");
        assertThat(PlanNumbers.ratio(9.96)).isEqualTo("10.0x");
        assertThat(PlanNumbers.ratio(3.46)).isEqualTo("3.5x");
        assertThat(PlanNumbers.ratio(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
        assertThat(PlanNumbers.withUnit(2048, MetricUnit.BYTES)).isEqualTo("2.0 KiB");
        assertThat(PlanNumbers.withUnit(2048, MetricUnit.MILLIS)).isEqualTo("2.0 s");
        assertThat(PlanNumbers.withUnit(2048, MetricUnit.COUNT)).isEqualTo("2,048");
    }

    @Test
    void oneDecimalRoundsHalfUpAndKeepsTheSign() {
        assertThat(PlanNumbers.oneDecimal(0)).isEqualTo("0.0");
        assertThat(PlanNumbers.oneDecimal(1.25)).isEqualTo("1.3");
        assertThat(PlanNumbers.oneDecimal(1234.56)).isEqualTo("1,234.6");
        assertThat(PlanNumbers.oneDecimal(-0.4)).isEqualTo("-0.4");
        assertThat(PlanNumbers.oneDecimal(-2.5)).isEqualTo("-2.5");
        assertThat(PlanNumbers.oneDecimal(-0.04)).isEqualTo("0.0");
    }
}
