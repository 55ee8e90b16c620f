package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

/** PostgreSQL EXPLAIN (FORMAT JSON) inputs as the HTML report's trees: labels, detail lines, flags, depth limit. */
class PgPlanTreesTest {
    private static final String LONG_FILTER = "(o.note <> '" + "x".repeat(320) + "'::text)";

    private static final String PLAN = """
        [{"Plan": {"Node Type": "Aggregate", "Startup Cost": 10.5, "Total Cost": 12.75, "Plan Rows": 20,
          "Actual Total Time": 5.25, "Actual Rows": 19, "Actual Loops": 1, "Group Key": ["c.country", "c.city"],
          "Plans": [
            {"Node Type": "Hash Join", "Join Type": "Left", "Startup Cost": 1, "Total Cost": 9, "Plan Rows": 300,
             "Actual Total Time": 4, "Actual Rows": 300, "Actual Loops": 1, "Hash Cond": "(o.customer_id = c.id)",
             "Plans": [
               {"Node Type": "Seq Scan", "Relation Name": "orders", "Schema": "public", "Alias": "o",
                "Startup Cost": 0, "Total Cost": 5, "Plan Rows": 1000, "Actual Total Time": 1.5, "Actual Rows": 1000,
                "Actual Loops": 1, "Filter": "  (o.amount > 10)  ", "Index Cond": "   "},
               {"Node Type": "Hash", "Startup Cost": 1, "Total Cost": 1, "Plan Rows": 10, "Actual Total Time": 0.5,
                "Actual Rows": 10, "Actual Loops": 1,
                "Plans": [
                  {"Node Type": "Index Scan", "Index Name": "customers_pkey", "Relation Name": "customers",
                   "Alias": "customers", "Join Type": "Inner", "Startup Cost": 0, "Total Cost": 1, "Plan Rows": 10,
                   "Actual Total Time": 0.25, "Actual Rows": 10, "Actual Loops": 1, "Filter": "FILTER_TEXT"},
                  {"Node Type": "Seq Scan", "Relation Name": "regions", "Alias": "r", "Subplan Name": "SubPlan 1",
                   "Actual Total Time": 0, "Actual Rows": 0, "Actual Loops": 0}
                ]}
             ]}
          ]}}]
        """.replace("FILTER_TEXT", LONG_FILTER.replace("'", "'"));

    private static AnalyzedInput input(String kind, String text, List<Finding> findings) {
        return new AnalyzedInput(new InputReport("q.json", kind, 6, findings, List.of()), text, null);
    }

    private static Finding on(String operatorId, String rule, String message) {
        return new Finding(rule, Severity.WARNING, message, Location.ofOperator(operatorId), List.of(), null);
    }

