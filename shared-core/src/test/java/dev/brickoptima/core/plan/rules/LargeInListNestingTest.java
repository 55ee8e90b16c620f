package dev.brickoptima.core.plan.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** IN / INSET / pushed In lists whose values hold brackets of their own: only top-level values count. */
class LargeInListNestingTest {

    @Test
    void inListValuesWithCallsTuplesAndArrays() {
        assertThat(LargeInListRule.largestList("(a#1 IN (f(1, 2),(3),[4, 5],6) AND (b#2 > 0))")).isEqualTo(4);
        assertThat(LargeInListRule.largestList("a#1 IN (1, 2, 3")).isEqualTo(3);
    }

    @Test
    void insetValuesEndAtAnUnmatchedCloserOrAtAndOr() {
        assertThat(LargeInListRule.largestList("a#1 INSET 1, 2, f(3, 4) AND (b#2 > 0)")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("(a#1 INSET 1, (2), 3) OR (c#3 = 1)")).isEqualTo(3);
        assertThat(LargeInListRule.largestList("a#1 INSET g(1, 2), h(3) OR c#3")).isEqualTo(2);
        // a list that ends too late would swallow the values of the next one
        assertThat(LargeInListRule.largestList("a#1 INSET f(1), 2 AND b#2 INSET 3, 4")).isEqualTo(2);
        assertThat(LargeInListRule.largestList("a#1 IN (f(1),2) AND b#2 INSET 3, 4")).isEqualTo(2);
        assertThat(LargeInListRule.largestList("a#1 IN (f(1),[2]) AND b#2 INSET 3, 4")).isEqualTo(2);
    }

    @Test
    void pushedInListsWithNestedValuesAndNotIn() {
        assertThat(LargeInListRule.largestPushedIn("[IsNotNull(a), In(a, [1,2,f(3,4)]), NotIn(b, [1,2,3,4,5])]")).isEqualTo(3);
        assertThat(LargeInListRule.largestPushedIn("[In(a, [(1,2),(3,4)])]")).isEqualTo(2);
        assertThat(LargeInListRule.largestPushedIn("[In(a, ")).isZero();
    }
}
