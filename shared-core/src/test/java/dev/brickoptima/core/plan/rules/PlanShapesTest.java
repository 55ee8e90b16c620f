package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan shapes the join rules read ({@link PlanShapes}): partitions, rows and sizes found walking down a join side,
 * Range bounds and splits, an exchange's partition count, single-row sides, and where each walk must stop (a filter
 * changes the row count, an aggregate the partitioning, an AQE read the partition count).
 */
class PlanShapesTest {
    private static final String CARTESIAN = String.join("\n",
        "== Physical Plan ==",
        "CartesianProduct",
        ":- *(1) Project [a#1]",
        ":  +- *(1) Filter (a#1 > 0)",
        ":     +- *(1) Range (0, 100, step=1, splits=Some(2))",
        "+- Exchange hashpartitioning(b#2, 8), ENSURE_REQUIREMENTS, [plan_id=5]",
        "   +- *(2) Range (10, 0, step=-3, splits=4)");

    private static final String BROADCAST = String.join("\n",
        "== Physical Plan ==",
        "BroadcastNestedLoopJoin BuildRight, Inner",
        ":- *(1) Sort [a#1 ASC NULLS FIRST], false, 0",
        ":  +- *(1) Range (0, 5, step=1, splits=1)",
        "+- BroadcastExchange IdentityBroadcastMode, [plan_id=9]",
        "   +- *(3) HashAggregate(keys=[], functions=[count(1)])",
        "      +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=7]",
        "         +- *(2) HashAggregate(keys=[], functions=[partial_count(1)])",
        "            +- *(2) Range (0, 10, step=1, splits=None)");

    private static PlanOperator nth(PhysicalPlan plan, String kind, int n) {
        int seen = 0;
        for (PlanOperator op : plan.operators().values()) {
            if (op.is(kind) && seen++ == n) return op;
        }
        throw new AssertionError("no " + kind + " #" + n);
    }

    @Test
    void partitionsRowsAndSplitsDownACartesianSide() {
        PhysicalPlan plan = PlanTextParser.parse(CARTESIAN);
        PlanOperator project = nth(plan, "Project", 0);
        PlanOperator exchange = nth(plan, "Exchange", 0);
        PlanOperator range1 = nth(plan, "Range", 0);
        PlanOperator range2 = nth(plan, "Range", 1);
        // partitions: through Project and Filter to the Range's splits; an exchange's own count
        assertThat(PlanShapes.partitions(project)).isEqualTo(2.0);
        assertThat(PlanShapes.partitions(exchange)).isEqualTo(8.0);
        assertThat(PlanShapes.rangeRows(range1)).isEqualTo(100.0);
        assertThat(PlanShapes.rangeSplits(range1)).isEqualTo(2.0);
        // a negative step counts down: ceil((0 - 10) / -3)
        assertThat(PlanShapes.rangeRows(range2)).isEqualTo(4.0);
        assertThat(PlanShapes.rangeSplits(range2)).isEqualTo(4.0);
        // rows as planned: through the exchange to the Range; a filter stops the walk (its output is unknown)
        assertThat(PlanShapes.plannedRows(exchange)).isEqualTo(4.0);
        assertThat(PlanShapes.plannedRows(project)).isNaN();
        assertThat(PlanShapes.sideRows(exchange)).isEqualTo(4.0);
        assertThat(PlanShapes.sideRows(project)).isNaN();
        assertThat(PlanShapes.countedRows(exchange)).isNaN();
        assertThat(PlanShapes.sideBytes(exchange)).isNaN();
        assertThat(PlanShapes.sideSize(exchange).known()).isFalse();
        assertThat(PlanShapes.isSingleRow(exchange)).isFalse();
        assertThat(PlanShapes.throughPassThrough(project)).isSameAs(nth(plan, "Filter", 0));
        assertThat(PlanShapes.throughPassThrough(exchange)).isSameAs(range2);
        assertThat(PlanShapes.ref(range2)).isEqualTo("Range (" + range2.id() + ")");
        assertThat(PlanShapes.sideName(0)).isEqualTo("left");
        assertThat(PlanShapes.sideName(1)).isEqualTo("right");
    }

    @Test
    void singleRowAggregatesAndSinglePartitionExchanges() {
        PhysicalPlan plan = PlanTextParser.parse(BROADCAST);
        PlanOperator sort = nth(plan, "Sort", 0);
        PlanOperator broadcast = nth(plan, "BroadcastExchange", 0);
        PlanOperator single = nth(plan, "Exchange", 0);
        // a global aggregate (no grouping keys) under the broadcast: one row
        assertThat(PlanShapes.isSingleRow(broadcast)).isTrue();
        assertThat(PlanShapes.isSingleRow(sort)).isFalse();
        assertThat(PlanShapes.partitions(single)).isEqualTo(1.0);
        // an aggregate changes the partitioning: the walk stops there
        assertThat(PlanShapes.partitions(broadcast)).isNaN();
        assertThat(PlanShapes.partitions(sort)).isEqualTo(1.0);
        assertThat(PlanShapes.sideRows(sort)).isEqualTo(5.0);
        assertThat(PlanShapes.plannedRows(sort)).isEqualTo(5.0);
        // splits=None is the default parallelism: unknown here
        assertThat(PlanShapes.rangeSplits(nth(plan, "Range", 1))).isNaN();
        assertThat(PlanShapes.rangeRows(nth(plan, "Range", 1))).isEqualTo(10.0);
    }

    @Test
    void anExchangesPartitionCount() {
        assertThat(PlanShapes.shufflePartitions("hashpartitioning(a#1, 8), ENSURE_REQUIREMENTS, [plan_id=5]")).isEqualTo(8.0);
        assertThat(PlanShapes.shufflePartitions("hashpartitioning(f(a#1, 3), 16), ENSURE_REQUIREMENTS")).isEqualTo(16.0);
        assertThat(PlanShapes.shufflePartitions("rangepartitioning(a#1 ASC NULLS FIRST, 200), ENSURE_REQUIREMENTS")).isEqualTo(200.0);
        assertThat(PlanShapes.shufflePartitions("RoundRobinPartitioning(4), REPARTITION_BY_NUM, [plan_id=12]")).isEqualTo(4.0);
        assertThat(PlanShapes.shufflePartitions("  SinglePartition, ENSURE_REQUIREMENTS")).isEqualTo(1.0);
        assertThat(PlanShapes.shufflePartitions(null)).isNaN();
        assertThat(PlanShapes.shufflePartitions("IdentityBroadcastMode")).isNaN();
        assertThat(PlanShapes.shufflePartitions("hashpartitioning(a#1, 8")).isNaN();
        assertThat(PlanShapes.shufflePartitions("hashpartitioning(a#1, n)")).isNaN();
    }
}
