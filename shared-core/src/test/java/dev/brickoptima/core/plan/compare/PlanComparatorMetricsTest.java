package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.MetricPlans;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime changes {@link PlanComparator} reports when both plans carry REST metrics: shuffle write and spill summed
 * over the plan's operators, reported only when they grew by more than the percentage and at least the absolute
 * minimum (10 MiB by default); spill from nothing has no percentage. Operator growth needs three more operators.
 */
class PlanComparatorMetricsTest {
    private static final String PLAN = String.join("\n", "== Physical Plan ==",
        "*(2) Sort [k#1 ASC NULLS FIRST], true, 0",
        "+- Exchange rangepartitioning(k#1 ASC NULLS FIRST, 200), ENSURE_REQUIREMENTS, [plan_id=21]",
        "   +- *(1) Sort [k#1 ASC NULLS FIRST], false, 0",
        "      +- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [plan_id=20]",
        "         +- LocalTableScan [k#1]");

    private static PhysicalPlan shuffleAndSpill(String shuffle2, String shuffle4, String spill) {
        return MetricPlans.withMetrics(PLAN, Map.of(
            1, Map.of("spill size", spill),
            2, Map.of("shuffle bytes written", shuffle2, "records read", "1,000"),
            4, Map.of("shuffle bytes written", shuffle4)));
    }

    private static List<String> changes(PhysicalPlan a, PhysicalPlan b) {
        return new PlanComparator(CompareThresholds.DEFAULT).compare(a, b, -1, -1).stream()
            .map(c -> c.kind() + (c.regression() ? "!" : "") + " " + c.message() + " [" + c.oldOperator() + " -> " + c.newOperator() + "]")
            .toList();
    }

    @Test
    void shuffleAndSpillGrowth() {
        PhysicalPlan old = shuffleAndSpill("10.0 MiB", "10.0 MiB", "0.0 B");
        PhysicalPlan neu = shuffleAndSpill("20.0 MiB", "12.0 MiB", "64.0 MiB");
        assertThat(changes(old, neu)).containsExactly(
            "SHUFFLE! shuffle write grew from 20.0 MiB to 32.0 MiB (+60%) [null -> null]",
            "SPILL! spill grew from 0 B to 64.0 MiB [null -> null]");
        PhysicalPlan spilled = shuffleAndSpill("10.0 MiB", "10.0 MiB", "20.0 MiB");
        assertThat(changes(spilled, neu)).containsExactly(
            "SHUFFLE! shuffle write grew from 20.0 MiB to 32.0 MiB (+60%) [null -> null]",
            "SPILL! spill grew from 20.0 MiB to 64.0 MiB (+220%) [null -> null]");
    }

    @Test
    void belowEitherThresholdNothingIsReported() {
        PhysicalPlan old = shuffleAndSpill("100.0 MiB", "100.0 MiB", "100.0 MiB");
        // +40%: above 10 MiB, below 50%
        assertThat(changes(old, shuffleAndSpill("140.0 MiB", "140.0 MiB", "140.0 MiB"))).isEmpty();
        // +900% but only 9 MiB more
        PhysicalPlan small = shuffleAndSpill("512.0 KiB", "512.0 KiB", "1024.0 KiB");
        assertThat(changes(small, shuffleAndSpill("5.0 MiB", "5.0 MiB", "10.0 MiB"))).isEmpty();
        // shrinking is no change
        assertThat(changes(old, shuffleAndSpill("1.0 MiB", "1.0 MiB", "0.0 B"))).isEmpty();
    }

    @Test
    void metricsCountOnlyWhenBothPlansHaveThem() {
        PhysicalPlan bare = PlanTextParser.parse(PLAN);
        assertThat(changes(bare, shuffleAndSpill("64.0 MiB", "64.0 MiB", "64.0 MiB"))).isEmpty();
        assertThat(changes(shuffleAndSpill("0.0 B", "0.0 B", "0.0 B"), bare)).isEmpty();
    }

    @Test
    void operatorGrowthNeedsThreeMoreOperatorsAndFiftyPercent() {
        CompareThresholds t = CompareThresholds.DEFAULT;
        assertThat(t.exceeded(4, 7, t.minOperatorDelta())).isTrue();
        assertThat(t.exceeded(6, 9, t.minOperatorDelta())).isFalse(); // +50% is not more than 50%
        assertThat(t.exceeded(6, 10, t.minOperatorDelta())).isTrue();
        assertThat(t.exceeded(2, 4, t.minOperatorDelta())).isFalse(); // +100%, but two operators
        assertThat(t.exceeded(10, 14, t.minOperatorDelta())).isFalse(); // four more, +40%
        assertThat(t.exceeded(0, 3, t.minOperatorDelta())).isTrue();
        assertThat(new CompareThresholds(0, 0, 0, 0).exceeded(5, 5, 0)).isFalse(); // equal is never a growth
    }
}
