package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlanRuleContext#operators(String)} answers from an index built once per plan; it must keep giving what a
 * filter over {@link PlanRuleContext#operators()} gives (active operators only, pre-order), and a fresh list each time.
 */
class PlanRuleContextTest {

    @Test
    void operatorsOfAKindAreTheActiveOnesInPreOrderAndAFreshListEachTime() throws Exception {
        PhysicalPlan plan = PlanTextParser.parse(PlanAnalyzerTest.q8());
        PlanRuleContext ctx = new PlanRuleContext(plan, AnalyzerConfig.defaults(), List.of());
        Set<String> kinds = new LinkedHashSet<>();
        for (PlanOperator op : plan.operators().values()) kinds.add(op.kind());
        assertThat(kinds).contains("Filter", "Exchange", "HashAggregate", "BroadcastHashJoin");
        for (String kind : kinds) {
            List<PlanOperator> expected = ctx.operators().stream().filter(op -> op.is(kind)).collect(Collectors.toList());
            assertThat(ctx.operators(kind)).as(kind).containsExactlyElementsOf(expected);
        }
        ctx.operators("Filter").clear();
        assertThat(ctx.operators("Filter")).isNotEmpty();
        assertThat(ctx.operators("NoSuchOperator")).isEmpty();
    }

    @Test
    void operatorsOfAKindSkipTheInitialPlanOfAnAdaptivePlan() throws Exception {
        String text = new String(PlanRuleContextTest.class.getResourceAsStream("/plan/parser/formatted.txt").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        PhysicalPlan plan = PlanTextParser.parse(text);
        PlanRuleContext ctx = new PlanRuleContext(plan, AnalyzerConfig.defaults(), List.of());
        // the formatted fixture's initial plan has its own Filter (6) and Project (8); only the final plan's are active
        assertThat(ctx.operators("Filter")).extracting(PlanOperator::id).doesNotContain(6).contains(2);
        assertThat(ctx.operators("Project")).extracting(PlanOperator::id).doesNotContain(8).contains(5);
    }
}
