package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanAnalyzerTest {

    static String q8() throws Exception {
        return new String(PlanAnalyzerTest.class.getResourceAsStream("/corpus/tpcds/plans-v1_4/q8.explain.txt").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void findingPointsAtTheOperatorLine() throws Exception {
        String text = q8();
        List<Finding> findings = new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(text);
        Finding f = findings.stream().filter(x -> x.ruleId().equals("plan-filter-not-pushed")).findFirst().orElseThrow();
        assertThat(f.location().operatorId()).isEqualTo("15");
        assertThat(text.split("\n")[f.location().line() - 1]).endsWith("* Filter (15)");
        assertThat(text.substring(f.location().start(), f.location().end())).isEqualTo("* Filter (15)");
        assertThat(f.location().column()).isEqualTo(text.split("\n")[f.location().line() - 1].indexOf("* Filter") + 1);
        assertThat(f.message()).contains("substr(ca_zip#9, 1, 5)");
        assertThat(f.detail()).contains("PushedFilters");
    }

    @Test
    void configurationDisablesRulesAndOverridesSeverities() throws Exception {
        String text = q8();
        List<Finding> off = new PlanAnalyzer(AnalyzerConfig.builder().disable("plan-filter-not-pushed").build()).analyze(text);
        assertThat(off).noneMatch(f -> f.ruleId().equals("plan-filter-not-pushed"));
        List<Finding> err = new PlanAnalyzer(AnalyzerConfig.builder().severity("plan-filter-not-pushed", Severity.ERROR).build()).analyze(text);
        assertThat(err).filteredOn(f -> f.ruleId().equals("plan-filter-not-pushed")).extracting(Finding::severity).containsOnly(Severity.ERROR);
        // a rule-chosen severity (info for a final ORDER BY) yields to a configured one
        String sorted = RestJson.execution(16).planDescription();
        assertThat(new PlanAnalyzer(AnalyzerConfig.builder().severity("plan-global-sort", Severity.WARNING).build()).analyze(sorted))
            .filteredOn(f -> f.ruleId().equals("plan-global-sort")).extracting(Finding::severity).containsOnly(Severity.WARNING);
        List<Finding> only = new PlanAnalyzer(AnalyzerConfig.builder().only("plan-global-sort").build()).analyze(text);
        assertThat(only).isEmpty();
    }

    @Test
    void textThatIsNotAPlanGivesAParseFinding() {
        PlanAnalysis r = new PlanAnalyzer(AnalyzerConfig.defaults()).analyzeText("== Physical Plan ==\n* Project (2)\n+- oops\n");
        assertThat(r.plan()).isNull();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse-error");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.message()).contains("line 3");
        });
    }

    @Test
    void binderSurvivesNodesMissingOrAddedOnOneSide() throws Exception {
        SqlExecution real = RestJson.execution(8);
        List<SqlExecutionNode> nodes = new ArrayList<>();
        for (SqlExecutionNode n : real.nodes()) {
            if (n.nodeId() == 19) continue; // drop the right side AQEShuffleRead
            long id = n.nodeId() >= 12 ? n.nodeId() + 1 : n.nodeId();
            nodes.add(new SqlExecutionNode(id, n.nodeName(), n.wholeStageCodegenId(), n.metrics()));
        }
        nodes.add(new SqlExecutionNode(12, "SubqueryBroadcast", -1, List.of(new SqlMetric("data size", "1.0 KiB"))));
        SqlExecution changed = new SqlExecution(real.id(), real.status(), real.description(), real.planDescription(), real.durationMs(), nodes, real.edges());
        PhysicalPlan plan = PlanTextParser.parse(changed.planDescription());
        int bound = PlanMetricsBinder.attach(plan, changed);
        assertThat(bound).isEqualTo(17); // 18 real nodes, one dropped; the inserted one matches nothing
        // operators after the inserted and the dropped node still get their own metrics
        assertThat(plan.operator(10).metric("data size").total()).isEqualTo(3.1 * 1024);
        assertThat(plan.operator(8).metric("number of output rows").total()).isEqualTo(100);
        assertThat(plan.operator(14).metric("number of output rows").total()).isEqualTo(100_000);
        assertThat(plan.operator(12).metrics()).isEmpty();
    }
}
