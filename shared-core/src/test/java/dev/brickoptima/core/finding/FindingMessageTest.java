package dev.brickoptima.core.finding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's message is one line whatever text a rule quotes into it: every line-based report format relies on it. */
class FindingMessageTest {

    private static String message(String m) {
        return new Finding("r", Severity.WARNING, m, Location.ofOperator("1"), List.of(), null).message();
    }

    @Test
    void aLineBreakBetweenWordsBecomesOneSpace() {
        assertThat(message("join on\na.id")).isEqualTo("join on a.id");
        assertThat(message("join on\r\na.id")).isEqualTo("join on a.id");
        assertThat(message("join on\n\n\ra.id")).isEqualTo("join on a.id");
    }

    @Test
    void aSpaceNextToTheBreakIsNotDoubled() {
        assertThat(message("join on \na.id")).isEqualTo("join on a.id");
        assertThat(message("join on\n  a.id")).isEqualTo("join on  a.id");
    }

    @Test
    void breaksAtTheEndsAreDroppedWithoutASpace() {
        assertThat(message("\nselect 1")).isEqualTo("select 1");
        assertThat(message("\r\nselect 1\r\n")).isEqualTo("select 1");
        assertThat(message("\n")).isEmpty();
        assertThat(message("\r")).isEmpty();
    }

    @Test
    void aMessageWithoutBreaksIsKeptAsIs() {
        assertThat(message("Cartesian product of 2 relations (~1,200 rows)  ")).isEqualTo("Cartesian product of 2 relations (~1,200 rows)  ");
        assertThat(message("")).isEmpty();
        assertThat(message(null)).isEmpty();
    }

    @Test
    void aMessageChangedLaterIsMadeOneLineToo() {
        Finding f = new Finding("r", Severity.WARNING, "m", Location.ofOperator("1"), List.of(), null);
        assertThat(f.withMessage("a\nb").message()).isEqualTo("a b");
    }
}
