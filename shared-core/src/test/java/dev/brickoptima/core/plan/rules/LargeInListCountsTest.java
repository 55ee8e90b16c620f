package dev.brickoptima.core.plan.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link LargeInListRule} counts the values of a printed IN list, an INSET (no brackets: its values end at an
 * unmatched parenthesis or the next AND/OR) and a pushed {@code In(col, [...])} filter: top-level items only, the
 * largest list of a condition, NotIn left out.
 */
class LargeInListCountsTest {

    @Test
    void inListsCountTopLevelValuesAndTheLargestWins() {
        assertThat(LargeInListRule.largestList(null)).isZero();
        assertThat(LargeInListRule.largestList("(a#1 = 1)")).isZero();
        assertThat(LargeInListRule.largestList("a#1 IN (1,2,3)")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("a#1 IN (f(1, 2),[3, 4],5)")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("(a#1 IN (1,2,3,4) OR b#2 IN (1,2))")).isEqualTo(4);
        assertThat(LargeInListRule.largestList("(a#1 IN (1,2) OR b#2 IN (1,2,3,4,5))")).isEqualTo(5);
        // a list cut off by the printer: counted to the end
        assertThat(LargeInListRule.largestList("a#1 IN (1,2,3")).isEqualTo(3);
    }

    @Test
    void insetValuesEndAtAnUnmatchedParenthesisOrTheNextAndOr() {
        assertThat(LargeInListRule.largestList("a#1 INSET 1, 2, 3")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("(a#1 INSET 1, 2 AND (b#2 = 1))")).isEqualTo(2);
        assertThat(LargeInListRule.largestList("(a#1 INSET 1, 2, 3, 4 OR b#2 INSET 5, 6)")).isEqualTo(4);
        assertThat(LargeInListRule.largestList("(b#2 INSET 5, 6) OR (a#1 INSET 1, 2, 3)")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("substr(x#1, 1, 5) INSET f(1, 2), 3 OR c#2")).isEqualTo(2);
    }

    @Test
    void pushedInFilters() {
        assertThat(LargeInListRule.largestPushedIn(null)).isZero();
        assertThat(LargeInListRule.largestPushedIn("[]")).isZero();
        assertThat(LargeInListRule.largestPushedIn("In(a, [1,2])")).isEqualTo(2);
        assertThat(LargeInListRule.largestPushedIn("[In(a, [1,2,3]), NotIn(b, [1,2,3,4,5])]")).isEqualTo(3);
        assertThat(LargeInListRule.largestPushedIn("[In(a, [1,2]), In(b, [x(1,2),[3,4],5,6])]")).isEqualTo(4);
        assertThat(LargeInListRule.largestPushedIn("[In(a, [1,2,3]), In(b, [1])]")).isEqualTo(3);
        assertThat(LargeInListRule.largestPushedIn("[IsNotNull(a), In(a")).isZero();
    }
}
