package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.rules.SelectStarRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one policy (RuleRunner) as SQL and plan analysis apply it, with small rules written for the test. */
class RuleRunnerTest {
    private static final String PLAN = "== Physical Plan ==\n"
        + "*(1) Project [a#1]\n"
        + "+- *(1) Filter (a#1 > 1)\n"
        + "   +- FileScan parquet db.t[a#1] Batched: true, DataFilters: [], Format: Parquet\n";

    private static final Threshold LIMIT = Threshold.count("limit", 3, "for the test");
    private static final RuleMetadata PLAN_META = RuleMetadata.rule("test-plan-rule").title("T").severity(Severity.WARNING)
        .thresholds(LIMIT).build();
    private static final RuleMetadata SQL_META = RuleMetadata.rule("test-sql-rule").title("T").severity(Severity.INFO).build();

    /** Reports every operator, with severity ERROR chosen by the rule for the first one. */
    private static final PlanRule EVERY_OPERATOR = new PlanRule() {
        @Override
        public RuleMetadata metadata() {
            return PLAN_META;
        }

        @Override
        public void check(PlanRuleContext ctx) {
            List<PlanOperator> ops = ctx.operators();
            for (int i = 0; i < ops.size(); i++) {
                for (int twice = 0; twice < 2; twice++) { // the same finding again is dropped
                    if (i == 0) ctx.report(ops.get(i), Severity.ERROR, "first operator", null);
                    else ctx.report(ops.get(i), "operator " + ops.get(i).id(), "detail");
                }
            }
        }
    };

    /** Reports once, then fails half-way. */
    private static final SqlRule FAILING = new SqlRule() {
        @Override
        public RuleMetadata metadata() {
            return SQL_META;
        }

        @Override
        public void check(SqlRuleContext ctx) {
            ctx.report(0, 1, "before the failure", null);
            throw new IllegalStateException("boom");
        }
    };

    @Test
    void severityIsTheConfiguredOneElseTheRulesChoiceElseTheDefault() {
        List<Finding> byDefault = new PlanAnalyzer(AnalyzerConfig.defaults(), List.of(EVERY_OPERATOR)).analyze(PLAN);
        assertThat(byDefault).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
        List<Finding> configured = new PlanAnalyzer(AnalyzerConfig.builder().severity("test-plan-rule", Severity.INFO).build(),
            List.of(EVERY_OPERATOR)).analyze(PLAN);
        assertThat(configured).extracting(Finding::severity).containsOnly(Severity.INFO);
        SqlAnalysis sql = new SqlAnalyzer(AnalyzerConfig.builder().severity("select-star", Severity.ERROR).build()).analyze("SELECT * FROM t");
        assertThat(sql.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void duplicatesAreDroppedAndFindingsComeInReadingOrderWithTheRationaleAsDefaultDetail() {
        List<Finding> fs = new PlanAnalyzer(AnalyzerConfig.defaults(), List.of(EVERY_OPERATOR)).analyze(PLAN);
        assertThat(fs).extracting(f -> f.location().line()).containsExactly(2, 3, 4);
        assertThat(fs.get(0).detail()).isEqualTo(PLAN_META.rationale());
        assertThat(fs.get(1).detail()).isEqualTo("detail");
    }

    @Test
    void aFailingRuleLosesItsReportsOnThatUnitAndTheOthersStillRun() {
        SqlAnalysis r = new SqlAnalyzer(AnalyzerConfig.defaults(), List.of(FAILING, new SelectStarRule()),
            dev.brickoptima.core.sql.ParserWatch.NONE).analyze("SELECT 1;\nSELECT * FROM t");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("select-star");
        assertThat(r.internalErrors()).containsExactly(
            "test-sql-rule failed at offset 0: java.lang.IllegalStateException: boom",
            "test-sql-rule failed at offset 10: java.lang.IllegalStateException: boom");
    }

    @Test
    void engineFindingsAreReportedUnderOnlyButCanBeDisabled() {
        String sql = "SELECT * FROM t;\nSELECT FROM WHERE";
        SqlAnalysis only = new SqlAnalyzer(AnalyzerConfig.builder().only("null-comparison").build()).analyze(sql);
        assertThat(only.findings()).extracting(Finding::ruleId).containsExactly("parse-error");
        SqlAnalysis off = new SqlAnalyzer(AnalyzerConfig.builder().disable("parse-error").build()).analyze(sql);
        assertThat(off.findings()).extracting(Finding::ruleId).containsExactly("select-star");
        PlanAnalysis planOnly = new PlanAnalyzer(AnalyzerConfig.builder().only("plan-skew").build()).analyzeText("== Physical Plan ==\n+- oops\n");
        assertThat(planOnly.findings()).extracting(Finding::ruleId).containsExactly("parse-error");
        PlanAnalysis planOff = new PlanAnalyzer(AnalyzerConfig.builder().disable("parse-error").build()).analyzeText("== Physical Plan ==\n+- oops\n");
        assertThat(planOff.findings()).isEmpty();
    }

    @Test
    void aRuleRunsOnlyWhenEnabledAndProfileRulesNeedTheirProfile() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.builder().disable("select-star").build());
        assertThat(runner.select(RuleRegistry.sqlRules())).extracting(r -> r.metadata().id())
            .doesNotContain("select-star", "destructive-statement").contains("null-comparison");
        RuleRunner readOnly = new RuleRunner(AnalyzerConfig.builder().profile("read-only").build());
        assertThat(readOnly.select(RuleRegistry.sqlRules())).extracting(r -> r.metadata().id()).contains("destructive-statement");
    }

