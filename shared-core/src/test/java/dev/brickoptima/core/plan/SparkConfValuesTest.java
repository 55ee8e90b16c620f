package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark size strings as {@code JavaUtils.byteStringAsBytes} reads them: every binary unit, its spellings, and what is not a size. */
class SparkConfValuesTest {
    private static final double K = 1024;

    @Test
    void everyUnitIsBinary() {
        assertThat(SparkConfValues.bytes("7")).isEqualTo(7d);
        assertThat(SparkConfValues.bytes("7b")).isEqualTo(7d);
        assertThat(SparkConfValues.bytes("3k")).isEqualTo(3 * K);
        assertThat(SparkConfValues.bytes("3kb")).isEqualTo(3 * K);
        assertThat(SparkConfValues.bytes("3KiB")).isEqualTo(3 * K);
        assertThat(SparkConfValues.bytes("10MiB")).isEqualTo(10 * K * K);
        assertThat(SparkConfValues.bytes("1.5g")).isEqualTo(1.5 * K * K * K);
        assertThat(SparkConfValues.bytes("3G")).isEqualTo(3 * K * K * K);
        assertThat(SparkConfValues.bytes("2t")).isEqualTo(2 * K * K * K * K);
        assertThat(SparkConfValues.bytes("2TB")).isEqualTo(2 * K * K * K * K);
        assertThat(SparkConfValues.bytes("3p")).isEqualTo(3 * K * K * K * K * K);
        assertThat(SparkConfValues.bytes("3pib")).isEqualTo(3 * K * K * K * K * K);
        assertThat(SparkConfValues.bytes("64 m")).isEqualTo(64 * K * K);
    }

    @Test
    void notASize() {
        assertThat(SparkConfValues.bytes(null)).isNaN();
        assertThat(SparkConfValues.bytes("")).isNaN();
        assertThat(SparkConfValues.bytes("   ")).isNaN();
        assertThat(SparkConfValues.bytes("-")).isNaN();
        assertThat(SparkConfValues.bytes("-m")).isNaN();
        assertThat(SparkConfValues.bytes(".")).isNaN();
        assertThat(SparkConfValues.bytes("1.2.3m")).isNaN();
        assertThat(SparkConfValues.bytes("m")).isNaN();
        assertThat(SparkConfValues.bytes("3e")).isNaN();
        assertThat(SparkConfValues.bytes("3 mm")).isNaN();
    }
}
