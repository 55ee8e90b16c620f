package dev.brickoptima.core.finding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The copies a host makes of a finding change the one part asked for and keep every other. */
class FindingCopyTest {
    private static final Location AT = new Location(7, 12, 2, 3, 2, 8, null);
    private static final Fix FIX = Fix.replace("Use UNION ALL", 7, 12, "UNION ALL");
    private static final Finding FINDING = new Finding("union-distinct", Severity.INFO, "UNION removes duplicates", AT,
        List.of(FIX), "why", List.of(new Location(40, 52, 4, 1, 4, 13, null)));

    @Test
    void withLocationChangesOnlyTheLocation() {
        Location other = new Location(1, 2, 1, 2, 1, 3, "4");
        assertThat(FINDING.withLocation(other)).isEqualTo(new Finding("union-distinct", Severity.INFO, "UNION removes duplicates",
            other, List.of(FIX), "why", FINDING.related()));
    }

    @Test
    void withMessageChangesOnlyTheMessage() {
        assertThat(FINDING.withMessage("m")).isEqualTo(new Finding("union-distinct", Severity.INFO, "m", AT, List.of(FIX), "why",
            FINDING.related()));
    }

    @Test
    void withFixesChangesOnlyTheFixes() {
        Fix hint = Fix.hint("Check the keys");
        assertThat(FINDING.withFixes(List.of(hint))).isEqualTo(new Finding("union-distinct", Severity.INFO,
            "UNION removes duplicates", AT, List.of(hint), "why", FINDING.related()));
    }

    @Test
    void withRelatedChangesOnlyTheRelatedPlaces() {
        Location exec = new Location(90, 100, 9, 5, 9, 15, null);
        assertThat(FINDING.withRelated(List.of(exec))).isEqualTo(new Finding("union-distinct", Severity.INFO,
            "UNION removes duplicates", AT, List.of(FIX), "why", List.of(exec)));
    }

    @Test
    void theShortConstructorHasNoRelatedPlaces() {
        assertThat(new Finding("r", Severity.ERROR, "m", AT, List.of(), null).related()).isEmpty();
    }

    @Test
    void theListsAreCopiedAndReadOnly() {
        List<Fix> fixes = new ArrayList<>(List.of(FIX));
        Finding f = new Finding("r", Severity.ERROR, "m", AT, fixes, null);
        fixes.clear();
        assertThat(f.fixes()).containsExactly(FIX);
        assertThatThrownBy(() -> f.fixes().add(FIX)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOperatorLocationPointsAtTheStartOfThePlan() {
        assertThat(Location.ofOperator("12")).isEqualTo(new Location(0, 0, 1, 1, 1, 1, "12"));
        assertThat(AT.withOperator("3")).isEqualTo(new Location(7, 12, 2, 3, 2, 8, "3"));
    }
}
