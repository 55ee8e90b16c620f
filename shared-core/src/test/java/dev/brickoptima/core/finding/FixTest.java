package dev.brickoptima.core.finding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fix applies its edits as a host would: every offset is into the original text, in whatever order they come. */
class FixTest {

    @Test
    void editsInAnyOrderApplyToTheOriginalOffsets() {
        String sql = "select * from t union select * from u";
        TextEdit star2 = new TextEdit(29, 30, "id");
        TextEdit union = new TextEdit(16, 21, "union all");
        TextEdit star1 = new TextEdit(7, 8, "id");
        String expected = "select id from t union all select id from u";
        assertThat(new Fix("f", List.of(star2, star1, union)).applyTo(sql)).isEqualTo(expected);
        assertThat(new Fix("f", List.of(star1, union, star2)).applyTo(sql)).isEqualTo(expected);
        assertThat(new Fix("f", List.of(union, star2, star1)).applyTo(sql)).isEqualTo(expected);
    }

    @Test
    void aReplaceIsOneEditAndAHintHasNone() {
        Fix replace = Fix.replace("Quote it", 0, 4, "\"user\"");
        assertThat(replace.edits()).containsExactly(new TextEdit(0, 4, "\"user\""));
        assertThat(replace.isHint()).isFalse();
        assertThat(replace.applyTo("user x")).isEqualTo("\"user\" x");
        Fix hint = Fix.hint("Add an index");
        assertThat(hint.isHint()).isTrue();
        assertThat(hint.applyTo("select 1")).isEqualTo("select 1");
    }

    @Test
    void anEditWithABadRangeIsRejected() {
        assertThatThrownBy(() -> new TextEdit(5, 4, "x")).hasMessage("bad edit range 5..4");
        assertThatThrownBy(() -> new TextEdit(-1, 0, "x")).hasMessage("bad edit range -1..0");
        assertThat(new TextEdit(2, 2, null).replacement()).isEmpty();
        assertThat(new TextEdit(2, 3, "x").shift(10)).isEqualTo(new TextEdit(12, 13, "x"));
    }
}
