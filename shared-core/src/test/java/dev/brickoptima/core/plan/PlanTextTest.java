package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers of Spark's printed expressions and lists in {@link PlanText}, with the odd inputs plans contain. */
class PlanTextTest {

    @Test
    void wordsDropEmptyParts() {
        assertThat(PlanText.words(null, " ")).isEmpty();
        assertThat(PlanText.words("a  b, c", " ,")).containsExactly("a", "b", "c");
        assertThat(PlanText.words(" x ", " ")).containsExactly("x");
        assertThat(PlanText.words("", " ")).isEmpty();
    }

    @Test
    void splitTopLevelKeepsNestedCommasAndReadsAnUnbalancedCloserAsText() {
        assertThat(PlanText.splitTopLevel(null)).isEmpty();
        assertThat(PlanText.splitTopLevel("")).isEmpty();
        assertThat(PlanText.splitTopLevel("f(a, b), [c, d], {e, f}, 'g, h', \"i, j\", `k, l`"))
            .containsExactly("f(a, b)", "[c, d]", "{e, f}", "'g, h'", "\"i, j\"", "`k, l`");
        assertThat(PlanText.splitTopLevel("a), b")).containsExactly("a)", "b");
        assertThat(PlanText.splitTopLevel("a, ")).containsExactly("a", "");
    }

    @Test
    void unbracketAndListItems() {
        assertThat(PlanText.unbracket("[a, b]")).isEqualTo("a, b");
        assertThat(PlanText.unbracket(" [] ")).isEmpty();
        assertThat(PlanText.unbracket("[")).isEqualTo("[");
        assertThat(PlanText.unbracket("a, b")).isEqualTo("a, b");
        assertThat(PlanText.unbracket(null)).isEmpty();
        assertThat(PlanText.listItems("[]")).isEmpty();
        assertThat(PlanText.listItems(null)).isEmpty();
        assertThat(PlanText.listItems("[a#1, f(b#2, c#3)]")).containsExactly("a#1", "f(b#2, c#3)");
    }

    @Test
    void attributeNamesWithoutIdsAndAliases() {
        assertThat(PlanText.attributeNames("[a#1, b#2L, (x#3 + 1) AS total#5L, #7, plain]"))
            .containsExactly("a", "b", "total", "#7", "plain");
    }

    @Test
    void structFieldsOfReadSchemas() {
        assertThat(PlanText.structFields(null)).isEmpty();
        assertThat(PlanText.structFields("int")).isEmpty();
        assertThat(PlanText.structFields("struct<a:int")).isEmpty();
        assertThat(PlanText.structFields("struct<a:int,b:decimal(7,2),c:struct<x:int,y:int>,d:map<string,int>>"))
            .containsExactly("a", "b", "c", "d");
        assertThat(PlanText.structFields("struct<:int,b:int>")).containsExactly("b");
        // a stray closer does not hide the fields after it
        assertThat(PlanText.structFields("struct<a:int),b:int>")).containsExactly("a", "b");
    }

    @Test
    void functionNamesSkipQuotedTextAndAttributes() {
        assertThat(PlanText.functionNames(null)).isEmpty();
        assertThat(PlanText.functionNames("isnotnull(a#1) AND f_2(b#2)")).containsExactly("isnotnull", "f_2");
        assertThat(PlanText.functionNames("concat('x', 'y(') AND g(z#1)")).containsExactly("concat", "g");
        assertThat(PlanText.functionNames("h(\"a(\")")).containsExactly("h");
        assertThat(PlanText.functionNames("f('abc")).containsExactly("f");
        // "abc" after '#' is part of an attribute id, never a function name
        assertThat(PlanText.functionNames("x#abc(1)")).isEmpty();
    }
}
