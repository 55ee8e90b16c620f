package dev.brickoptima.core.rule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdTest {
    @Test
    void countsBytesAndMillisAreWholeNonNegativeNumbers() {
        Threshold count = Threshold.count("max", 500, "d");
        assertThat(count.problem(0)).isNull();
        assertThat(count.problem(200)).isNull();
        assertThat(count.problem(2.5)).isEqualTo("must be a whole number (count)");
        assertThat(count.problem(-1)).isEqualTo("must not be negative");
        assertThat(count.problem(Double.POSITIVE_INFINITY)).isEqualTo("must be a finite number");
        assertThat(count.problem(Double.NaN)).isEqualTo("must be a finite number");
        assertThat(count.problem(1e16)).isEqualTo("is too large (at most 1e15)");
        assertThat(Threshold.bytes("b", 1, "d").problem(0.5)).isEqualTo("must be a whole number (bytes)");
        assertThat(Threshold.millis("m", 1, "d").problem(1.5)).isEqualTo("must be a whole number (millis)");
    }

    @Test
    void factorsTakeFractionsAboveZeroAndSwitchesOnlyZeroOrOne() {
        Threshold f = Threshold.factor("factor", 5, "d");
        assertThat(f.problem(1.5)).isNull();
        assertThat(f.problem(0)).isEqualTo("must be greater than 0");
        Threshold s = Threshold.onOff("onText", false, "d");
        assertThat(s.defaultValue()).isZero();
        assertThat(s.problem(1)).isNull();
        assertThat(s.problem(0)).isNull();
        assertThat(s.problem(2)).isEqualTo("must be 0 or 1 (or false/true)");
    }

    @Test
    void sharesAreBetweenZeroAndOneAndCostsTakeFractions() {
        Threshold share = Threshold.share("maxSelectivity", 0.05, "d");
        assertThat(share.problem(0.5)).isNull();
        assertThat(share.problem(1.5)).isEqualTo("must be between 0 and 1");
        Threshold cost = Threshold.cost("maxCost", Double.POSITIVE_INFINITY, "d");
        assertThat(cost.problem(1234.5)).isNull();
        assertThat(cost.problem(-1)).isEqualTo("must not be negative");
        assertThat(cost.defaultForPeople()).isEqualTo("no limit");
        assertThat(cost.defaultText()).isEqualTo("none");
    }

    @Test
    void defaultsAreShownForPeopleAndForConfiguration() {
        assertThat(Threshold.bytes("b", 64 * 1024 * 1024, "d").defaultForPeople()).isEqualTo("64 MiB (67108864)");
        assertThat(Threshold.bytes("b", 1000, "d").defaultForPeople()).isEqualTo("1,000 B");
        assertThat(Threshold.millis("m", 2000, "d").defaultForPeople()).isEqualTo("2,000 ms");
        assertThat(Threshold.count("c", 10_000_000, "d").defaultForPeople()).isEqualTo("10,000,000");
        assertThat(Threshold.factor("f", 1.5, "d").defaultForPeople()).isEqualTo("1.5");
        assertThat(Threshold.onOff("s", true, "d").defaultForPeople()).isEqualTo("on (1)");
        assertThat(Threshold.bytes("b", 64 * 1024 * 1024, "d").defaultText()).isEqualTo("67108864");
        assertThat(Threshold.factor("f", 1.5, "d").defaultText()).isEqualTo("1.5");
    }

    @Test
    void theLimitsOfEachRangeAreAccepted() {
        Threshold share = Threshold.share("s", 0.05, "d");
        assertThat(share.problem(0)).isNull();
        assertThat(share.problem(1)).isNull();
        assertThat(share.problem(-0.01)).isEqualTo("must be between 0 and 1");
        assertThat(share.problem(1.01)).isEqualTo("must be between 0 and 1");
        assertThat(Threshold.count("c", 1, "d").problem(1e15)).isNull();
        assertThat(Threshold.count("c", 1, "d").problem(1e15 + 2)).isEqualTo("is too large (at most 1e15)");
        assertThat(Threshold.factor("f", 1, "d").problem(0.001)).isNull();
    }

    @Test
    void defaultsAreGroupedInThousandsAndBytesInTheLargestWholeUnit() {
        assertThat(Threshold.millis("m", 100, "d").defaultForPeople()).isEqualTo("100 ms");
        assertThat(Threshold.count("c", 123_456, "d").defaultForPeople()).isEqualTo("123,456");
        assertThat(Threshold.count("c", 0, "d").defaultForPeople()).isEqualTo("0");
        assertThat(Threshold.bytes("b", 1024, "d").defaultForPeople()).isEqualTo("1 KiB (1024)");
        assertThat(Threshold.bytes("b", 1023, "d").defaultForPeople()).isEqualTo("1,023 B");
        assertThat(Threshold.bytes("b", 1536, "d").defaultForPeople()).isEqualTo("1,536 B");
        assertThat(Threshold.bytes("b", 3L << 40, "d").defaultForPeople()).isEqualTo("3 TiB (3298534883328)");
        // no unit above TiB (such a size is beyond what a threshold accepts, 1e15, but a default is not checked)
        assertThat(Threshold.bytes("b", 1L << 50, "d").defaultForPeople()).startsWith("1,024 TiB (");
        assertThat(Threshold.onOff("s", false, "d").defaultForPeople()).isEqualTo("off (0)");
    }

    @Test
    void theLargestAcceptedValueIsWrittenAsAWholeNumber() {
        assertThat(Threshold.count("c", 1e15, "d").defaultText()).isEqualTo("1000000000000000");
        assertThat(Threshold.count("c", 999_999_999_999_999L, "d").defaultText()).isEqualTo("999999999999999");
        assertThat(Threshold.factor("f", 2e15, "d").defaultText()).isEqualTo("2.0E15");
    }

    @Test
    void aRuleMayNotDeclareTheSameThresholdTwice() {
        Threshold t = Threshold.count("max", 1, "d");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleMetadata.rule("x").title("X").thresholds(t, t).build())
            .hasMessage("rule x declares threshold max twice");
    }
}
