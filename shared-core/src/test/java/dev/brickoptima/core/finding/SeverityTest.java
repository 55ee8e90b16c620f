package dev.brickoptima.core.finding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Severities as configurations spell them, and their order (a CI gate fails at a threshold and above). */
class SeverityTest {

    @Test
    void parsesTheConfiguredSpellings() {
        assertThat(Severity.parse(" Warn ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("WARNING")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("info")).isEqualTo(Severity.INFO);
        assertThat(Severity.parse("Error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse("fatal")).isNull();
        assertThat(Severity.parse(null)).isNull();
        assertThat(Severity.ERROR.label()).isEqualTo("error");
    }

    @Test
    void atLeastIncludesTheThresholdItself() {
        assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.WARNING.atLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.atLeast(Severity.INFO)).isTrue();
    }
}
