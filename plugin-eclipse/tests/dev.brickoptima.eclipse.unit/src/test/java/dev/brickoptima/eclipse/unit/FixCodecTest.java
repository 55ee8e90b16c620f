package dev.brickoptima.eclipse.unit;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.eclipse.markers.FixCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixCodecTest {
    @Test
    void fixesRoundTripThroughAMarkerAttribute() {
        List<Fix> fixes = List.of(
            new Fix("Replace with 'a IS NULL'", List.of(new TextEdit(10, 18, "a IS NULL"))),
            new Fix("Bind: \"x\" 3:4:", List.of(new TextEdit(1, 2, "\"?\"\n"), new TextEdit(30, 30, ", new Object[] {x}"))));
        assertThat(FixCodec.decode(FixCodec.encode(fixes))).isEqualTo(fixes);
        assertThat(FixCodec.decode(FixCodec.encode(List.of()))).isEmpty();
    }

    @Test
    void unreadableValuesGiveNoFixes() {
        assertThat(FixCodec.decode("3:abc")).isEmpty();
        assertThat(FixCodec.decode("garbage")).isEmpty();
        assertThat(FixCodec.decode(null)).isEmpty();
    }
}
