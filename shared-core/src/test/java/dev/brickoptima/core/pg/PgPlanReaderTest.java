package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON and text readers on real EXPLAIN output of the fixture server (pg/plans, see SOURCE.md). */
class PgPlanReaderTest {
    /** Properties that are the same in two runs of the same query: the plan and the data-determined counts. */
    private static final List<String> STABLE = List.of("Node Type", "Relation Name", "Schema", "Alias", "Index Name", "Join Type",
        "Strategy", "Partial Mode", "Parallel Aware", "Scan Direction", "Parent Relationship", "Subplan Name", "CTE Name",
        "Startup Cost", "Total Cost", "Plan Rows", "Plan Width", "Actual Rows", "Actual Loops", "Filter", "Index Cond",
        "Recheck Cond", "Hash Cond", "Join Filter", "Sort Key", "Group Key", "Output", "Sort Method", "Sort Space Type",
        "Sort Space Used", "Hash Buckets", "Original Hash Buckets", "Hash Batches", "Original Hash Batches", "Peak Memory Usage",
        "HashAgg Batches", "Disk Usage", "Exact Heap Blocks", "Lossy Heap Blocks", "Rows Removed by Filter",
        "Rows Removed by Index Recheck", "Rows Removed by Join Filter", "Heap Fetches", "Temp Written Blocks");

    @ParameterizedTest
    @ValueSource(strings = {"seqscan-email", "seqscan-customer-orders", "join-customer-items", "index-filter-pending",
        "estimate-city-country", "pk-lookup", "sort-spill", "nested-loop-items", "materialize-loops", "hash-batches",
        "lossy-bitmap", "jit-heavy", "top-n-recent", "subplans-verbose", "generic-customer-orders", "generic-join-customer-items"})
    void jsonAndTextReadTheSamePlan(String name) throws IOException {
        String jsonText = resource(name + ".json");
        String textText = resource(name + ".txt");
        PgPlan json = PgPlans.parse(jsonText);
        PgPlan text = PgPlans.parse(textText);
        assertThat(json.format()).isEqualTo(PgPlan.Format.JSON);
        assertThat(text.format()).isEqualTo(PgPlan.Format.TEXT);
        assertThat(text.nodes()).hasSameSizeAs(json.nodes());
        for (int i = 0; i < json.nodes().size(); i++) {
            PgPlanNode j = json.nodes().get(i);
            PgPlanNode t = text.nodes().get(i);
            assertThat(t.id()).isEqualTo(i + 1);
            assertThat(t.label()).as(name + " node " + t.id()).isEqualTo(j.label());
            for (String key : STABLE) {
                if (!j.has(key)) continue;
                if (!t.has(key) && j.number(key) == 0) continue; // the text format leaves zero counts out
                assertThat(t.text(key)).as(name + " node " + t.id() + " " + j.label() + ": " + key).isEqualTo(j.text(key));
            }
            assertThat(t.parent() == null ? 0 : t.parent().id()).isEqualTo(j.parent() == null ? 0 : j.parent().id());
            // positions: the node's own line (text) and its "Node Type" member (JSON)
            assertThat(textText.substring(t.start(), t.end())).contains(t.label().split(" ")[0]);
            assertThat(jsonText.substring(j.start(), j.end())).isEqualTo("\"Node Type\": \"" + j.nodeType() + "\"");
        }
        assertThat(text.settings()).isEqualTo(json.settings());
        assertThat(text.analyzed()).isEqualTo(json.analyzed());
        assertThat(Double.isNaN(text.executionTime())).isEqualTo(Double.isNaN(json.executionTime()));
        assertThat(text.jit() == null).isEqualTo(json.jit() == null);
        if (json.jit() != null) {
            assertThat(text.jit().functions()).isEqualTo(json.jit().functions());
            assertThat(text.jit().inliningOn()).isEqualTo(json.jit().inliningOn());
            assertThat(text.jit().total()).isPositive();
        }
    }

