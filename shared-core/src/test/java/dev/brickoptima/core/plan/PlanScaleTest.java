package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
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
    void deepChainDoesNotOverflowTheStack() {
        String text = SyntheticPlans.chain(2_000);
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators()).hasSize(2_000);
        assertThat(plan.activeOperators()).hasSize(2_000);
        List<Finding> findings = new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(plan);
        assertThat(findings).noneMatch(f -> f.ruleId().equals("parse-error"));
    }
}
