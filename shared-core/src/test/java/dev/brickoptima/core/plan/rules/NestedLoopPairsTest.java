package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.MetricPlans;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sides and pairs {@link NestedLoopPairs} works out for a CartesianProduct and a BroadcastNestedLoopJoin: planned
 * rows from Range bounds; input metrics divided by the other side's partitions (Spark recomputes each side once per
 * partition of the other); without a join condition the output rows give the missing side; metrics taken as they are
 * when their product is the output; and how the pairs read in a message.
 */
class NestedLoopPairsTest {
    private static String cartesian(String condition, String left, String right) {
        return String.join("\n", "== Physical Plan ==", "CartesianProduct" + condition,
            ":- *(1) Filter (a#1 > 0)", ":  +- " + left, "+- *(2) Filter (b#2 > 0)", "   +- " + right);
    }

    private static NestedLoopPairs pairs(PhysicalPlan plan) {
        return NestedLoopPairs.cartesian(plan.root());
    }

    private static String sides(NestedLoopPairs p) {
        return p.left + " x " + p.right + " = " + p.pairs + ", counted " + p.countedLeft + " / " + p.countedRight
            + (p.recomputed() ? ", recomputed" : "") + ": '" + p.describe("left rows", "right rows") + "'";
    }

    @Test
    void inputMetricsAreDividedByTheOtherSidesPartitions() {
        PhysicalPlan plan = MetricPlans.withMetrics(cartesian("", "*(1) Range (0, 1000, step=1, splits=2)",
            "*(2) Range (0, 1000, step=1, splits=4)"), Map.of(2, Map.of("number of output rows", "200"),
            4, Map.of("number of output rows", "100")));
        assertThat(sides(pairs(plan))).isEqualTo("50.0 x 50.0 = 2500.0, counted 200.0 / 100.0, recomputed: "
            + "'50 left rows x 50 right rows = 2,500 pairs'");
    }

    @Test
    void withoutAConditionTheOutputGivesTheMissingSide() {
        String scan = "FileScan parquet default.t[a#1] Batched: true, DataFilters: [], Format: Parquet, "
            + "Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<a:int>";
        String range = "*(2) Range (0, 10, step=1, splits=1)";
        PhysicalPlan leftUnknown = MetricPlans.withMetrics(String.join("\n", "== Physical Plan ==", "CartesianProduct",
            ":- *(1) ColumnarToRow", ":  +- " + scan, "+- " + range), Map.of(1, Map.of("number of output rows", "300")));
        assertThat(sides(pairs(leftUnknown))).isEqualTo("30.0 x 10.0 = 300.0, counted NaN / NaN: '30 left rows x 10 right rows = 300 pairs'");
        PhysicalPlan rightUnknown = MetricPlans.withMetrics(String.join("\n", "== Physical Plan ==", "CartesianProduct",
            ":- " + range, "+- *(1) ColumnarToRow", "   +- " + scan), Map.of(1, Map.of("number of output rows", "300")));
        assertThat(sides(pairs(rightUnknown))).isEqualTo("10.0 x 30.0 = 300.0, counted NaN / NaN: '10 left rows x 30 right rows = 300 pairs'");
        // with a condition the output is not left x right
        PhysicalPlan filtered = MetricPlans.withMetrics(String.join("\n", "== Physical Plan ==", "CartesianProduct (a#1 < b#2)",
            ":- " + range, "+- *(1) ColumnarToRow", "   +- " + scan), Map.of(1, Map.of("number of output rows", "300")));
        assertThat(sides(pairs(filtered))).isEqualTo("10.0 x NaN = NaN, counted NaN / NaN: ''");
    }

    @Test
    void metricsAreTheSidesWhenTheirProductIsTheOutput() {
        String scan = "FileScan parquet default.t[a#1] Batched: true, DataFilters: [], Format: Parquet, "
            + "Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [], ReadSchema: struct<a:int>";
        String text = String.join("\n", "== Physical Plan ==", "CartesianProduct",
            ":- *(1) ColumnarToRow", ":  +- " + scan, "+- *(2) ColumnarToRow", "   +- " + scan.replace("default.t", "default.u"));
        PhysicalPlan exact = MetricPlans.withMetrics(text, Map.of(1, Map.of("number of output rows", "100"),
            2, Map.of("number of output rows", "20"), 4, Map.of("number of output rows", "5")));
        assertThat(sides(pairs(exact))).isEqualTo("20.0 x 5.0 = 100.0, counted NaN / NaN: '20 left rows x 5 right rows = 100 pairs'");
        PhysicalPlan recomputed = MetricPlans.withMetrics(text, Map.of(1, Map.of("number of output rows", "100"),
            2, Map.of("number of output rows", "40"), 4, Map.of("number of output rows", "5")));
        assertThat(sides(pairs(recomputed))).isEqualTo("NaN x NaN = 100.0, counted NaN / NaN: '100 pairs'");
        PhysicalPlan one = MetricPlans.withMetrics(text, Map.of(1, Map.of("number of output rows", "1"),
            2, Map.of("number of output rows", "1"), 4, Map.of("number of output rows", "1")));
        assertThat(pairs(one).describe("left rows", "right rows")).isEqualTo("1 left rows x 1 right rows = 1 pair");
    }

    @Test
    void aBroadcastNestedLoopJoinReadsEachSideOnce() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n", "== Physical Plan ==",
            "BroadcastNestedLoopJoin BuildRight, Inner, (a#1 < b#2)",
            ":- *(1) Range (0, 100, step=1, splits=2)",
            "+- BroadcastExchange IdentityBroadcastMode, [plan_id=5]",
            "   +- *(2) Range (0, 5, step=1, splits=1)"));
        assertThat(sides(NestedLoopPairs.broadcast(plan.root(), 1)))
            .isEqualTo("100.0 x 5.0 = 500.0, counted NaN / NaN: '100 left rows x 5 right rows = 500 pairs'");
        assertThat(NestedLoopPairs.broadcast(plan.root(), 0).describe("stream rows", "broadcast rows"))
            .isEqualTo("5 stream rows x 100 broadcast rows = 500 pairs");
        assertThat(NestedLoopPairs.broadcast(plan.operator(2), 0).describe("stream rows", "broadcast rows")).isEmpty();
    }
}
