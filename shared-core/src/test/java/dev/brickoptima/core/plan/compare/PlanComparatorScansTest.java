package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan, exchange and nested-loop changes {@link PlanComparator} reports, each message whole with the operators it
 * names: filters no longer pushed, partition pruning lost or changed (scans matched by table, or by location when
 * the scan names no table), one more shuffle, a new nested-loop join; and the same plan with other expression ids
 * has no change.
 */
class PlanComparatorScansTest {

    static String scan(String table, String pushed, String partition) {
        return "FileScan parquet " + table + "[k#1,dt#2] Batched: true, DataFilters: [], Format: Parquet, "
            + "Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [" + partition + "], PushedFilters: ["
            + pushed + "], ReadSchema: struct<k:bigint>";
    }

    static String plan(String... lines) {
        return "== Physical Plan ==\n" + String.join("\n", lines);
    }

    static List<String> changes(String from, String to) {
        PhysicalPlan a = PlanTextParser.parse(from);
        PhysicalPlan b = PlanTextParser.parse(to);
        return new PlanComparator(CompareThresholds.DEFAULT).compare(a, b, -1, -1).stream()
            .map(c -> c.kind() + (c.regression() ? "!" : "") + " " + c.message() + " [" + c.oldOperator() + " -> " + c.newOperator() + "]")
            .toList();
    }

    @Test
    void lostPushedFilterAndPartitionPruning() {
        String old = plan("*(1) Filter (k#1 = 5)", "+- *(1) ColumnarToRow",
            "   +- " + scan("default.t", "IsNotNull(k), EqualTo(k,5)", "isnotnull(dt#2), (dt#2 = 2024-01-01)"));
        String neu = plan("*(1) Filter (k#7 = 5)", "+- *(1) ColumnarToRow",
            "   +- " + scan("default.t", "IsNotNull(k)", ""));
        assertThat(changes(old, neu)).containsExactly(
            "LOST_PUSHDOWN! filter no longer pushed to the scan of default.t: EqualTo(k,5) (the source now returns rows it "
                + "used to skip; a function on the column blocks pushdown) [(3) FileScan parquet default.t -> (3) FileScan parquet default.t]",
            "LOST_PARTITION_PRUNING! partition pruning lost on default.t: PartitionFilters was (dt = 2024-01-01), isnotnull(dt), "
                + "now every partition is read [(3) FileScan parquet default.t -> (3) FileScan parquet default.t]");
    }

    @Test
    void twoLostFiltersAndAChangedPartitionFilterOfAScanWithoutTable() {
        String old = plan("*(1) ColumnarToRow", "+- " + scan("", "IsNotNull(k), EqualTo(k,5), GreaterThan(k,1)", "(dt#2 = 2024-01-01)"));
        String neu = plan("*(1) ColumnarToRow", "+- " + scan("", "IsNotNull(k)", "(dt#2 >= 2024-01-01)"));
        assertThat(changes(old, neu)).containsExactly(
            "LOST_PUSHDOWN! filters no longer pushed to the scan of InMemoryFileIndex(1 paths)[file:/w/t]: EqualTo(k,5), "
                + "GreaterThan(k,1) (the source now returns rows it used to skip; a function on the column blocks pushdown) "
                + "[(2) FileScan parquet -> (2) FileScan parquet]",
            "PARTITION_FILTER_CHANGED partition filter on InMemoryFileIndex(1 paths)[file:/w/t] changed: (dt = 2024-01-01) -> "
                + "(dt >= 2024-01-01) [(2) FileScan parquet -> (2) FileScan parquet]");
        // partition filters found where there were none: a change, no regression
        assertThat(changes(plan("*(1) ColumnarToRow", "+- " + scan("default.t", "", "")),
            plan("*(1) ColumnarToRow", "+- " + scan("default.t", "", "(dt#2 = 1)")))).containsExactly(
            "PARTITION_FILTER_CHANGED partition filter on default.t changed: none -> (dt = 1) "
                + "[(2) FileScan parquet default.t -> (2) FileScan parquet default.t]");
    }

