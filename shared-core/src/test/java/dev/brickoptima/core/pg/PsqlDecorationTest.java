package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where psql's decoration starts and ends: a header after blank lines, a blank line under the header, the "+" marks
 * of a JSON plan counted over at most 200 lines, and lines that are only a "+".
 */
class PsqlDecorationTest {
    @Test
    void aLeadingBlankLineBeforeTheHeaderOrTheJson() {
        assertThat(PgPlans.undecorate("\nQUERY PLAN\n----\nResult\n(1 row)\n")).isEqualTo("\n          \n    \nResult\n       \n");
        assertThat(PgPlans.undecorate("\n[ +\n{ +\n} +\n]\n")).isEqualTo("\n[  \n{  \n}  \n]\n");
    }

    @Test
    void aWhitespaceLineUnderTheHeaderIsNoDashLine() {
        assertThat(PgPlans.undecorate("QUERY PLAN\n\t\nResult\n")).isEqualTo("          \n\t\nResult\n");
    }

    @Test
    void continuationMarksOnHalfTheLinesAreEnough() {
        assertThat(PgPlans.undecorate("a +\nb\n")).isEqualTo("a  \nb\n");
        assertThat(PgPlans.undecorate("a +\nb\nc\n")).isEqualTo("a +\nb\nc\n");
    }

    @Test
    void onlyTheFirst200LinesAreCounted() {
        // 100 of the first 200 lines end with " +": decorated; the 201st line no longer changes the verdict
        String text = "a +\n".repeat(100) + "b\n".repeat(100) + "c\n";
        assertThat(PgPlans.undecorate(text)).isEqualTo("a  \n".repeat(100) + "b\n".repeat(100) + "c\n");
    }

    @Test
    void aLineThatIsOnlyAPlusIsNoContinuation() {
        assertThat(PgPlans.undecorate("+\n+\n")).isEqualTo("+\n+\n");
    }
}
