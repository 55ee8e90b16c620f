package dev.brickoptima.core.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a fingerprint hashes: the flagged text when the location marks some of the input, else the message. */
class FingerprintSubjectTest {

    private static Finding at(int start, int end, String operatorId, String message) {
        return new Finding("r", Severity.WARNING, message, new Location(start, end, 1, 1, 1, 1, operatorId), List.of(), null);
    }

    @Test
    void theFlaggedTextFromTheFirstToTheLastCharacter() {
        String text = "SELECT  *\n FROM t";
        assertThat(Fingerprint.subject(at(0, text.length(), null, "m"), text)).isEqualTo("SELECT * FROM t");
        assertThat(Fingerprint.subject(at(0, 1, null, "m"), text)).isEqualTo("S");
        assertThat(Fingerprint.subject(at(text.length() - 1, text.length(), null, "m"), text)).isEqualTo("t");
    }

    @Test
    void withoutAUsableRangeTheMessageWithoutDigits() {
        String text = "SELECT 1";
        assertThat(Fingerprint.subject(at(3, 3, null, "Statement 12 of  3"), text)).isEqualTo("Statement of");
        assertThat(Fingerprint.subject(at(3, 9, null, "m1"), text)).isEqualTo("m");
        assertThat(Fingerprint.subject(at(-1, 2, null, "m1"), text)).isEqualTo("m");
        assertThat(Fingerprint.subject(at(0, 2, null, "m1"), null)).isEqualTo("m");
    }

    @Test
    void aPlanLineLosesItsIdsAndTreeDrawing() {
        String plan = "+- *(2) Project [a#12L, b#3] (7)";
        assertThat(Fingerprint.subject(at(0, plan.length(), "7", "m"), plan)).isEqualTo("Project [a, b]");
        assertThat(Fingerprint.withoutPlanIds("+- ")).isEmpty();
        assertThat(Fingerprint.withoutPlanIds(":  +- Filter isnotnull(x#4)")).isEqualTo("Filter isnotnull(x)");
        // what only looks like an id stays
        assertThat(Fingerprint.withoutPlanIds("Scan t#")).isEqualTo("Scan t#");
        assertThat(Fingerprint.withoutPlanIds("Scan #x")).isEqualTo("Scan #x");
        assertThat(Fingerprint.withoutPlanIds("count()")).isEqualTo("count()");
        assertThat(Fingerprint.withoutPlanIds("limit(12")).isEqualTo("limit(12");
        assertThat(Fingerprint.withoutPlanIds("f(1a)")).isEqualTo("f(1a)");
        assertThat(Fingerprint.withoutPlanIds("Sort [x#12")).isEqualTo("Sort [x");
    }

    @Test
    void theSameHashIsNumberedInInputOrder() {
        String text = "a b a";
        List<Finding> findings = List.of(at(0, 1, null, "m"), at(2, 3, null, "m"), at(4, 5, null, "m"));
        List<String> prints = Fingerprint.of(findings, text);
        String a = Fingerprint.hash(findings.get(0), text);
        String b = Fingerprint.hash(findings.get(1), text);
        assertThat(a).isNotEqualTo(b).matches("[0-9a-f]{16}");
        assertThat(prints).containsExactly(a + ":1", b + ":1", a + ":2");
    }
}