    @Test
    void scansOfOtherTablesAreNotCompared() {
        assertThat(changes(plan("*(1) ColumnarToRow", "+- " + scan("default.t", "IsNotNull(k)", "(dt#2 = 1)")),
            plan("*(1) ColumnarToRow", "+- " + scan("default.u", "", "")))).isEmpty();
    }

    @Test
    void oneMoreShuffleNamesItsPartitioningAndTheSameShufflesWithOtherIdsAreNoChange() {
        String old = plan("*(2) HashAggregate(keys=[k#1], functions=[count(1)])",
            "+- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=10]",
            "   +- *(1) HashAggregate(keys=[k#1], functions=[partial_count(1)])",
            "      +- *(1) ColumnarToRow",
            "         +- " + scan("default.t", "", ""));
        String neu = plan("*(3) Sort [k#5 ASC NULLS FIRST], true, 0",
            "+- Exchange rangepartitioning(k#5 ASC NULLS FIRST, 200), ENSURE_REQUIREMENTS, [plan_id=21]",
            "   +- *(2) HashAggregate(keys=[k#5], functions=[count(1)])",
            "      +- Exchange hashpartitioning(k#5, 200), ENSURE_REQUIREMENTS, [plan_id=20]",
            "         +- *(1) HashAggregate(keys=[k#5], functions=[partial_count(1)])",
            "            +- *(1) ColumnarToRow",
            "               +- " + scan("default.t", "", ""));
        assertThat(changes(old, neu)).containsExactly(
            "NEW_EXCHANGE! 1 more shuffle exchange (1 -> 2): rangepartitioning(k ASC NULLS FIRST, 200) [null -> (2) Exchange]");
        assertThat(changes(old, old.replace("#1", "#9").replace("plan_id=10", "plan_id=3"))).isEmpty();
        assertThat(changes(neu, old)).isEmpty();
    }

    @Test
    void aNewNestedLoopJoin() {
        String old = plan("*(2) BroadcastHashJoin [k#1], [k#2], Inner, BuildRight, false",
            ":- *(2) LocalTableScan [k#1]",
            "+- BroadcastExchange HashedRelationBroadcastMode(List(input[0, bigint, false]),false), [plan_id=5]",
            "   +- LocalTableScan [k#2]");
        String neu = plan("BroadcastNestedLoopJoin BuildRight, Inner, (k#1 < k#2)",
            ":- LocalTableScan [k#1]",
            "+- BroadcastExchange IdentityBroadcastMode, [plan_id=5]",
            "   +- LocalTableScan [k#2]");
        assertThat(changes(old, neu)).containsExactly(
            "NEW_NESTED_LOOP! new nested-loop join (0 -> 1): the join condition is evaluated for every pair of rows "
                + "[null -> (1) BroadcastNestedLoopJoin]");
    }

    /** A formatted plan of one join over two local relations: its kind, and the join details Spark prints. */
    static String formattedJoin(String kind, String... details) {
        return String.join("\n", "== Physical Plan ==", kind + " (3)", ":- LocalTableScan (1)", "+- LocalTableScan (2)", "",
            "", "(1) LocalTableScan", "Output [1]: [a#1]", "Arguments: [a#1]", "", "(2) LocalTableScan", "Output [1]: [b#2]",
            "Arguments: [b#2]", "", "(3) " + kind, String.join("\n", details), "");
    }

