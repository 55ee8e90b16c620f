package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of a nested-loop join condition as Spark prints it (every operator parenthesised), the words the messages
 * use for it and the first advice given; and which side of each join type Spark can build a hash table on.
 */
class JoinConditionShapeTest {

    @Test
    void shapesOfPrintedConditions() {
        assertThat(JoinConditionShape.of(null)).isEqualTo(JoinConditionShape.NONE);
        assertThat(JoinConditionShape.of("  ")).isEqualTo(JoinConditionShape.NONE);
        assertThat(JoinConditionShape.of("((a#1 = b#2) OR (a#1 = c#3))")).isEqualTo(JoinConditionShape.OR);
        assertThat(JoinConditionShape.of("(x#1 >= lo#2)")).isEqualTo(JoinConditionShape.RANGE);
        assertThat(JoinConditionShape.of("(x#1 <= hi#2)")).isEqualTo(JoinConditionShape.RANGE);
        assertThat(JoinConditionShape.of("(x#1 > lo#2)")).isEqualTo(JoinConditionShape.RANGE);
        assertThat(JoinConditionShape.of("(x#1 < hi#2)")).isEqualTo(JoinConditionShape.RANGE);
        assertThat(JoinConditionShape.of("NOT (a#1 = b#2)")).isEqualTo(JoinConditionShape.NOT_EQUAL);
        assertThat(JoinConditionShape.of("(a#1 != b#2)")).isEqualTo(JoinConditionShape.NOT_EQUAL);
        assertThat(JoinConditionShape.of("(a#1 <> b#2)")).isEqualTo(JoinConditionShape.NOT_EQUAL);
        // NOT ( without an equality, and an equality without NOT (, are other expressions
        assertThat(JoinConditionShape.of("NOT isnull(a#1)")).isEqualTo(JoinConditionShape.OTHER);
        assertThat(JoinConditionShape.of("NOT (a#1 LIKE b#2)")).isEqualTo(JoinConditionShape.OTHER);
        assertThat(JoinConditionShape.of("(upper(a#1) = b#2)")).isEqualTo(JoinConditionShape.OTHER);
        assertThat(JoinConditionShape.of("contains(a#1, b#2)")).isEqualTo(JoinConditionShape.OTHER);
    }

    @Test
    void wordsForMessages() {
        assertThat(JoinConditionShape.NONE.describe(null)).isEqualTo("no join condition");
        assertThat(JoinConditionShape.OR.describe("(a OR b)")).isEqualTo("OR condition (a OR b)");
        assertThat(JoinConditionShape.RANGE.describe("(x > y)")).isEqualTo("range condition (x > y)");
        assertThat(JoinConditionShape.NOT_EQUAL.describe("(a <> b)")).isEqualTo("inequality condition (a <> b)");
        assertThat(JoinConditionShape.OTHER.describe("f(a, b)")).isEqualTo("non-equi condition f(a, b)");
        String longCondition = "x".repeat(130);
        assertThat(JoinConditionShape.OTHER.describe(longCondition)).isEqualTo("non-equi condition " + "x".repeat(117) + "...");
    }

    @Test
    void adviceForEachShape() {
        assertThat(JoinConditionShape.NONE.hints()).extracting(Fix::description).first().asString().startsWith("If a join condition is missing");
        assertThat(JoinConditionShape.OR.hints()).extracting(Fix::description).first().asString().startsWith("Rewrite the OR as a UNION ALL");
        assertThat(JoinConditionShape.RANGE.hints()).extracting(Fix::description).first().asString().startsWith("Add an equality on a bucket");
        assertThat(JoinConditionShape.NOT_EQUAL.hints()).extracting(Fix::description).first().asString().startsWith("Join on the equality of the keys");
        assertThat(JoinConditionShape.OTHER.hints()).extracting(Fix::description).first().asString().startsWith("Compute a join key");
        for (JoinConditionShape s : JoinConditionShape.values()) assertThat(s.hints()).as(s.name()).hasSize(2);
    }

    @Test
    void sidesSparkCanBuildAHashTableOn() {
        String[][] table = {
            {"Inner", "true", "true"}, {"Cross", "true", "true"},
            {"LeftOuter", "false", "true"}, {"LeftSemi", "false", "true"}, {"LeftAnti", "false", "true"},
            {"RightOuter", "true", "false"}, {"FullOuter", "false", "false"},
            {"ExistenceJoin(exists#5)", "false", "true"},
        };
        for (String[] row : table) {
            assertThat(SmjCouldBroadcastRule.canBuild(row[0], 0)).as(row[0] + " left").isEqualTo(Boolean.parseBoolean(row[1]));
            assertThat(SmjCouldBroadcastRule.canBuild(row[0], 1)).as(row[0] + " right").isEqualTo(Boolean.parseBoolean(row[2]));
        }
    }
}
