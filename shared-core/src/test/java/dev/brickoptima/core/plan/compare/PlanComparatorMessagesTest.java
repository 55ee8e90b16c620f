package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changes {@link PlanComparator} reports between two small plans of the same join, with every message and the
 * operators it points at: a lost broadcast, a new cartesian product, new shuffles, operator growth and the duration
 * (above the thresholds only: both a relative and an absolute increase, "new" from zero); the way back is a join
 * strategy change that is no regression.
 */
class PlanComparatorMessagesTest {
    static final String OLD = String.join("\n",
        "== Physical Plan ==",
        "*(3) BroadcastHashJoin [k#1], [k#2], Inner, BuildRight, false",
        ":- *(3) Filter isnotnull(k#1)",
        ":  +- *(3) ColumnarToRow",
        ":     +- FileScan parquet default.t[k#1] Batched: true, DataFilters: [isnotnull(k#1)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [IsNotNull(k)], ReadSchema: struct<k:bigint>",
        "+- BroadcastExchange HashedRelationBroadcastMode(List(input[0, bigint, false]),false), [plan_id=5]",
        "   +- *(1) Filter isnotnull(k#2)",
        "      +- *(1) ColumnarToRow",
        "         +- FileScan parquet default.u[k#2] Batched: true, DataFilters: [isnotnull(k#2)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/u], PartitionFilters: [], PushedFilters: [IsNotNull(k)], ReadSchema: struct<k:bigint>");
    static final String NEW = String.join("\n",
        "== Physical Plan ==",
        "CartesianProduct",
        ":- *(5) SortMergeJoin [k#1], [k#2], Inner",
        ":  :- *(2) Sort [k#1 ASC NULLS FIRST], false, 0",
        ":  :  +- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=10]",
        ":  :     +- *(1) Filter isnotnull(k#1)",
        ":  :        +- *(1) ColumnarToRow",
        ":  :           +- FileScan parquet default.t[k#1] Batched: true, DataFilters: [isnotnull(k#1)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [IsNotNull(k)], ReadSchema: struct<k:bigint>",
        ":  +- *(4) Sort [k#2 ASC NULLS FIRST], false, 0",
        ":     +- Exchange hashpartitioning(k#2, 200), ENSURE_REQUIREMENTS, [plan_id=11]",
        ":        +- *(3) Filter isnotnull(k#2)",
        ":           +- *(3) ColumnarToRow",
        ":              +- FileScan parquet default.u[k#2] Batched: true, DataFilters: [isnotnull(k#2)], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/u], PartitionFilters: [], PushedFilters: [IsNotNull(k)], ReadSchema: struct<k:bigint>",
        "+- *(6) ColumnarToRow",
        "   +- FileScan parquet default.v[x#3] Batched: true, DataFilters: [], Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/v], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<x:int>");

    private static List<String> changes(String from, String to, long oldMs, long newMs) {
        PhysicalPlan a = PlanTextParser.parse(from);
        PhysicalPlan b = PlanTextParser.parse(to);
        return new PlanComparator(CompareThresholds.DEFAULT).compare(a, b, oldMs, newMs).stream()
            .map(c -> c.kind() + (c.regression() ? "!" : "") + " " + c.message() + " [" + c.oldOperator() + " -> " + c.newOperator() + "]")
            .toList();
    }

    private static final List<String> PLAN_CHANGES = List.of(
        "LOST_BROADCAST! broadcast lost: BroadcastHashJoin -> SortMergeJoin (Inner) on [k] = [k]; both sides are now shuffled "
            + "(and sorted for a sort-merge join) [(1) BroadcastHashJoin -> (2) SortMergeJoin]",
        "NEW_CARTESIAN! new cartesian product (0 -> 1): every row of one side is paired with every row of the other "
            + "[null -> (1) CartesianProduct]",
        "NEW_EXCHANGE! 2 more shuffle exchanges (0 -> 2): hashpartitioning(k, 200); hashpartitioning(k, 200) [null -> (4) Exchange]",
        "OPERATOR_GROWTH! the plan grew from 8 to 14 operators (+75%) [null -> null]");

    @Test
    void everyRegressionWithItsMessage() {
        assertThat(changes(OLD, NEW, 1000, 5000)).startsWith(PLAN_CHANGES.toArray(String[]::new)).hasSize(5)
            .last().isEqualTo("DURATION! duration grew from 1.0 s to 5.0 s (+400%) [null -> null]");
        // no duration known, a relative increase below 50%, an absolute one below a second: no duration change
        assertThat(changes(OLD, NEW, -1, 5000)).isEqualTo(PLAN_CHANGES);
        assertThat(changes(OLD, NEW, 1000, 1400)).isEqualTo(PLAN_CHANGES);
        assertThat(changes(OLD, NEW, 100, 900)).isEqualTo(PLAN_CHANGES);
        assertThat(changes(OLD, NEW, 0, 5000)).last().isEqualTo("DURATION! duration grew from 0 ms to 5.0 s (new) [null -> null]");
    }

    @Test
    void theWayBackIsAStrategyChangeNotARegression() {
        assertThat(changes(NEW, OLD, 5000, 1000)).containsExactly(
            "JOIN_STRATEGY join strategy changed: SortMergeJoin -> BroadcastHashJoin (Inner) on [k] = [k] "
                + "[(2) SortMergeJoin -> (1) BroadcastHashJoin]");
    }
}
