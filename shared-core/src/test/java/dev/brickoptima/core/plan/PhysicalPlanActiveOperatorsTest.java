package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The operators that ran, in pre-order: each once even when two parents share it, and an initial plan when it is all there is. */
class PhysicalPlanActiveOperatorsTest {

    @Test
    void anOperatorUnderTwoParentsIsVisitedOnce() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "Union (4)",
            ":- Project (2)",
            ":  +- Scan parquet t (1)",
            "+- Filter (3)",
            "   +- Scan parquet t (1)",
            ""));
        assertThat(plan.activeOperators()).extracting(PlanOperator::id).containsExactly(4, 2, 1, 3);
        assertThat(plan.activeOperators("Scan")).extracting(PlanOperator::id).containsExactly(1);
        assertThat(plan.activeOperators("Project")).extracting(PlanOperator::id).containsExactly(2);
        assertThat(plan.activeOperators("Sort")).isEmpty();
    }

    @Test
    void operatorZeroToo() {
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\nUnion (2)\n:- Project (1)\n:  +- Range (0)\n+- Filter (3)\n   +- Range (0)\n");
        assertThat(plan.activeOperators()).extracting(PlanOperator::id).containsExactly(2, 1, 0, 3);
    }

    @Test
    void anAdaptivePlanWithOnlyItsInitialPlanRunsThat() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "AdaptiveSparkPlan (3)",
            "+- == Initial Plan ==",
            "   Project (2)",
            "   +- Scan parquet t (1)",
            ""));
        PlanOperator aqe = plan.operator(3);
        assertThat(aqe.initialPlan()).isSameAs(plan.operator(2));
        assertThat(PhysicalPlan.activeChildren(aqe)).containsExactly(plan.operator(2));
        assertThat(plan.activeOperators()).extracting(PlanOperator::id).containsExactly(3, 2, 1);
    }
}