    @Test
    void readsSubplansSettingsAndTheStatementLines() throws IOException {
        PgPlan p = PgPlans.parse(resource("subplans-verbose.txt"));
        assertThat(p.node(2).subplanName()).isEqualTo("InitPlan 2 (returns $1)");
        assertThat(p.node(2).parentRelationship()).isEqualTo("InitPlan");
        assertThat(p.node(3).subplanName()).isEqualTo("InitPlan 1 (returns $0)");
        assertThat(p.node(4).label()).isEqualTo("Index Only Scan Backward using products_pkey on public.products");
        assertThat(p.node(6).subplanName()).isEqualTo("CTE t");
        assertThat(p.node(8).label()).isEqualTo("CTE Scan on t");
        assertThat(p.node(1).list("Output")).containsExactly("$1", "x.n");
        assertThat(p.planningTime()).isPositive();

        PgPlan h = PgPlans.parse(resource("hash-batches.txt"));
        assertThat(h.settings()).containsEntry("work_mem", "64kB");
        assertThat(h.node(4).number("Hash Batches")).isEqualTo(32);
        assertThat(h.node(1).label()).isEqualTo("HashAggregate");
        assertThat(h.node(1).number("HashAgg Batches")).isEqualTo(1);
        assertThat(h.node(3).number("Shared Hit Blocks")).isPositive();
    }

    @Test
    void psqlDecorationIsBlankedWithOffsetsKept() throws IOException {
        for (String name : List.of("psql-decorated.txt", "psql-decorated.json.txt")) {
            String text = resource(name);
            assertThat(text).contains("QUERY PLAN");
            assertThat(PgPlans.looksLikePlan(text)).as(name).isTrue();
            PgPlan p = PgPlans.parse(text);
            assertThat(p.root().label()).isEqualTo("Seq Scan on customers");
            assertThat(p.root().filter()).isEqualTo("(email = 'user97@example.com'::text)");
            assertThat(text.substring(p.root().start(), p.root().end())).contains("Seq Scan");
        }
    }

