package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PlanTextParser} at the edges of what it reads: ids at the limits, detail lines of every shape, blank lines and
 * section headers that end a tree, operators known only from a detail block, and the place of each error.
 */
class PlanTextParserEdgesTest {

    private static void fails(String text, String message, int line, int column) {
        assertThatThrownBy(() -> PlanTextParser.parse(text)).as(text)
            .isInstanceOfSatisfying(PlanParseException.class, e -> {
                assertThat(e.getMessage()).as(text).isEqualTo(message);
                assertThat(e.line()).as(text).isEqualTo(line);
                assertThat(e.column()).as(text).isEqualTo(column);
            });
    }

    @Test
    void aDetailHeaderWithAnIdOfMoreThanNineDigitsIsAClearError() {
        String tree = "== Physical Plan ==\n* Project (1)\n\n";
        fails(tree + "(99999999999) Project\nOutput [1]: [a#1]\n", "line 4: operator id '99999999999' has more than 9 digits", 4, 2);
        fails(tree + "(2147483648) Project\n", "line 4: operator id '2147483648' has more than 9 digits", 4, 2);
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\n* Project (123456789)\n\n(123456789) Project [codegen id : 4]\n");
        assertThat(plan.operator(123456789).codegenStageId()).isEqualTo(4);
        assertThat(plan.operator(123456789).detailLine()).isEqualTo(4);
    }
}
