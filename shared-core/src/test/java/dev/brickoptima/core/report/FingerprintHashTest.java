package dev.brickoptima.core.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash is stored in baselines and code-scanning alerts, so it must never change between releases or hosts: 64-bit
 * FNV-1a over the UTF-16LE bytes of rule id, NUL and subject. The expected values were computed independently (Python:
 * FNV-1a 64 over {@code s.encode("utf-16-le")}).
 */
class FingerprintHashTest {

    @Test
    void theHashIsFnv1aOfTheRuleAndTheFlaggedText() {
        assertThat(Fingerprint.fnv64("")).isEqualTo(0xcbf29ce484222325L);
        String text = "SELECT *";
        Finding f = new Finding("select-star", Severity.WARNING, "m", new Location(0, 8, 1, 1, 1, 9, null), List.of(), null);
        assertThat(Fingerprint.hash(f, text)).isEqualTo("2bf7fc5d0115d996");
    }

    @Test
    void charactersBeyondLatin1HashBothTheirBytes() {
        // no range: the message without digits, "prix €" (U+20AC: bytes ac 20)
        Finding f = new Finding("r", Severity.INFO, "prix 12 €", new Location(0, 0, 1, 1, 1, 1, null), List.of(), null);
        assertThat(Fingerprint.hash(f, null)).isEqualTo("7aa3d26191202fd8");
        assertThat(Fingerprint.of(List.of(f, f), null)).containsExactly("7aa3d26191202fd8:1", "7aa3d26191202fd8:2");
    }
}