    @Test
    void malformedJsonIsOneParseErrorWithItsPosition() throws IOException {
        String json = resource("seqscan-email.json");
        String truncated = json.substring(0, json.indexOf("\"Plan Rows\""));
        assertThatThrownBy(() -> PgPlans.parse(truncated)).isInstanceOf(PlanParseException.class)
            .hasMessageContaining("malformed EXPLAIN JSON: unexpected end of input in an object");

        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(AnalyzerConfig.defaults());
        List<Finding> findings = analyzer.analyze(json.replace("\"Total Cost\": 1262.00,", "\"Total Cost\": 1262.00,,")).findings();
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("parse-error");
        assertThat(f.message()).startsWith("not a PostgreSQL plan: line 10: malformed EXPLAIN JSON: expected a member name").doesNotContain("\n");
        assertThat(f.location().line()).isEqualTo(10);

        assertThatThrownBy(() -> PgPlans.parse("[{\"Node Type\": \"Seq Scan\"}]")).hasMessageContaining("no \"Plan\" object");
        assertThatThrownBy(() -> PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\"}}, {\"Plan\": {\"Node Type\": \"Result\"}}]"))
            .hasMessageContaining("holds 2 plans");
        assertThatThrownBy(() -> PgPlans.parse("[{\"Plan\": {\"Plans\": []}}]")).hasMessageContaining("plan node without a \"Node Type\"");
        assertThatThrownBy(() -> PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\", \"Plans\": 3}}]")).hasMessageContaining("\"Plans\" must be an array");
        assertThatThrownBy(() -> PgPlans.parse("[]")).hasMessageContaining("array is empty");
    }

    @Test
    void textThatIsNoPlanIsOneParseError() {
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(AnalyzerConfig.defaults());
        List<Finding> f = analyzer.analyze("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n  Filter: (a = 1)\nthis line is not part of a plan\n").findings();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).ruleId()).isEqualTo("parse-error");
        assertThat(f.get(0).location().line()).isEqualTo(3);
        assertThat(analyzer.analyze("   \n").findings().get(0).message()).contains("no plan in the text");
    }

    @Test
    void inputKindAndThePlanAnalyzerRecognisePostgresPlans() throws IOException {
        String json = resource("seqscan-email.json");
        String text = resource("seqscan-email.txt");
        assertThat(InputKind.detect(json)).isEqualTo(InputKind.POSTGRES_PLAN);
        assertThat(InputKind.detect(text)).isEqualTo(InputKind.POSTGRES_PLAN);
        assertThat(InputKind.detect(resource("psql-decorated.json.txt"))).isEqualTo(InputKind.POSTGRES_PLAN);
        assertThat(InputKind.detect("SELECT * FROM orders WHERE id = 1")).isEqualTo(InputKind.SQL);
        assertThat(InputKind.detect("{\"a\": 1}")).isEqualTo(InputKind.SQL);
        assertThat(InputKind.detect("== Physical Plan ==\n* Project (2)\n+- * Range (1)\n")).isEqualTo(InputKind.PLAN_TEXT);
        // COSTS OFF: no numbers, recognised by its node lines; SQL with the JSON operator -> is still SQL
        String costsOff = "Hash Join\n  Hash Cond: (o.customer_id = c.id)\n  ->  Seq Scan on orders o\n  ->  Hash\n        ->  Seq Scan on customers c\n";
        assertThat(InputKind.detect(costsOff)).isEqualTo(InputKind.POSTGRES_PLAN);
        assertThat(PgPlans.parse(costsOff).nodes()).extracting(PgPlanNode::label).containsExactly("Hash Join", "Seq Scan on orders o", "Hash",
            "Seq Scan on customers c");
        assertThat(InputKind.detect("SELECT payload\n  ->  Customer\nFROM events")).isEqualTo(InputKind.SQL);

        PlanAnalysis a = new PlanAnalyzer(AnalyzerConfig.defaults()).analyzeText(text);
        assertThat(a.recognised()).isTrue();
        assertThat(a.plan()).isNull();
        assertThat(a.postgresPlan()).isNotNull();
        assertThat(a.kindLabel()).isEqualTo("PostgreSQL plan");
        assertThat(a.operatorCount()).isEqualTo(1);
        assertThat(a.findings()).extracting(Finding::ruleId).contains("pg-seq-scan-filter", "pg-index-advice");
        // what the IDE actions call: the Spark analyzer's entry point
        assertThat(new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(json)).extracting(Finding::ruleId).contains("pg-seq-scan-filter");
    }

    @Test
    void findingsKeepTheirFingerprintWhenOnlyTheTimingsChange() throws IOException {
        String text = resource("sort-spill.txt");
        String rerun = text.replaceAll("actual time=[0-9.]+\\.\\.[0-9.]+", "actual time=1.000..2.000").replace("Execution Time: ", "Execution Time: 1");
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(AnalyzerConfig.defaults());
        List<Finding> first = analyzer.analyze(text).findings();
        List<Finding> second = analyzer.analyze(rerun).findings();
        assertThat(rerun).isNotEqualTo(text);
        assertThat(first).isNotEmpty();
        assertThat(dev.brickoptima.core.report.Fingerprint.of(second, rerun)).isEqualTo(dev.brickoptima.core.report.Fingerprint.of(first, text));
        // the node's position is its label, without the numbers
        Finding spill = first.stream().filter(f -> f.ruleId().equals("pg-disk-spill")).findFirst().orElseThrow();
        assertThat(text.substring(spill.location().start(), spill.location().end())).isEqualTo("Sort");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PgPlanReaderTest.class.getResourceAsStream("/pg/plans/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