    @Test
    void aCrossJoinPlannedAsACartesianProductIsTheSameJoin() {
        // Spark prints Cross for the nested-loop join of a CROSS JOIN and Inner for a CartesianProduct: one join
        String nested = formattedJoin("BroadcastNestedLoopJoin", "Join type: Cross", "Join condition: None");
        String cartesian = formattedJoin("CartesianProduct", "Join type: Inner", "Join condition: None");
        assertThat(changes(nested, cartesian)).containsExactly(
            "JOIN_STRATEGY join strategy changed: BroadcastNestedLoopJoin -> CartesianProduct (Inner) "
                + "[(3) BroadcastNestedLoopJoin -> (3) CartesianProduct]",
            "NEW_CARTESIAN! new cartesian product (0 -> 1): every row of one side is paired with every row of the other "
                + "[null -> (3) CartesianProduct]");
        // a hash join that became a nested loop on the same condition got worse
        String hash = formattedJoin("ShuffledHashJoin", "Join type: Inner", "Join condition: (a#1 < b#2)");
        String loop = formattedJoin("BroadcastNestedLoopJoin", "Join type: Inner", "Join condition: (a#7 < b#8)");
        assertThat(changes(hash, loop)).containsExactly(
            "JOIN_STRATEGY! join strategy changed: ShuffledHashJoin -> BroadcastNestedLoopJoin (Inner) "
                + "[(3) ShuffledHashJoin -> (3) BroadcastNestedLoopJoin]",
            "NEW_NESTED_LOOP! new nested-loop join (0 -> 1): the join condition is evaluated for every pair of rows "
                + "[null -> (3) BroadcastNestedLoopJoin]");
        assertThat(changes(loop, hash)).containsExactly(
            "JOIN_STRATEGY join strategy changed: BroadcastNestedLoopJoin -> ShuffledHashJoin (Inner) "
                + "[(3) BroadcastNestedLoopJoin -> (3) ShuffledHashJoin]");
    }

    @Test
    void threeMoreShufflesAndTheOrderOfPushedFiltersDoesNotMatter() {
        String one = plan("Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=1]", "+- LocalTableScan [k#1]");
        String four = plan("Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=4]",
            "+- Exchange RoundRobinPartitioning(8), REPARTITION_BY_NUM, [plan_id=3]",
            "   +- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=2]",
            "      +- Exchange hashpartitioning(k#1, 100), REPARTITION_BY_COL, [plan_id=1]",
            "         +- LocalTableScan [k#1]");
        assertThat(changes(one, four)).containsExactly(
            "NEW_EXCHANGE! 3 more shuffle exchanges (1 -> 4): SinglePartition; RoundRobinPartitioning(8), REPARTITION_BY_NUM; "
                + "hashpartitioning(k, 100), REPARTITION_BY_COL [null -> (1) Exchange]",
            "OPERATOR_GROWTH! the plan grew from 2 to 5 operators (+150%) [null -> null]");
        assertThat(changes(plan("*(1) ColumnarToRow", "+- " + scan("default.t", "IsNotNull(k), EqualTo(k,5)", "")),
            plan("*(1) ColumnarToRow", "+- " + scan("default.t", "EqualTo(k,5), IsNotNull(k)", "")))).isEmpty();
    }

    @Test
    void scansOfOneTablePairInOrderAndAnOldScanWithoutPartnerIsLeftAlone() {
        String old = plan("Union", ":- *(1) ColumnarToRow", ":  +- " + scan("default.t", "IsNotNull(k)", ""),
            "+- *(2) ColumnarToRow", "   +- " + scan("default.t", "EqualTo(k,5)", ""));
        String neu = plan("*(1) ColumnarToRow", "+- " + scan("default.t", "", ""));
        assertThat(changes(old, neu)).containsExactly(
            "LOST_PUSHDOWN! filter no longer pushed to the scan of default.t: IsNotNull(k) (the source now returns rows it "
                + "used to skip; a function on the column blocks pushdown) [(3) FileScan parquet default.t -> (2) FileScan parquet default.t]");
    }

    @Test
    void expressionIdsAndPlanIdsAreLeftOut() {
        assertThat(PlanComparator.withoutIds("k#12L = x#3 AND y#4Lx > 1 AND z#5L")).isEqualTo("k = x AND yLx > 1 AND z");
        assertThat(PlanComparator.withoutIds("a#b, #, c#")).isEqualTo("a#b, #, c#");
        assertThat(PlanComparator.withoutIds("#1")).isEqualTo("");
        assertThat(PlanComparator.withoutIds("x#1L")).isEqualTo("x");
        assertThat(PlanComparator.withoutIds("x#")).isEqualTo("x#");
    }
}
