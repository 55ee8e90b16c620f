package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How PostgreSQL findings write numbers: plain values as EXPLAIN prints them, costs, kB, ms, work_mem settings, shares. */
class PgNumbersTest {
    @Test
    void plainNumbersAsExplainPrintsThem() {
        assertThat(PgNumbers.plain(42)).isEqualTo("42");
        assertThat(PgNumbers.plain(-7)).isEqualTo("-7");
        assertThat(PgNumbers.plain(0)).isEqualTo("0");
        assertThat(PgNumbers.plain(1.5)).isEqualTo("1.5");
        assertThat(PgNumbers.plain(0.014)).isEqualTo("0.014");
        assertThat(PgNumbers.plain(0.0004)).isEqualTo("0");
        assertThat(PgNumbers.plain(0.001)).isEqualTo("0.001");
        assertThat(PgNumbers.plain(22.74)).isEqualTo("22.74");
        assertThat(PgNumbers.plain(-2.25)).isEqualTo("-2.25");
        assertThat(PgNumbers.plain(-0.5)).isEqualTo("-0.5");
        assertThat(PgNumbers.plain(1262.0001)).isEqualTo("1262");
        assertThat(PgNumbers.plain(1e15)).isEqualTo("1000000000000000");
    }

    @Test
    void costsRowsAndSizes() {
        assertThat(PgNumbers.cost(999.94)).isEqualTo("999.9");
        assertThat(PgNumbers.cost(1000)).isEqualTo("1,000");
        assertThat(PgNumbers.cost(24792.61)).isEqualTo("24,793");
        assertThat(PgNumbers.rows(182510)).isEqualTo("182,510");
        assertThat(PgNumbers.kilobytes(34408)).isEqualTo("33.6 MiB");
        assertThat(PgNumbers.kilobytes(1)).isEqualTo("1.0 KiB");
    }

    @Test
    void millisecondsUpToTenSecondsWithADecimal() {
        assertThat(PgNumbers.millis(112.64)).isEqualTo("112.6 ms");
        assertThat(PgNumbers.millis(9999.9)).isEqualTo("9,999.9 ms");
        assertThat(PgNumbers.millis(10_000)).isEqualTo("10.0 s");
    }

    @Test
    void workMemRoundedUpToWholeKilobytesOrMegabytes() {
        assertThat(PgNumbers.workMem(517.03)).isEqualTo("518kB");
        assertThat(PgNumbers.workMem(1023.5)).isEqualTo("1024kB");
        assertThat(PgNumbers.workMem(1024)).isEqualTo("1MB");
        assertThat(PgNumbers.workMem(1025)).isEqualTo("2MB");
        assertThat(PgNumbers.workMem(40656)).isEqualTo("40MB");
    }

    @Test
    void sharesNeverRoundToNothingOrToEverything() {
        assertThat(PgNumbers.percent(0.873)).isEqualTo("87%");
        assertThat(PgNumbers.percent(0.0004)).isEqualTo("<0.1%");
        assertThat(PgNumbers.percent(0.0005)).isEqualTo("0.1%");
        assertThat(PgNumbers.percent(0)).isEqualTo("0.0%");
        assertThat(PgNumbers.percent(0.0099)).isEqualTo("1.0%");
        assertThat(PgNumbers.percent(0.01)).isEqualTo("1%");
        assertThat(PgNumbers.percent(0.98)).isEqualTo("98%");
        assertThat(PgNumbers.percent(0.9949)).isEqualTo("99.5%");
        assertThat(PgNumbers.percent(0.99999)).isEqualTo("99.9%");
        assertThat(PgNumbers.percent(1)).isEqualTo("100%");
    }
}
