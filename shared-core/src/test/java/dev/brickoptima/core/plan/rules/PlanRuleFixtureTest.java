package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanFormat;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.RestJson;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.rule.RuleRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every plan rule on its fixture {@code rules/plan/<rule-id>.txt} (format in {@link PlanFixture}): the rule's
 * findings must be exactly the expectations of each case, every fixture needs a positive and a negative case, and
 * findings on text input point at the operator's line.
 */
class PlanRuleFixtureTest {

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsFixture() {
        assertThat(RuleRegistry.planRules()).as("rules to check").isNotEmpty();
        return RuleRegistry.planRules().stream().map(rule -> DynamicTest.dynamicTest(rule.metadata().id(), () -> check(rule)));
    }

    private static void check(PlanRule rule) throws Exception {
        String id = rule.metadata().id();
        PlanFixture fx = PlanFixture.load("/rules/plan/" + id + ".txt");
        assertThat(fx).as("fixture rules/plan/%s.txt", id).isNotNull();
        assertThat(fx.cases).as("%s: a positive case", id).anyMatch(c -> !c.expectedFor(id).isEmpty());
        assertThat(fx.cases).as("%s: a negative case ('# expect: none')", id).anyMatch(c -> c.expectedFor(id).isEmpty());
        for (PlanFixture.Case c : fx.cases) {
            assertThat(c.expectNone || !c.expected.isEmpty()).as("%s case '%s' states its expectation", id, c.name).isTrue();
            runCase(id, c);
        }
    }

    private static void runCase(String id, PlanFixture.Case c) throws Exception {
        PlanAnalyzer analyzer = new PlanAnalyzer(c.config.enable(id).build());
        PlanAnalysis result;
        if (c.sample >= 0) {
            result = analyzer.analyzeExecution(RestJson.execution(c.sample), RestJson.stages());
        } else if (c.isExecution()) {
            result = analyzer.analyzeExecution(execution(c), c.stages);
        } else {
            result = analyzer.analyzeText(c.text.toString());
        }
        String where = id + " case '" + c.name + "' (line " + c.firstLine + ")";
        assertThat(result.internalErrors()).as(where + ": rule failures").isEmpty();
        assertThat(result.plan()).as(where + ": plan parses, findings " + result.findings()).isNotNull();

        Set<String> pinned = new HashSet<>();
        for (String e : c.expectedFor(id)) if (e.contains("/")) pinned.add(e.substring(0, e.indexOf('/')));
        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!f.ruleId().equals(id)) continue;
            String key = f.ruleId() + "@" + f.location().operatorId();
            actual.add(pinned.contains(key) ? key + "/" + f.severity().label() : key);
            assertThat(f.message()).isNotBlank();
            assertThat(f.detail()).isNotBlank();
            assertThat(f.fixes()).as(where + ": fix hints").isNotEmpty();
            PhysicalPlan plan = result.plan();
            PlanOperator op = plan.operator(Integer.parseInt(f.location().operatorId()));
            assertThat(op).isNotNull();
            if (plan.format() == PlanFormat.FORMATTED && c.sample < 0) {
                String text = c.text.toString();
                String line = text.split("\n", -1)[f.location().line() - 1];
                assertThat(line).as(where + ": finding line").contains("(" + op.id() + ")");
                assertThat(text.substring(f.location().start(), f.location().end())).contains("(" + op.id() + ")");
            }
        }
        List<String> summary = new ArrayList<>();
        for (Finding f : result.findings()) summary.add(f.ruleId() + "@" + f.location().operatorId() + " " + f.severity().label() + ": " + f.message());
        assertThat(new TreeSet<>(actual)).as(where + ": findings " + summary)
            .isEqualTo(new TreeSet<>(c.expectedFor(id)));
        c.messages.forEach((at, texts) -> {
            List<String> got = new ArrayList<>();
            for (Finding f : result.findings()) if (at.equals(f.ruleId() + "@" + f.location().operatorId())) got.add(f.message());
            assertThat(got).as(where + ": messages of " + at).isEqualTo(texts);
        });
    }

    /** A REST execution made from the case's plan: one node per operator that ran, in pre-order, with its metrics. */
    private static SqlExecution execution(PlanFixture.Case c) {
        String text = c.text.toString();
        PhysicalPlan plan = PlanTextParser.parse(text);
        List<SqlExecutionNode> nodes = new ArrayList<>();
        long nodeId = 0;
        for (PlanOperator op : plan.activeOperators()) {
            if (op.kind().endsWith("QueryStage")) continue;
            List<SqlMetric> metrics = new ArrayList<>();
            Map<String, String> m = c.metrics.get(op.id());
            if (m != null) for (Map.Entry<String, String> e : m.entrySet()) metrics.add(new SqlMetric(e.getKey(), e.getValue()));
            nodes.add(new SqlExecutionNode(nodeId++, op.name(), op.codegenStageId(), metrics));
        }
        for (Integer opId : c.metrics.keySet()) assertThat(plan.operator(opId)).as("metric for unknown operator %s", opId).isNotNull();
        return new SqlExecution(1, "COMPLETED", c.name, text, 1000, nodes, List.of());
    }
}
