package dev.brickoptima.core.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-severity counts a report's summary line shows for one input. */
class InputReportTest {

    private static Finding of(Severity s) {
        return new Finding("r", s, "m", Location.ofOperator("1"), List.of(), null);
    }

    @Test
    void countsTheFindingsOfEachSeverity() {
        InputReport r = new InputReport("q.sql", "sql", 3, List.of(of(Severity.ERROR), of(Severity.INFO), of(Severity.ERROR)), List.of());
        assertThat(r.count(Severity.ERROR)).isEqualTo(2);
        assertThat(r.count(Severity.INFO)).isEqualTo(1);
        assertThat(r.count(Severity.WARNING)).isZero();
    }
}
