package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large synthetic plans ({@link SyntheticPlans}) parse and analyse without stack overflow (no timing assertions; the
 * benchmarks measure time).
 */
class PlanScaleTest {

    @Test
    void twentyThousandOperatorsParseAndAnalyse() {
        String text = SyntheticPlans.wide(2000, 9);
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators()).hasSize(20_001);
        assertThat(plan.activeOperators()).hasSize(20_001);
        assertThat(plan.root().children()).hasSize(2000);
        PlanAnalysis result = new PlanAnalyzer(AnalyzerConfig.defaults()).analyzeText(text);
        assertThat(result.internalErrors()).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("parse-error"));
    }

    @Test
    void theTimeBudgetStopsThePlanRulesMidWalk() {
        PhysicalPlan plan = PlanTextParser.parse(SyntheticPlans.wide(8000, 9)); // 80,001 operators
        AnalyzerConfig tight = AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 1)).build();
        PlanAnalysis result = new PlanAnalyzer(tight).analyzeFull(plan, List.of());
        assertThat(result.internalErrors()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("analysis-timeout")).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("limits.statementBudgetMillis"));
    }

    @Test
    void deepChainDoesNotOverflowTheStack() {
        String text = SyntheticPlans.chain(2_000);
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators()).hasSize(2_000);
        assertThat(plan.activeOperators()).hasSize(2_000);
        List<Finding> findings = new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(plan);
        assertThat(findings).noneMatch(f -> f.ruleId().equals("parse-error"));
    }
}