    @Test
    void anAnalyzedPlanWithLabelsDetailsAndFlags() {
        List<Finding> findings = List.of(on("3", "pg-seq-scan-filter", "Seq Scan removes rows"),
            on("1", "pg-estimate", "estimate off"), on("3", "pg-other", "second on the same node"), on("99", "x", "no node"));
        List<ReportTree.Titled> trees = PgPlanTrees.of(input("pg-plan", PLAN, findings));
        assertThat(trees).hasSize(1);
        assertThat(trees.get(0).title()).isEqualTo("PostgreSQL plan (EXPLAIN ANALYZE)");
        ReportTree root = trees.get(0).root();
        assertThat(root.label()).isEqualTo("(1) Aggregate");
        assertThat(root.details()).containsExactly("cost 10.5..12.75, 20 rows estimated", "actual 19 rows x 1 loops, 5.25 ms",
            "Group Key: c.country, c.city");
        assertThat(root.flags()).containsExactly(new ReportTree.Flag("pg-estimate", "warning", "estimate off"));
        ReportTree join = root.children().get(0);
        assertThat(join.label()).isEqualTo("(2) Hash Join (Left)");
        assertThat(join.details()).containsExactly("cost 1..9, 300 rows estimated", "actual 300 rows x 1 loops, 4 ms",
            "Hash Cond: (o.customer_id = c.id)");
        ReportTree scan = join.children().get(0);
        assertThat(scan.label()).isEqualTo("(3) Seq Scan on public.orders o");
        assertThat(scan.details()).containsExactly("cost 0..5, 1000 rows estimated", "actual 1000 rows x 1 loops, 1.5 ms",
            "Filter: (o.amount > 10)");
        assertThat(scan.flags()).containsExactly(new ReportTree.Flag("pg-seq-scan-filter", "warning", "Seq Scan removes rows"),
            new ReportTree.Flag("pg-other", "warning", "second on the same node"));
        assertThat(scan.children()).isEmpty();
        ReportTree hash = join.children().get(1);
        assertThat(hash.label()).isEqualTo("(4) Hash");
        ReportTree index = hash.children().get(0);
        assertThat(index.label()).isEqualTo("(5) Index Scan using customers_pkey on customers");
        assertThat(index.details().get(2)).isEqualTo("Filter: " + LONG_FILTER.substring(0, 300) + "…");
        ReportTree sub = hash.children().get(1);
        // no costs: no estimate line; never executed: still its actuals
        assertThat(sub.label()).isEqualTo("(6) Seq Scan on regions r [SubPlan 1]");
        assertThat(sub.details()).containsExactly("actual 0 rows x 0 loops, 0 ms");
        assertThat(sub.flags()).isEmpty();
    }

    @Test
    void aPlainExplainHasNoActualsAndPgQueryInputsHaveTreesToo() {
        String plan = "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\", \"Startup Cost\": 0,"
            + " \"Total Cost\": 35.5, \"Plan Rows\": 2550, \"Filter\": \"(a = 1)\"}}]";
        List<ReportTree.Titled> trees = PgPlanTrees.of(input("pg-query", plan, List.of()));
        assertThat(trees).containsExactly(new ReportTree.Titled("PostgreSQL plan", new ReportTree("(1) Seq Scan on t",
            List.of("cost 0..35.5, 2550 rows estimated", "Filter: (a = 1)"), List.of(), List.of())));
    }

    @Test
    void aConditionOfExactlyThreeHundredCharactersIsShownWhole() {
        String filter = "(a = '" + "x".repeat(292) + "')";
        assertThat(filter).hasSize(300);
        String plan = "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\", \"Filter\": \"" + filter + "\"}}]";
        assertThat(PgPlanTrees.of(input("pg-plan", plan, List.of())).get(0).root().details()).containsExactly("Filter: " + filter);
    }

    @Test
    void otherInputsUnreadableTextAndBrokenPlansHaveNoTree() {
        assertThat(PgPlanTrees.of(input("plan", PLAN, List.of()))).isEmpty();
        assertThat(PgPlanTrees.of(input("sql", PLAN, List.of()))).isEmpty();
        assertThat(PgPlanTrees.of(input("pg-plan", null, List.of()))).isEmpty();
        assertThat(PgPlanTrees.of(input("pg-plan", "[{\"Plan\": ", List.of()))).isEmpty();
    }

    @Test
    void veryDeepPlansAreCutAtFourHundredLevels() {
        // text EXPLAIN (the JSON reader already refuses plans this deep)
        StringBuilder plan = new StringBuilder("Materialize  (cost=0.00..1.00 rows=1 width=4)\n");
        int levels = 405;
        for (int i = 1; i <= levels; i++) {
            plan.append(" ".repeat(6 * i - 4)).append("->  ").append(i == levels ? "Result" : "Materialize")
                .append("  (cost=0.00..1.00 rows=1 width=4)\n");
        }
        ReportTree node = PgPlanTrees.of(input("pg-plan", plan.toString(), List.of())).get(0).root();
        int depth = 0;
        while (!node.children().isEmpty()) {
            assertThat(node.children()).hasSize(1);
            node = node.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(400);
        assertThat(node.label()).isEqualTo("(401) Materialize");
    }
}
