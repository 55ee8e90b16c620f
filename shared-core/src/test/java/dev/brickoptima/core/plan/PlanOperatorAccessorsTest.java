package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link PlanOperator} reads from an operator's name, arguments and details, in both plan formats. */
class PlanOperatorAccessorsTest {

    @Test
    void classicJoinTypeAndBuildSideFromTheArguments() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "BroadcastHashJoin [a#1], [b#2], LeftOuter, BuildLeft, false",
            ":- SortMergeJoin [a#1], [c#3], Inner",
            ":  :- LocalTableScan [a#1]",
            ":  +- LocalTableScan [c#3]",
            "+- BroadcastNestedLoopJoin BuildRight, Cross",
            "   :- CartesianProduct",
            "   :  :- LocalTableScan [d#4]",
            "   :  +- LocalTableScan [e#5]",
            "   +- LocalTableScan [f#6]"));
        PlanOperator bhj = plan.operator(1);
        assertThat(bhj.joinType()).isEqualTo("LeftOuter");
        assertThat(bhj.buildSide()).isEqualTo("BuildLeft");
        PlanOperator smj = plan.operator(2);
        assertThat(smj.joinType()).isEqualTo("Inner");
        assertThat(smj.buildSide()).isNull();
        PlanOperator bnlj = plan.operator(5);
        assertThat(bnlj.joinType()).isEqualTo("Cross");
        assertThat(bnlj.buildSide()).isEqualTo("BuildRight");
        // Spark prints a CartesianProduct's join type as Inner; a scan has none
        assertThat(plan.operator(6).joinType()).isEqualTo("Inner");
        assertThat(plan.operator(7).joinType()).isNull();
        assertThat(bhj.joinCondition()).isNull();
        // the classic arguments [a#1], [b#2] are its keys
        assertThat(bhj.hasEquiKeys()).isTrue();
        assertThat(plan.operator(5).hasEquiKeys()).isFalse();
        assertThat(bhj.toString()).isEqualTo("(1) BroadcastHashJoin");
    }

    @Test
    void formattedJoinDetails() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "BroadcastHashJoin LeftOuter BuildRight (3)",
            ":- BroadcastNestedLoopJoin Inner BuildRight (2)",
            ":  :- LocalTableScan (4)",
            ":  +- LocalTableScan (5)",
            "+- LocalTableScan (1)",
            "",
            "(2) BroadcastNestedLoopJoin",
            "Join type: Inner",
            "Join condition: (a#1 < b#2)",
            "",
            "(3) BroadcastHashJoin",
            "Left keys [1]: [a#1]",
            "Right keys [1]: [c#3]",
            "Join type: LeftOuter ",
            "Build side: BuildLeft",
            "Join condition: None",
            ""));
        PlanOperator bhj = plan.operator(3);
        assertThat(bhj.joinType()).isEqualTo("LeftOuter");
        // the detail block wins over the tree line
        assertThat(bhj.buildSide()).isEqualTo("BuildLeft");
        assertThat(bhj.joinCondition()).isNull();
        assertThat(bhj.hasEquiKeys()).isTrue();
        PlanOperator bnlj = plan.operator(2);
        assertThat(bnlj.joinCondition()).isEqualTo("(a#1 < b#2)");
        assertThat(bnlj.hasEquiKeys()).isFalse();
        assertThat(bnlj.buildSide()).isEqualTo("BuildRight");
        assertThat(PlanTextParser.parse("== Physical Plan ==\nBroadcastHashJoin (1)\n\n(1) BroadcastHashJoin\nLeft keys [0]: []\nJoin condition: \n")
            .operator(1)).satisfies(op -> {
                assertThat(op.hasEquiKeys()).isFalse();
                assertThat(op.joinCondition()).isNull();
                assertThat(op.joinType()).isNull();
                assertThat(op.buildSide()).isNull();
            });
    }

    @Test
    void joinTypeWords() {
        for (String w : new String[] {"Inner", "Cross", "LeftOuter", "RightOuter", "FullOuter", "LeftSemi", "LeftAnti", "LeftSingle", "ExistenceJoin(exists#1)"}) {
            assertThat(PlanOperator.isJoinType(w)).as(w).isTrue();
        }
        for (String w : new String[] {"BuildRight", "inner", "Outer", "false"}) {
            assertThat(PlanOperator.isJoinType(w)).as(w).isFalse();
        }
    }

    @Test
    void tableNamesAndFileScans() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "Union (4)",
            ":- Scan parquet spark_catalog.default.t (1)",
            ":- LocalTableScan (2)",
            "+- Project (3)",
            "",
            "(1) Scan parquet spark_catalog.default.t",
            "ReadSchema: struct<a:int>",
            "",
            "(3) Project",
            "ReadSchema: struct<a:int>",
            ""));
        assertThat(plan.operator(1).tableName()).isEqualTo("spark_catalog.default.t");
        assertThat(plan.operator(1).isFileScan()).isTrue();
        assertThat(plan.operator(2).isScan()).isTrue();
        assertThat(plan.operator(2).tableName()).isNull();
        assertThat(plan.operator(2).isFileScan()).isFalse();
        assertThat(plan.operator(3).tableName()).isNull();
        assertThat(plan.operator(3).isFileScan()).isFalse();
        PlanOperator classic = PlanTextParser.parse("FileScan parquet db.t[a#1] Batched: true, Location: InMemoryFileIndex(1 paths)[file:/t], ReadSchema: struct<a:int>").root();
        assertThat(classic.tableName()).isEqualTo("db.t");
        assertThat(classic.isFileScan()).isTrue();
        PlanOperator location = PlanTextParser.parse("== Physical Plan ==\nScan json db.j (1)\n\n(1) Scan json db.j\nLocation: InMemoryFileIndex [file:/j]\n").root();
        assertThat(location.isFileScan()).isTrue();
    }
}