    @Test
    void suppressedFindingsAreDropped() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.defaults());
        Location at = new Location(0, 1, 1, 1, 1, 2, null);
        assertThat(runner.finding(SQL_META, null, "m", at, List.of(), null, id -> id.equals("test-sql-rule"))).isNull();
        assertThat(runner.finding(SQL_META, null, "m", at, List.of(), null, Suppression.NONE)).isNotNull();
    }

    @Test
    void aPassedDeadlineStopsBeforeTheNextRuleAndDeadlinesNeverOverflow() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.defaults());
        List<String> ran = new ArrayList<>();
        TestContext ctx = new TestContext();
        assertThat(runner.run(RuleRegistry.sqlRules(), ctx, (r, c) -> ran.add(r.metadata().id()), new Deadline(1), "", new ArrayList<>())).isFalse();
        assertThat(ran).isEmpty();
        assertThat(runner.run(List.of(new SelectStarRule()), ctx, (r, c) -> ran.add(r.metadata().id()), Deadline.none(), "", new ArrayList<>()))
            .isTrue();
        assertThat(ran).containsExactly("select-star");
        // a budget so large that now + budget overflows must never pass (a negative end would skip everything)
        assertThat(Deadline.after(Long.MAX_VALUE).passedNow()).isFalse();
        assertThat(Deadline.after(Long.MAX_VALUE - 1).passedNow()).isFalse();
        assertThat(Deadline.after(Limits.MAX_BUDGET_MILLIS).passedNow()).isFalse();
    }

    @Test
    void aRuleStoppedByTheDeadlineMidWalkLosesItsReportsAndTheRestAreSkipped() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.defaults());
        List<String> ran = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        TestContext ctx = new TestContext();
        Deadline passed = new Deadline(1);
        boolean inTime = runner.run(RuleRegistry.sqlRules(), ctx, (r, c) -> {
            ran.add(r.metadata().id());
            c.report("partial");
            for (int i = 0; i < 2 * Deadline.STRIDE; i++) passed.check();
        }, Deadline.none(), "", internal);
        assertThat(inTime).isFalse();
        assertThat(ran).hasSize(1);
        assertThat(ctx.reports()).isEmpty();
        assertThat(internal).as("a deadline is not a rule failure").isEmpty();
    }

    @Test
    void aRuleReadsOnlyTheThresholdsItDeclares() {
        TestContext ctx = new TestContext();
        List<String> internal = new ArrayList<>();
        RuleRunner runner = new RuleRunner(AnalyzerConfig.builder().threshold("test-plan-rule", "limit", 7).build());
        List<Double> seen = new ArrayList<>();
        runner.run(List.of(EVERY_OPERATOR), ctx, (r, c) -> seen.add(c.threshold(LIMIT)), Deadline.none(), "", internal);
        assertThat(seen).containsExactly(7.0);
        Threshold undeclared = Threshold.count("other", 1, "not declared by the rule");
        runner.run(List.of(EVERY_OPERATOR), ctx, (r, c) -> c.threshold(undeclared), Deadline.none(), "", internal);
        assertThat(internal).singleElement().asString().contains("test-plan-rule reads threshold 'other' it does not declare");
    }

    /** A context with nothing to report on, for driving the runner directly. */
    private static final class TestContext extends RuleContext<String> {
        TestContext() {
            super(new RuleRunner(AnalyzerConfig.builder().threshold("test-plan-rule", "limit", 7).build()).config());
        }

        void report(String what) {
            add(what);
        }
    }
}
