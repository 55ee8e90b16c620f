package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic plans the scale tests and benchmarks measure: their exact text (written out by hand from Spark's
 * EXPLAIN FORMATTED and classic shapes) and the tree the parser reads from it, so a benchmark never silently measures
 * a different or broken plan.
 */
class SyntheticPlansTest {

    @Test
    void wideIsAFormattedUnionOfFilterProjectScanChains() {
        String expected = String.join("\n",
            "== Physical Plan ==",
            "Union (7)",
            ":- * Filter (3)",
            ":  +- * Project (2)",
            ":     +- Scan parquet spark_catalog.default.t0 (1)",
            "+- * Filter (6)",
            "   +- * Project (5)",
            "      +- Scan parquet spark_catalog.default.t1 (4)",
            "",
            "",
            "(1) Scan parquet spark_catalog.default.t0",
            "Output [2]: [a#1, b#1]",
            "PushedFilters: [IsNotNull(a)]",
            "ReadSchema: struct<a:int,b:int>",
            "",
            "(2) Project [codegen id : 1]",
            "Output [2]: [a#1, b#2]",
            "Input [2]: [a#1, b#2]",
            "",
            "(3) Filter [codegen id : 1]",
            "Input [2]: [a#1, b#2]",
            "Condition : (isnotnull(a#1) AND (a#1 > 3))",
            "",
            "(4) Scan parquet spark_catalog.default.t1",
            "Output [2]: [a#4, b#4]",
            "PushedFilters: [IsNotNull(a)]",
            "ReadSchema: struct<a:int,b:int>",
            "",
            "(5) Project [codegen id : 2]",
            "Output [2]: [a#1, b#2]",
            "Input [2]: [a#1, b#2]",
            "",
            "(6) Filter [codegen id : 2]",
            "Input [2]: [a#1, b#2]",
            "Condition : (isnotnull(a#1) AND (a#1 > 6))",
            "",
            "(7) Union",
            "",
            "");
        String text = SyntheticPlans.wide(2, 2);
        assertThat(text).isEqualTo(expected);

        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.format()).isEqualTo(PlanFormat.FORMATTED);
        assertThat(plan.root().name()).isEqualTo("Union");
        assertThat(plan.root().children()).extracting(PlanOperator::id).containsExactly(3, 6);
        assertThat(plan.operator(6).children()).extracting(PlanOperator::id).containsExactly(5);
        assertThat(plan.operator(5).codegenStageId()).isEqualTo(2);
        assertThat(plan.operator(4).name()).isEqualTo("Scan parquet spark_catalog.default.t1");
        assertThat(plan.operator(4).detail("Output")).isEqualTo("[a#4, b#4]");
    }

    @Test
    void wideWithDepthOneAndOneBranch() {
        assertThat(SyntheticPlans.wide(1, 1)).startsWith(String.join("\n",
            "== Physical Plan ==",
            "Union (3)",
            "+- * Filter (2)",
            "   +- Scan parquet spark_catalog.default.t0 (1)",
            "",
            "",
            "(1) Scan parquet spark_catalog.default.t0",
            ""));
        assertThat(PlanTextParser.parse(SyntheticPlans.wide(1, 1)).operators()).hasSize(3);
    }

    @Test
    void chainIsOneDeepClassicTreeEndingInARange() {
        assertThat(SyntheticPlans.chain(4)).isEqualTo(String.join("\n",
            "== Physical Plan ==",
            "Filter (a#1 > 0)",
            "+- Project [a#1]",
            "   +- Filter (a#1 > 2)",
            "      +- Range (0, 10, step=1, splits=2)",
            ""));
        PhysicalPlan plan = PlanTextParser.parse(SyntheticPlans.chain(4));
        assertThat(plan.format()).isEqualTo(PlanFormat.CLASSIC);
        assertThat(plan.operators()).hasSize(4);
        assertThat(plan.root().children().get(0).children().get(0).children().get(0).name()).isEqualTo("Range");
    }

    @Test
    void ofSizeIsWideWithTenOperatorsPerBranch() {
        assertThat(SyntheticPlans.ofSize(25)).isEqualTo(SyntheticPlans.wide(2, 9));
        assertThat(SyntheticPlans.ofSize(5)).isEqualTo(SyntheticPlans.wide(1, 9));
        assertThat(PlanTextParser.parse(SyntheticPlans.ofSize(30)).operators()).hasSize(31);
    }
}
