package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real Spark 3.5.6 REST samples: planDescription parsing, metric binding, stage summaries and findings. */
class PlanRestSamplesTest {
    static final double KIB = 1024;

    @Test
    void everyExecutionParsesAndEveryRestNodeIsBound() throws Exception {
        List<SqlExecution> executions = RestJson.executions();
        assertThat(executions).hasSize(18);
        for (SqlExecution e : executions) {
            PhysicalPlan plan = PlanTextParser.parse(e.planDescription());
            int bound = PlanMetricsBinder.attach(plan, e);
            long nodes = e.nodes().stream().filter(n -> !n.nodeName().startsWith("WholeStageCodegen")).count();
            assertThat(bound).as("execution %s: REST nodes bound to operators", e.id()).isEqualTo((int) nodes);
            assertThat(plan.execution()).isSameAs(e);
        }
    }

    @Test
    void metricsLandOnTheRightOperators() throws Exception {
        PhysicalPlan plan = PlanMetricsBinder.bind(RestJson.execution(8));
        assertThat(plan.operator(14).name()).isEqualTo("SortMergeJoin");
        assertThat(plan.operator(14).metric("number of output rows").total()).isEqualTo(100_000);
        MetricValue dataSize = plan.operator(4).metric("data size");
        assertThat(dataSize.total()).isCloseTo(1562.5 * KIB, within(1e-6));
        assertThat(dataSize.max()).isCloseTo(781.3 * KIB, within(1e-6));
        assertThat(dataSize.stageId()).isEqualTo(6);
        assertThat(plan.operator(10).metric("data size").total()).isCloseTo(3.1 * KIB, within(1e-6));
        assertThat(plan.operator(1).metric("number of output rows").total()).isEqualTo(100_000);
        assertThat(plan.operator(8).metric("number of output rows").total()).isEqualTo(100);
        assertThat(plan.operator(7).metric("spill size").total()).isZero();
        assertThat(plan.operator(19).metric("number of partitions").total()).isEqualTo(1);
        assertThat(plan.operator(20).metric("number of output rows").total()).isEqualTo(100);
        assertThat(plan.operator(5).metrics()).as("query stages have no REST node").isEmpty();
        assertThat(plan.operator(21).metrics()).as("initial-plan operators did not run").isEmpty();
        assertThat(plan.codegenDurations().get(1).max()).isEqualTo(147);

        PhysicalPlan scan = PlanMetricsBinder.bind(RestJson.execution(14));
        PlanOperator s = scan.operator(1);
        assertThat(s.metric("number of files read")).isNotNull();
        assertThat(s.metric("size of files read").unit()).isEqualTo(MetricUnit.BYTES);
        assertThat(s.metric("number of partitions read").total()).isEqualTo(1);
    }

    @Test
    void stageSummariesCarryTaskQuantiles() throws Exception {
        StageSummary s22 = null;
        for (StageSummary s : RestJson.stages()) if (s.stageId() == 22) s22 = s;
        assertThat(s22).isNotNull();
        assertThat(s22.numTasks()).isEqualTo(8);
        assertThat(s22.hasDistributions()).isTrue();
        assertThat(s22.max(StageSummary.SHUFFLE_READ_RECORDS)).isEqualTo(182_510);
        assertThat(s22.median(StageSummary.SHUFFLE_READ_RECORDS)).isEqualTo(2_944);
        assertThat(s22.median(StageSummary.DURATION)).isEqualTo(137);
        assertThat(s22.quantile(StageSummary.DURATION, 0.25)).isEqualTo(95);
    }

    @Test
    void skewedJoinIsReportedWithTheNumbers() throws Exception {
        List<Finding> findings = analyzer().analyze(RestJson.execution(11), RestJson.stages());
        Finding skew = only(findings, "plan-skew");
        assertThat(skew.location().operatorId()).isEqualTo("12");
        assertThat(skew.message()).contains("stage 22").contains("max task read 182,510 records vs median 2,944: 62x skew");
        assertThat(skew.severity()).isEqualTo(Severity.WARNING);
        assertThat(skew.fixes()).isNotEmpty();
        // the text location is the operator's tree line in the planDescription
        String text = RestJson.execution(11).planDescription();
        assertThat(text.substring(skew.location().start(), skew.location().end())).contains("SortMergeJoin Inner (12)");

        Finding split = only(analyzer().analyze(RestJson.execution(12), RestJson.stages()), "plan-skew");
        assertThat(split.location().operatorId()).isEqualTo("14");
        assertThat(split.message()).contains("91,310 records vs median 2,944: 31x skew").contains("AQE already split");
    }

