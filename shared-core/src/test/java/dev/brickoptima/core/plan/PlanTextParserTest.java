package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTextParserTest {

    static final String CLASSIC = String.join("\n",
        "== Physical Plan ==",
        "*(5) HashAggregate(keys=[dept_name#10], functions=[count(1)])",
        "+- Exchange hashpartitioning(dept_name#10, 200), ENSURE_REQUIREMENTS, [plan_id=60]",
        "   +- *(4) HashAggregate(keys=[dept_name#10], functions=[partial_count(1)])",
        "      +- *(4) Project [dept_name#10]",
        "         +- *(4) SortMergeJoin [dept_id#2L], [dept_id#9L], Inner",
        "            :- *(1) Sort [dept_id#2L ASC NULLS FIRST], false, 0",
        "            :  +- Exchange hashpartitioning(dept_id#2L, 200), ENSURE_REQUIREMENTS, [plan_id=42]",
        "            :     +- *(1) Filter isnotnull(dept_id#2L)",
        "            :        +- *(1) ColumnarToRow",
        "            :           +- FileScan parquet spark_catalog.default.emp[dept_id#2L,dt#3] Batched: true, DataFilters: [isnotnull(dept_id#2L)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/tmp/emp], PartitionFilters: [], PushedFilters: [IsNotNull(dept_id)], ReadSchema: struct<dept_id:bigint>",
        "            +- *(3) Sort [dept_id#9L ASC NULLS FIRST], false, 0",
        "               +- Exchange hashpartitioning(dept_id#9L, 200), ENSURE_REQUIREMENTS, [plan_id=43]",
        "                  +- *(2) BroadcastHashJoin [dept_id#9L], [id#20L], LeftOuter, BuildRight, (x#21 > 5), false",
        "                     :- LocalTableScan [dept_id#9L, dept_name#10]",
        "                     +- BroadcastExchange HashedRelationBroadcastMode(List(input[0, bigint, false]),false), [plan_id=30]",
        "                        +- LocalTableScan [id#20L, x#21]",
        "");

    @Test
    void classicTreeWithArguments() {
        PhysicalPlan plan = PlanTextParser.parse(CLASSIC);
        assertThat(plan.format()).isEqualTo(PlanFormat.CLASSIC);
        assertThat(plan.operators()).hasSize(16);
        PlanOperator root = plan.root();
        assertThat(root.id()).isEqualTo(1);
        assertThat(root.name()).isEqualTo("HashAggregate");
        assertThat(root.codegenStageId()).isEqualTo(5);
        assertThat(root.detail("Keys")).isEqualTo("[dept_name#10]");
        assertThat(root.detail("Functions")).isEqualTo("[count(1)]");
        PlanOperator smj = plan.operator(5);
        assertThat(smj.name()).isEqualTo("SortMergeJoin");
        assertThat(smj.detail("Left keys")).isEqualTo("[dept_id#2L]");
        assertThat(smj.joinType()).isEqualTo("Inner");
        assertThat(smj.children()).extracting(PlanOperator::id).containsExactly(6, 11);
        PlanOperator scan = plan.operator(10);
        assertThat(scan.name()).isEqualTo("FileScan parquet spark_catalog.default.emp");
        assertThat(scan.tableName()).isEqualTo("spark_catalog.default.emp");
        assertThat(scan.isFileScan()).isTrue();
        assertThat(scan.detail("Output")).isEqualTo("[dept_id#2L,dt#3]");
        assertThat(scan.detail("PushedFilters")).isEqualTo("[IsNotNull(dept_id)]");
        assertThat(scan.detail("PartitionFilters")).isEqualTo("[]");
        assertThat(scan.detail("ReadSchema")).isEqualTo("struct<dept_id:bigint>");
        assertThat(scan.detail("Location")).isEqualTo("InMemoryFileIndex(1 paths)[file:/tmp/emp]");
        PlanOperator bhj = plan.operator(13);
        assertThat(bhj.joinType()).isEqualTo("LeftOuter");
        assertThat(bhj.buildSide()).isEqualTo("BuildRight");
        assertThat(bhj.joinCondition()).isEqualTo("(x#21 > 5)");
        assertThat(plan.operator(2).detail("Arguments")).startsWith("hashpartitioning(dept_name#10, 200)");
        assertThat(plan.operator(6).detail("Arguments")).isEqualTo("[dept_id#2L ASC NULLS FIRST], false, 0");
        // the location of an operator is its tree line
        assertThat(CLASSIC.substring(smj.start(), smj.end())).startsWith("*(4) SortMergeJoin");
        assertThat(smj.line()).isEqualTo(6);
    }

    @Test
    void extendedExplainReadsOnlyThePhysicalSection() {
        String text = String.join("\n",
            "== Parsed Logical Plan ==",
            "'Project [*]",
            "+- 'Filter ('a > 1)",
            "   +- 'UnresolvedRelation [t], [], false",
            "",
            "== Analyzed Logical Plan ==",
            "a: int",
            "Project [a#1]",
            "+- Filter (a#1 > 1)",
            "",
            "== Optimized Logical Plan ==",
            "Filter (isnotnull(a#1) AND (a#1 > 1))",
            "+- Relation spark_catalog.default.t[a#1] parquet",
            "",
            "== Physical Plan ==",
            "*(1) Filter (isnotnull(a#1) AND (a#1 > 1))",
            "+- *(1) ColumnarToRow",
            "   +- FileScan parquet spark_catalog.default.t[a#1] Batched: true, DataFilters: [isnotnull(a#1), (a#1 > 1)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [IsNotNull(a), GreaterThan(a,1)], ReadSchema: struct<a:int>",
            "");
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators().values()).extracting(PlanOperator::name)
            .containsExactly("Filter", "ColumnarToRow", "FileScan parquet spark_catalog.default.t");
        assertThat(plan.root().condition()).isEqualTo("(isnotnull(a#1) AND (a#1 > 1))");
        assertThat(plan.root().line()).isEqualTo(16);
    }

    @Test
    void classicAdaptivePlanWithFinalAndInitialPlans() {
        String text = String.join("\n",
            "AdaptiveSparkPlan isFinalPlan=true",
            "+- == Final Plan ==",
            "   *(3) HashAggregate(keys=[k#1], functions=[count(1)])",
            "   +- AQEShuffleRead coalesced",
            "      +- ShuffleQueryStage 0, Statistics(sizeInBytes=3.1 KiB, rowCount=100)",
            "         +- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=12]",
            "            +- *(1) HashAggregate(keys=[k#1], functions=[partial_count(1)])",
            "               +- *(1) Range (0, 100, step=1, splits=2)",
            "+- == Initial Plan ==",
            "   HashAggregate(keys=[k#1], functions=[count(1)])",
            "   +- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=8]",
            "      +- HashAggregate(keys=[k#1], functions=[partial_count(1)])",
            "         +- Range (0, 100, step=1, splits=2)");
        PhysicalPlan plan = PlanTextParser.parse(text);
        PlanOperator asp = plan.root();
        assertThat(asp.name()).isEqualTo("AdaptiveSparkPlan");
        assertThat(asp.detail("Arguments")).isEqualTo("isFinalPlan=true");
        assertThat(asp.finalPlan().codegenStageId()).isEqualTo(3);
        assertThat(asp.initialPlan().name()).isEqualTo("HashAggregate");
        assertThat(plan.operators()).hasSize(11);
        assertThat(plan.activeOperators()).hasSize(7);
        PlanOperator stage = plan.operator(4);
        assertThat(stage.kind()).isEqualTo("ShuffleQueryStage");
        assertThat(stage.statistics().sizeInBytes()).isEqualTo(3.1 * 1024);
        assertThat(stage.statistics().rowCount()).isEqualTo(100);
    }

    @Test
    void formattedAdaptivePlanFromTheRestSample() throws Exception {
        PhysicalPlan plan = PlanTextParser.parse(RestJson.execution(8).planDescription());
        PlanOperator asp = plan.operator(30);
        assertThat(asp.finalPlan().id()).isEqualTo(20);
        assertThat(asp.initialPlan().id()).isEqualTo(29);
        assertThat(plan.operators()).hasSize(30);
        // the initial plan refers to operators of the final plan by id: they are shared, not duplicated
        assertThat(plan.operator(21).children()).extracting(PlanOperator::id).containsExactly(3);
        assertThat(plan.operator(4).children()).extracting(PlanOperator::id).containsExactly(3);
        assertThat(plan.operator(5).statistics().sizeInBytes()).isEqualTo(1562.5 * 1024);
        assertThat(plan.operator(5).statistics().rowCount()).isEqualTo(100_000);
        assertThat(plan.operator(14).joinType()).isEqualTo("Inner");
        assertThat(plan.operator(14).codegenStageId()).isEqualTo(5);
        assertThat(plan.activeOperators()).extracting(PlanOperator::id).doesNotContain(21, 22, 23, 24, 25, 26, 27, 28, 29);
    }

    @Test
    void formattedCommandWithInnerChildrenAndEmptyScanName() throws Exception {
        PhysicalPlan view = PlanTextParser.parse(RestJson.execution(6).planDescription());
        assertThat(view.operators()).hasSize(3);
        assertThat(view.root().innerChildren()).extracting(PlanOperator::id).containsExactly(2);
        PhysicalPlan scan = PlanTextParser.parse(RestJson.execution(14).planDescription());
        PlanOperator s = scan.operator(1);
        assertThat(s.name()).isEqualTo("Scan parquet");
        assertThat(s.isFileScan()).isTrue();
        assertThat(s.detail("PartitionFilters")).isEqualTo("[isnotnull(region#48), (region#48 = 3)]");
    }

    @Test
    void classicSubqueryIsAnInnerChild() {
        String text = String.join("\n",
            "== Physical Plan ==",
            "*(1) Project [id#0L, Subquery scalar-subquery#5, [id=#20] AS m#6L]",
            ":  +- Subquery scalar-subquery#5, [id=#20]",
            ":     +- *(2) HashAggregate(keys=[], functions=[max(id#1L)])",
            ":        +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=15]",
            ":           +- *(1) HashAggregate(keys=[], functions=[partial_max(id#1L)])",
            ":              +- *(1) Range (0, 10, step=1, splits=2)",
            "+- *(1) Range (0, 5, step=1, splits=2)");
        PhysicalPlan plan = PlanTextParser.parse(text);
        PlanOperator root = plan.root();
        assertThat(root.children()).extracting(PlanOperator::id).containsExactly(7);
        assertThat(root.innerChildren()).extracting(PlanOperator::name).containsExactly("Subquery");
        assertThat(plan.operator(3).inSubquery()).isTrue();
        assertThat(plan.operator(7).inSubquery()).isFalse();
        assertThat(plan.activeOperators()).hasSize(7);
    }

    @Test
    void garbageGivesAParseErrorWithItsLine() {
        assertThatThrownBy(() -> PlanTextParser.parse("SELECT * FROM t WHERE a = 1"))
            .isInstanceOf(PlanParseException.class).hasMessageStartingWith("line 1:");
        assertThatThrownBy(() -> PlanTextParser.parse("== Physical Plan ==\n* Project (2)\n+- * Range\n"))
            .isInstanceOf(PlanParseException.class)
            .satisfies(e -> assertThat(((PlanParseException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> PlanTextParser.parse("== Physical Plan ==\nProject [a#1]\n      +- Range (0, 1, step=1, splits=1)\n  +- Filter x"))
            .isInstanceOf(PlanParseException.class);
        assertThatThrownBy(() -> PlanTextParser.parse("== Parsed Logical Plan ==\n'Project [*]\n"))
            .isInstanceOf(PlanParseException.class).hasMessageContaining("Physical Plan");
        assertThatThrownBy(() -> PlanTextParser.parse("")).isInstanceOf(PlanParseException.class);
        assertThatThrownBy(() -> PlanTextParser.parse(null)).isInstanceOf(PlanParseException.class);
    }

    @Test
    void limitsAreEnforced() {
        String text = SyntheticPlans.chain(50);
        assertThatThrownBy(() -> new PlanTextParser(100, 1000).read(text))
            .isInstanceOf(PlanParseException.class).hasMessageContaining("exceeds the limit");
        assertThatThrownBy(() -> new PlanTextParser(10_000_000, 20).read(text))
            .isInstanceOf(PlanParseException.class).hasMessageContaining("deeper than 20");
        assertThat(new PlanTextParser(10_000_000, 60).read(text).operators()).hasSize(50);
    }

    @Test
    void textHelpers() {
        assertThat(PlanText.splitTopLevel("[a, b], f(x, y), 'c, d', 3")).containsExactly("[a, b]", "f(x, y)", "'c, d'", "3");
        assertThat(PlanText.structFields("struct<a:int,b:decimal(7,2),c:struct<x:int,y:int>>")).containsExactly("a", "b", "c");
        assertThat(PlanText.attributeNames("[a#1, b#2L, (x#3 + 1) AS y#4]")).containsExactly("a", "b", "y");
        assertThat(PlanText.functionNames("(isnotnull(a#1) AND times_two(b#2) > cast(c#3 as int)) AND 'f(x)' = d#4"))
            .isEqualTo(List.of("isnotnull", "times_two", "cast"));
    }
}
