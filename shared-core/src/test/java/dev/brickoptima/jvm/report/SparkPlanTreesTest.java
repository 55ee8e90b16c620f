package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

/**
 * Spark plan inputs as the HTML report's trees: plan text with subqueries, REST JSON of several executions (recorded,
 * see resources/eventlogs/SOURCE.md) with their metrics, flags of findings per execution, long details, depth limit.
 */
class SparkPlanTreesTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = SparkPlanTreesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ReportTree.Titled> trees(String kind, String text, Finding... findings) {
        return SparkPlanTrees.of(new AnalyzedInput(new InputReport("p", kind, 1, List.of(findings), List.of()), text, null));
    }

    private static Finding on(String operatorId, String message) {
        return new Finding("plan-rule", Severity.ERROR, message, Location.ofOperator(operatorId), List.of(), null);
    }

    private static ReportTree leaf(String label, String... details) {
        return new ReportTree(label, List.of(details), List.of(), List.of());
    }

    @Test
    void planTextWithSubqueriesUnderASyntheticTop() throws IOException {
        List<ReportTree.Titled> t = trees("plan", resource("/plan/parser/formatted.txt"), on("4", "broadcast join"),
            on("10", "scan in subquery"));
        assertThat(t).hasSize(1);
        assertThat(t.get(0).title()).isEqualTo("Physical plan");
        ReportTree top = t.get(0).root();
        assertThat(top.label()).isEqualTo("Plan");
        assertThat(top.details()).isEmpty();
        // the second subquery reuses the first: it has no tree of its own
        assertThat(top.children()).extracting(ReportTree::label).containsExactly("(9) AdaptiveSparkPlan", "(11) HashAggregate");
        ReportTree join = top.children().get(0).children().get(0).children().get(0);
        assertThat(join).isEqualTo(new ReportTree("(4) BroadcastHashJoin Inner BuildRight",
            List.of("Join type: Inner", "Join condition: None", "Left keys: [k#1]", "Right keys: [k#20]"),
            List.of(new ReportTree.Flag("plan-rule", "error", "broadcast join")),
            List.of(new ReportTree("(2) Filter", List.of("Condition: (v#2 > Subquery scalar-subquery#10, [id=#11])"), List.of(),
                    List.of(leaf("(1) Scan parquet db.sales", "PartitionFilters: [isnotnull(dt#3),\n  (dt#3 = 2024-01-01)]"))),
                leaf("(3) ReusedExchange"))));
        assertThat(top.children().get(1)).isEqualTo(new ReportTree("(11) HashAggregate", List.of(), List.of(),
            List.of(new ReportTree("(10) Scan parquet db.limits", List.of(), List.of(new ReportTree.Flag("plan-rule", "error",
                "scan in subquery")), List.of()))));
    }

    @Test
    void aPlanWithoutSubqueriesIsItsOwnRootAndLongDetailsAreShortened() {
        String cond300 = "(a#1 = '" + "x".repeat(290) + "')";
        String cond301 = "(b#2 = '" + "y".repeat(291) + "')";
        assertThat(cond300).hasSize(300);
        String plan = "== Physical Plan ==\n* Filter (3)\n+- * Filter (2)\n   +- Scan parquet db.t (1)\n\n\n"
            + "(1) Scan parquet db.t\nOutput [2]: [a#1, b#2]\nPushedFilters: [IsNotNull(a)]\n\n"
            + "(2) Filter [codegen id : 1]\nInput [2]: [a#1, b#2]\nCondition : " + cond300 + "\n\n"
            + "(3) Filter [codegen id : 1]\nInput [2]: [a#1, b#2]\nCondition : " + cond301 + "\n";
        ReportTree root = trees("plan", plan).get(0).root();
        assertThat(root).isEqualTo(new ReportTree("(3) Filter", List.of("Condition: " + cond301.substring(0, 300) + "…"), List.of(),
            List.of(new ReportTree("(2) Filter", List.of("Condition: " + cond300), List.of(),
                List.of(leaf("(1) Scan parquet db.t", "PushedFilters: [IsNotNull(a)]"))))));
    }

    @Test
    void restJsonOfSeveralExecutionsFlagsEachExecutionsOwnFindings() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode recorded = (ArrayNode) m.readTree(resource("/eventlogs/spark-3.5.6/sql_details.json"));
        ArrayNode json = m.createArrayNode();
        json.add(recorded.get(3)); // the cartesian product
        json.add(recorded.get(5)); // the spill
        ObjectNode noPlan = recorded.get(0).deepCopy();
        noPlan.put("id", 42).put("planDescription", " ");
        json.add(noPlan);
        ObjectNode noDescription = recorded.get(5).deepCopy();
        noDescription.put("id", 43).put("description", "");
        json.add(noDescription);
        List<ReportTree.Titled> t = trees("spark-execution", m.writeValueAsString(json), on("5", "execution 3: Cartesian product"),
            on("1", "execution 5: range in 5"), on("1", "execution 3: range in 3"), on("1", "range of no execution"));
        assertThat(t).extracting(ReportTree.Titled::title).containsExactly(
            "Execution 3 — [fixture:cartesian] cross join of two ranges",
            "Execution 5 — [fixture:spill] sort larger than the in-memory threshold", "Execution 43");
        ReportTree cartesian = t.get(0).root().children().get(0).children().get(0).children().get(0).children().get(0)
            .children().get(0);
        assertThat(cartesian.label()).isEqualTo("(5) CartesianProduct Inner");
        assertThat(cartesian.details()).containsExactly("Join type: Inner", "Join condition: None",
            "number of output rows: 2,250,000");
        assertThat(cartesian.flags()).containsExactly(new ReportTree.Flag("plan-rule", "error", "Cartesian product"));
        assertThat(cartesian.children().get(0).children().get(0)).isEqualTo(new ReportTree("(1) Range",
            List.of("Arguments: Range (0, 1500, step=1, splits=Some(2))", "number of output rows: 3,000"),
            List.of(new ReportTree.Flag("plan-rule", "error", "range in 3")), List.of()));
        // at most four metrics of an operator are shown
        ReportTree exchange = t.get(0).root().children().get(0).children().get(0).children().get(0);
        assertThat(exchange.details()).containsExactly("Arguments: SinglePartition, ENSURE_REQUIREMENTS, [plan_id=342]",
            "shuffle records written: 4", "remote merged reqs duration: 0 ms", "remote merged blocks fetched: 0", "records read: 4");
        ReportTree range5 = t.get(1).root().children().get(0).children().get(0).children().get(0);
        assertThat(range5.label()).isEqualTo("(1) Range");
        assertThat(range5.flags()).containsExactly(new ReportTree.Flag("plan-rule", "error", "range in 5"));
    }

    @Test
    void restJsonOfOneExecutionTakesMessagesAsTheyAre() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode recorded = (ArrayNode) m.readTree(resource("/eventlogs/spark-3.5.6/sql_details.json"));
        String one = m.writeValueAsString(recorded.get(5));
        List<ReportTree.Titled> t = trees("spark-execution", one, on("3", "Sort spilled"));
        assertThat(t).hasSize(1);
        ReportTree sort = t.get(0).root().children().get(0);
        assertThat(sort.label()).isEqualTo("(3) Sort");
        assertThat(sort.flags()).containsExactly(new ReportTree.Flag("plan-rule", "error", "Sort spilled"));
    }

    @Test
    void otherInputsAndTextThatDoesNotParseHaveNoTree() {
        String plan = "== Physical Plan ==\n* Range (1)\n\n\n(1) Range [codegen id : 1]\nOutput [1]: [id#1L]\n";
        assertThat(trees("plan", plan)).hasSize(1);
        assertThat(trees("spark-execution", plan)).hasSize(1);
        assertThat(trees("sql", plan)).isEmpty();
        assertThat(trees("pg-plan", plan)).isEmpty();
        assertThat(SparkPlanTrees.of(new AnalyzedInput(new InputReport("p", "plan", 0, List.of(), List.of()), null, null))).isEmpty();
        assertThat(trees("plan", "   ")).isEmpty();
        assertThat(trees("spark-execution", "[{\"id\": ")).isEmpty();
        assertThat(trees("spark-execution", "{\"id\": 1, \"planDescription\": \"\"}")).isEmpty();
    }

    @Test
    void veryDeepPlansAreCutAtFourHundredLevels() {
        StringBuilder plan = new StringBuilder("== Physical Plan ==\nProject\n");
        int levels = 405;
        for (int i = 1; i <= levels; i++) plan.append("   ".repeat(i - 1)).append("+- ").append(i == levels ? "Range" : "Project").append('\n');
        ReportTree node = trees("plan", plan.toString()).get(0).root();
        int depth = 0;
        while (!node.children().isEmpty()) {
            node = node.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(400);
        assertThat(node.label()).endsWith("Project");
    }
}