    @Test
    void planRulesFireOnTheSampleQueriesTheyWereWrittenFor() throws Exception {
        List<StageSummary> stages = RestJson.stages();
        assertThat(ids(analyzer().analyze(RestJson.execution(8), stages))).contains("plan-smj-could-broadcast@14");
        assertThat(only(analyzer().analyze(RestJson.execution(8), stages), "plan-smj-could-broadcast").message())
            .contains("right side is only 3.1 KiB");
        assertThat(ids(analyzer().analyze(RestJson.execution(9), stages))).contains("plan-broadcast-nested-loop-join@7");
        assertThat(ids(analyzer().analyze(RestJson.execution(10), stages))).contains("plan-cartesian-product@5");
        assertThat(only(analyzer().analyze(RestJson.execution(15), stages), "plan-scala-udf").message()).contains("times_two");
        assertThat(only(analyzer().analyze(RestJson.execution(16), stages), "plan-global-sort").severity()).isEqualTo(Severity.INFO);
        assertThat(only(analyzer().analyze(RestJson.execution(17), stages), "plan-global-sort").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void stagesOfOtherExecutionsAreNotBlamedOnThisOne() throws Exception {
        List<StageSummary> all = RestJson.stages();
        for (SqlExecution e : RestJson.executions()) {
            if (e.id() == 11 || e.id() == 12) continue; // the two skewed joins
            assertThat(ids(analyzer().analyze(e, all))).as("execution %s", e.id()).noneMatch(s -> s.startsWith("plan-skew"));
        }
        // a caller that knows the stages of an execution passes them as its own
        List<StageSummary> stage22 = all.stream().filter(s -> s.stageId() == 22).toList();
        PlanAnalysis own = analyzer().analyzeExecution(RestJson.execution(11), stage22, true);
        assertThat(ids(own.findings())).contains("plan-skew@12");
    }

    @Test
    void cleanExecutionsStaySilentOnRuntimeRules() throws Exception {
        List<StageSummary> stages = RestJson.stages();
        for (long id : new long[]{7, 13, 14}) {
            PlanAnalysis r = analyzer().analyzeExecution(RestJson.execution(id), stages);
            assertThat(r.internalErrors()).isEmpty();
            assertThat(ids(r.findings())).as("execution %s", id)
                .noneMatch(s -> s.startsWith("plan-skew") || s.startsWith("plan-spill") || s.startsWith("plan-aqe-disabled")
                    || s.startsWith("plan-tiny-tasks") || s.startsWith("plan-large-broadcast") || s.startsWith("plan-exploding-join"));
        }
        for (SqlExecution e : RestJson.executions()) {
            PlanAnalysis r = analyzer().analyzeExecution(e, stages);
            assertThat(r.internalErrors()).as("execution %s", e.id()).isEmpty();
            assertThat(r.plan()).isNotNull();
        }
    }

    @Test
    void sparkUiDetailsBlockParsesLikeThePlanDescription() throws Exception {
        for (long id : new long[]{8, 14}) {
            String html = new String(RestJson.class.getResourceAsStream(RestJson.SAMPLES + "SQL_execution_id" + id + ".html").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
            int div = html.indexOf("id=\"physical-plan-details\"");
            int pre = html.indexOf("<pre>", div) + "<pre>".length();
            String text = html.substring(pre, html.indexOf("</pre>", pre))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            PhysicalPlan fromUi = PlanTextParser.parse(text);
            PhysicalPlan fromRest = PlanTextParser.parse(RestJson.execution(id).planDescription());
            assertThat(fromUi.operators().keySet()).as("execution %s", id).isEqualTo(fromRest.operators().keySet());
            for (PlanOperator op : fromRest.operators().values()) {
                assertThat(fromUi.operator(op.id()).name()).isEqualTo(op.name());
                assertThat(fromUi.operator(op.id()).details()).isEqualTo(op.details());
            }
        }
    }

    static PlanAnalyzer analyzer() {
        return new PlanAnalyzer(AnalyzerConfig.defaults());
    }

    static Finding only(List<Finding> findings, String rule) {
        List<Finding> l = new ArrayList<>();
        for (Finding f : findings) if (f.ruleId().equals(rule)) l.add(f);
        assertThat(l).as("findings of %s in %s", rule, ids(findings)).hasSize(1);
        return l.get(0);
    }

    static List<String> ids(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(f.ruleId() + "@" + f.location().operatorId());
        return out;
    }
}
