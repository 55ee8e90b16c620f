package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link PlanMetricsBinder} aligns the REST graph nodes (in nodeId order, as Spark's {@code /sql} answer lists them)
 * with the plan's operators: exact runs, a node or an operator on one side only, ties, the look-ahead limit of 16, the
 * codegen stage ids and the WholeStageCodegen durations. The REST nodes are written here in the shape Spark returns.
 */
class PlanMetricsBinderAlignmentTest {

    private static final String PLAN = "Project [a#1]\n+- Filter (a#1 > 0)\n   +- Sort [a#1 ASC NULLS FIRST], false, 0\n"
        + "      +- Range (0, 10, step=1, splits=2)";

    private static SqlExecutionNode node(long id, String name) {
        return node(id, name, -1);
    }

    private static SqlExecutionNode node(long id, String name, int codegen) {
        return new SqlExecutionNode(id, name, codegen, List.of(new SqlMetric("number of output rows", Long.toString(100 + id))));
    }

    private static SqlExecutionNode codegen(long id, String name, String duration) {
        return new SqlExecutionNode(id, name, -1, duration == null ? List.of() : List.of(new SqlMetric("duration", duration)));
    }

    private static PhysicalPlan plan = null;

    /** The plan bound to the nodes, and the REST node id of each operator in pre-order (-1: not bound). */
    private static List<Long> bound(String text, int expectedCount, SqlExecutionNode... nodes) {
        plan = PlanTextParser.parse(text);
        int count = PlanMetricsBinder.attach(plan, new SqlExecution(1, "COMPLETED", "", text, 10, List.of(nodes), List.of()));
        assertThat(count).isEqualTo(expectedCount);
        List<Long> ids = new ArrayList<>();
        for (PlanOperator op : plan.activeOperators()) ids.add(op.restNodeId());
        return ids;
    }

    @Test
    void oneNodePerOperatorInAnyListOrder() {
        assertThat(bound(PLAN, 4, node(3, "Range"), node(0, "Project"), node(2, "Sort"), node(1, "Filter"))).containsExactly(0L, 1L, 2L, 3L);
        assertThat(plan.root().metric("number of output rows").raw()).isEqualTo("100");
        assertThat(plan.operator(4).metric("number of output rows").raw()).isEqualTo("103");
    }

    @Test
    void aNodeOrAnOperatorOnOneSideOnlyDoesNotShiftTheRest() {
        assertThat(bound(PLAN, 4, node(0, "Project"), node(1, "Subquery"), node(2, "Filter"), node(3, "Sort"), node(4, "Range")))
            .containsExactly(0L, 2L, 3L, 4L);
        assertThat(bound(PLAN, 3, node(0, "Project"), node(1, "Sort"), node(2, "Range"))).containsExactly(0L, -1L, 1L, 2L);
        // nothing to skip to on either side: both are passed over together
        assertThat(bound(PLAN, 3, node(0, "Project"), node(1, "Window"), node(2, "Sort"), node(3, "Range"))).containsExactly(0L, -1L, 2L, 3L);
        // at the end of either list
        assertThat(bound(PLAN, 1, node(0, "Project"), node(1, "Window"))).containsExactly(0L, -1L, -1L, -1L);
        assertThat(bound(PLAN, 3, node(0, "Project"), node(1, "Filter"), node(2, "Sort"), node(3, "Window"))).containsExactly(0L, 1L, 2L, -1L);
    }

    @Test
    void theShorterSkipWinsAndATieSkipsTheRestNode() {
        // Filter is 1 node ahead, Sort 1 operator ahead: the REST node is skipped
        assertThat(bound(PLAN, 3, node(0, "Project"), node(1, "Sort"), node(2, "Filter"), node(3, "Range"))).containsExactly(0L, 2L, -1L, 3L);
        // Filter is 2 nodes ahead, Sort 1 operator ahead: the operator is skipped
        assertThat(bound(PLAN, 3, node(0, "Project"), node(1, "Sort"), node(2, "Exchange"), node(3, "Filter"), node(4, "Range")))
            .containsExactly(0L, -1L, 1L, 4L);
    }

    @Test
    void theLookAheadReachesSixteenNodesOrOperators() {
        List<SqlExecutionNode> sixteen = new ArrayList<>(List.of(node(0, "Project")));
        for (int k = 1; k <= 16; k++) sixteen.add(node(k, "Subquery"));
        sixteen.addAll(List.of(node(17, "Filter"), node(18, "Sort"), node(19, "Range")));
        assertThat(bound(PLAN, 4, sixteen.toArray(new SqlExecutionNode[0]))).containsExactly(0L, 17L, 18L, 19L);
        List<SqlExecutionNode> seventeen = new ArrayList<>(List.of(node(0, "Project")));
        for (int k = 1; k <= 17; k++) seventeen.add(node(k, "Subquery"));
        seventeen.addAll(List.of(node(18, "Filter"), node(19, "Sort"), node(20, "Range")));
        assertThat(bound(PLAN, 1, seventeen.toArray(new SqlExecutionNode[0]))).containsExactly(0L, -1L, -1L, -1L);

        // chain(18): Filter, Project, ... 16 more, Range 17 operators after the second one
        assertThat(bound(SyntheticPlans.chain(18), 2, node(0, "Filter"), node(1, "Range"))).startsWith(0L, -1L).endsWith(1L);
        assertThat(bound(SyntheticPlans.chain(19), 1, node(0, "Filter"), node(1, "Range"))).startsWith(0L).endsWith(-1L);
    }

    @Test
    void restScanNamesMatchEveryScanOperatorButNothingElse() {
        String text = "Project [a#1]\n+- FileScan parquet db.t[a#1] Batched: true, DataFilters: [], Format: Parquet";
        assertThat(bound(text, 2, node(0, "Project"), node(1, "Scan parquet db.t"))).containsExactly(0L, 1L);
        assertThat(bound(text, 2, node(0, "Project"), node(1, "FileScan parquet db.t"))).containsExactly(0L, 1L);
        assertThat(bound(text, 1, node(0, "Project"), node(1, "Exchange"))).containsExactly(0L, -1L);
        String formatted = "== Physical Plan ==\n* Project (2)\n+- Scan parquet db.t (1)\n";
        assertThat(bound(formatted, 2, node(0, "Project"), node(1, "FileScan parquet db.t"))).containsExactly(0L, 1L);
        // a REST scan is not a Filter
        assertThat(bound(PLAN, 1, node(0, "Project"), node(1, "Scan parquet db.t"))).containsExactly(0L, -1L, -1L, -1L);
    }

    @Test
    void codegenStageIdsComeFromTheRestNodeUnlessTheTextHasOne() {
        String text = "*(2) Project [a#1]\n+- Filter (a#1 > 0)\n   +- Sort [a#1 ASC NULLS FIRST], false, 0\n      +- Range (0, 10, step=1, splits=2)";
        bound(text, 4, node(0, "Project", 5), node(1, "Filter", 0), node(2, "Sort", -1), node(3, "Range", 7));
        assertThat(plan.activeOperators()).extracting(PlanOperator::codegenStageId).containsExactly(2, 0, -1, 7);
        // "* Project (2)" without a detail block has stage 0, the scan none: the REST nodes know the real ones
        bound("== Physical Plan ==\n* Project (2)\n+- Scan parquet db.t (1)\n", 2, node(0, "Project", 4), node(1, "Scan parquet db.t", 3));
        assertThat(plan.activeOperators()).extracting(PlanOperator::codegenStageId).containsExactly(4, 3);
    }

    @Test
    void wholeStageCodegenDurationsByStageId() {
        bound(PLAN, 4, codegen(10, "WholeStageCodegen (0)", "5 ms"), codegen(11, "WholeStageCodegen (123456789)", "7 ms"),
            codegen(12, "WholeStageCodegen (1234567890)", "8 ms"), codegen(13, "WholeStageCodegen", "9 ms"),
            codegen(14, "WholeStageCodegen ()", "10 ms"), codegen(15, "WholeStageCodegen (1a)", "11 ms"),
            codegen(16, "WholeStageCodegen (3)", null), codegen(17, "WholeStageCodegen ( 4 )", "12 ms"),
            node(0, "Project"), node(1, "Filter"), node(2, "Sort"), node(3, "Range"));
        assertThat(plan.codegenDurations()).containsOnlyKeys(0, 123456789, 4);
        assertThat(plan.codegenDurations().get(0).raw()).isEqualTo("5 ms");
        assertThat(plan.codegenDurations().get(4).raw()).isEqualTo("12 ms");
        assertThat(plan.activeOperators()).extracting(PlanOperator::restNodeId).containsExactly(0L, 1L, 2L, 3L);
    }
}
