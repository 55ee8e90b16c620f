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

    @Test
    void aFailingRuleLosesOnlyItsOwnReportsAndTheContextHearsOfEachRuleAndFailure() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.defaults());
        List<String> events = new ArrayList<>();
        TestContext ctx = new TestContext() {
            @Override
            protected void beginRule() {
                events.add("begin " + rule().id());
            }

            @Override
            protected void ruleFailed() {
                events.add("failed " + rule().id());
            }
        };
        List<String> internal = new ArrayList<>();
        boolean inTime = runner.run(List.of(EVERY_OPERATOR, FAILING, new SelectStarRule()), ctx, (r, c) -> {
            c.report("by " + r.metadata().id());
            if (r == FAILING) throw new IllegalStateException("boom");
        }, Deadline.none(), "at offset 4", internal);
        assertThat(inTime).isTrue();
        assertThat(ctx.reports()).containsExactly("by test-plan-rule", "by select-star");
        assertThat(events).containsExactly("begin test-plan-rule", "begin test-sql-rule", "failed test-sql-rule", "begin select-star");
        assertThat(internal).containsExactly("test-sql-rule failed at offset 4: java.lang.IllegalStateException: boom");
    }

    @Test
    void aDisabledRuleIsNotReportedWhateverItsKind() {
        RuleRunner runner = new RuleRunner(AnalyzerConfig.builder().disable("select-star").disable("parse-error").build());
        assertThat(runner.reports(SelectStarRule.METADATA)).isFalse();
        assertThat(runner.reports(RuleRegistry.byId("parse-error"))).isFalse();
        assertThat(runner.reports(RuleRegistry.byId("null-comparison"))).isTrue();
        assertThat(runner.reports(RuleRegistry.byId("input-too-large"))).isTrue();
    }

    @Test
    void findingsAreSortedByLineColumnAndRuleAndOnlyExactDuplicatesDropped() {
        Location l3c1 = new Location(30, 31, 3, 1, 3, 2, null);
        Location l2c9 = new Location(20, 21, 2, 9, 2, 10, null);
        Location l2c4 = new Location(15, 16, 2, 4, 2, 5, null);
        Finding b3 = new Finding("b-rule", Severity.INFO, "m", l3c1, List.of(), null);
        Finding b2 = new Finding("b-rule", Severity.INFO, "m", l2c9, List.of(), null);
        Finding a2 = new Finding("a-rule", Severity.INFO, "m", l2c9, List.of(), null);
        Finding c2 = new Finding("c-rule", Severity.INFO, "m", l2c4, List.of(), null);
        Finding otherMessage = new Finding("b-rule", Severity.INFO, "other", l3c1, List.of(), null);
        assertThat(RuleRunner.inReadingOrder(List.of(b3, b2, otherMessage, a2, c2, b3, a2)))
            .containsExactly(c2, a2, b2, b3, otherMessage);
    }

    @Test
    void aRuleReadsWhatTheConfigurationSetsForADeclaredThresholdOrNaN() {
        List<Double> seen = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        new RuleRunner(AnalyzerConfig.defaults()).run(List.of(EVERY_OPERATOR), new TestContext(),
            (r, c) -> seen.add(c.configuredThreshold(LIMIT)), Deadline.none(), "", internal);
        new RuleRunner(AnalyzerConfig.defaults()).run(List.of(EVERY_OPERATOR), new TestContext(),
            (r, c) -> c.configuredThreshold(Threshold.count("other", 1, "not declared")), Deadline.none(), "", internal);
        assertThat(seen).containsExactly(7.0);
        assertThat(internal).containsExactly(
            "test-plan-rule failed: java.lang.IllegalStateException: test-plan-rule reads threshold 'other' it does not declare");
        TestContext unset = new TestContext(AnalyzerConfig.defaults());
        new RuleRunner(AnalyzerConfig.defaults()).run(List.of(EVERY_OPERATOR), unset,
            (r, c) -> seen.add(c.configuredThreshold(LIMIT)), Deadline.none(), "", internal);
        assertThat(seen).containsExactly(7.0, Double.NaN);
    }

    /** A context with nothing to report on, for driving the runner directly. */
    private static class TestContext extends RuleContext<String> {
        TestContext() {
            this(AnalyzerConfig.builder().threshold("test-plan-rule", "limit", 7).build());
        }

        TestContext(AnalyzerConfig config) {
            super(config);
        }

        void report(String what) {
            add(what);
        }
    }
}
