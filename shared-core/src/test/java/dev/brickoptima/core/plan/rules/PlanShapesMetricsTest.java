package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.MetricPlans;
import dev.brickoptima.core.plan.PhysicalPlan;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlanShapes} walks over a plan with runtime metrics: only an exchange's {@code data size} is a side's size, a
 * filter or aggregate on the way makes it "at most", rows are the first counted ones below pass-through operators,
 * and the walks stop where the shape changes (an aggregate, an AQE read's coalescing).
 */
class PlanShapesMetricsTest {
    private static final String PLAN = String.join("\n",
        "== Physical Plan ==",
        "SortMergeJoin [a#1], [b#2], Inner",
        ":- Project [a#1]",
        ":  +- Sort [a#1 ASC NULLS FIRST], false, 0",
        ":     +- AQEShuffleRead coalesced",
        ":        +- Exchange hashpartitioning(a#1, 8), ENSURE_REQUIREMENTS, [plan_id=1]",
        ":           +- LocalTableScan [a#1]",
        "+- HashAggregate(keys=[b#2], functions=[])",
        "   +- Exchange hashpartitioning(b#2, 8), ENSURE_REQUIREMENTS, [plan_id=2]",
        "      +- LocalTableScan [b#2]");

    private static PhysicalPlan plan() {
        return MetricPlans.withMetrics(PLAN, Map.of(
            2, Map.of("data size", "5.0 MiB"),
            3, Map.of("number of partitions", "3"),
            5, Map.of("data size", "1.0 MiB", "number of output rows", "100"),
            8, Map.of("data size", "2.0 MiB", "number of output rows", "40")));
    }

    @Test
    void onlyAnExchangesDataSizeIsASidesSize() {
        PhysicalPlan p = plan();
        assertThat(PlanShapes.sideBytes(p.operator(2))).isEqualTo(1024d * 1024);
        assertThat(PlanShapes.sideSize(p.operator(2))).isEqualTo(new PlanShapes.Size(1024d * 1024, false));
        // through the aggregate: at most the shuffled size; sideBytes does not read through aggregates
        assertThat(PlanShapes.sideSize(p.operator(7))).isEqualTo(new PlanShapes.Size(2 * 1024d * 1024, true));
        assertThat(PlanShapes.sideBytes(p.operator(7))).isNaN();
        assertThat(PlanShapes.sideSize(p.operator(6)).known()).isFalse();
    }

    @Test
    void countedRowsAndPartitionsStopWhereTheShapeChanges() {
        PhysicalPlan p = plan();
        assertThat(PlanShapes.countedRows(p.operator(2))).isEqualTo(100);
        assertThat(PlanShapes.sideRows(p.operator(2))).isEqualTo(100);
        assertThat(PlanShapes.countedRows(p.operator(7))).isNaN();
        assertThat(PlanShapes.sideRows(p.operator(7))).isNaN();
        assertThat(PlanShapes.countedRows(p.operator(8))).isEqualTo(40);
        // the partitions an operator reports win; an AQE read's count is unknown (coalescing), an aggregate ends the walk
        assertThat(PlanShapes.partitions(p.operator(2))).isEqualTo(3);
        assertThat(PlanShapes.partitions(p.operator(4))).isNaN();
        assertThat(PlanShapes.partitions(p.operator(7))).isNaN();
        assertThat(PlanShapes.partitions(p.operator(8))).isEqualTo(8);
    }
}
