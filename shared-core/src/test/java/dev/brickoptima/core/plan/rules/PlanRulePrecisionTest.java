package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanTextDocument;
import dev.brickoptima.core.plan.RestJson;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision of the plan rules on real executions of the Spark fixture (captured in samples/spark-3.5.6-fixture; the
 * live application is checked the same way in SparkFixturePlanRulesTest): numbers in messages, severities graded by
 * size, advice matched to the condition, one finding per cause, and the EXPLAIN-text path.
 */
class PlanRulePrecisionTest {
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.defaults());

    private static List<Finding> run(long execution, String rule) throws IOException {
        return run(ANALYZER, RestJson.fixtureExecution(execution), rule);
    }

    private static List<Finding> run(PlanAnalyzer analyzer, SqlExecution e, String rule) {
        PlanAnalysis a = analyzer.analyzeExecution(e, List.of());
        assertThat(a.internalErrors()).isEmpty();
        return a.findings().stream().filter(f -> rule == null || f.ruleId().equals(rule)).collect(Collectors.toList());
    }

    private static List<String> hints(Finding f) {
        return f.fixes().stream().map(Fix::description).collect(Collectors.toList());
    }

    @Test
    void cartesianRowCountsAreCorrectedForRecomputedInputs() throws IOException {
        // fixture 'tiny-cross': 100 x 50 rows in 2 x 2 splits; the Range metrics say 200 and 100
        Finding tiny = run(10, "plan-cartesian-product").get(0);
        assertThat(tiny.message()).contains("100 left rows x 50 right rows = 5,000 pairs")
            .contains("the input metrics count 200 and 100 rows").doesNotContain("200 x 100");
        assertThat(tiny.severity()).as("a deliberate cross join of tens of rows").isEqualTo(Severity.INFO);
        // fixture 'cartesian': 1,500 x 1,500 rows, metrics 3,000 and 3,000
        Finding big = run(3, "plan-cartesian-product").get(0);
        assertThat(big.message()).contains("1,500 left rows x 1,500 right rows = 2,250,000 pairs");
        assertThat(big.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void sqlAndPlanRulesAgreeOnADeliberateTinyCrossJoin() throws IOException {
        // the fixture's 'tiny-cross' query: the SQL rule exempts an explicit CROSS JOIN, the plan rule sees its size
        SqlAnalyzer sql = new SqlAnalyzer(AnalyzerConfig.defaults());
        String query = "SELECT count(*) AS n FROM range(0, 100, 1, 2) a CROSS JOIN range(0, 50, 1, 2) b";
        assertThat(sql.analyze(query).findings()).extracting(Finding::ruleId).doesNotContain("cartesian-join");
        assertThat(run(10, "plan-cartesian-product")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        // neither rule is silenced by the words: a comma join without a condition is a warning in SQL
        assertThat(sql.analyze("SELECT count(*) FROM orders o, customers c").findings()).extracting(Finding::ruleId)
            .contains("cartesian-join");
    }

    @Test
    void pairThresholdsGradeTheSeverity() throws IOException {
        PlanAnalyzer strict = new PlanAnalyzer(AnalyzerConfig.builder()
            .threshold("plan-cartesian-product", "errorPairs", 2_000_000).threshold("plan-cartesian-product", "warnPairs", 1000).build());
        assertThat(run(strict, RestJson.fixtureExecution(3), "plan-cartesian-product").get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(run(strict, RestJson.fixtureExecution(10), "plan-cartesian-product").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void explicitCrossJoinOfTinyRelationsIsInfoForTheNestedLoopRuleToo() throws IOException {
        // fixture 'tiny-cross-broadcast': BroadcastNestedLoopJoin Cross of 20 x 30 rows
        Finding f = run(11, "plan-broadcast-nested-loop-join").get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("30 stream rows x 20 broadcast rows = 600 pairs");
        assertThat(run(11, "plan-exploding-join")).isEmpty();
    }

    @Test
    void nestedLoopHintsMatchTheCondition() throws IOException {
        // fixture 'nested-loop': f.id >= b.lo AND f.id < b.hi over 100,000 x 100 rows
        Finding range = run(4, "plan-broadcast-nested-loop-join").get(0);
        assertThat(range.severity()).isEqualTo(Severity.WARNING);
        assertThat(range.message()).contains("range condition").contains("10,000,000 pairs");
        assertThat(String.join(" ", hints(range))).contains("bucket").doesNotContain("OR").doesNotContain("UNION");
        // captured EXPLAIN output of an OR join and of a cross join
        List<Finding> text = textFindings("explain-formatted.plan");
        Finding or = text.stream().filter(f -> f.message().startsWith("plan 5:")).findFirst().orElseThrow();
        assertThat(or.message()).contains("OR condition");
        assertThat(String.join(" ", hints(or))).contains("UNION ALL").doesNotContain("bucket");
        Finding cross = text.stream().filter(f -> f.message().startsWith("plan 3:")).findFirst().orElseThrow();
        assertThat(String.join(" ", hints(cross))).contains("CROSS JOIN").doesNotContain("UNION");
    }

    @Test
    void smjPicksTheSmallerSideThroughTheAggregate() throws IOException {
        // fixture 'smj-aggregate-side': left 6.1 MiB shuffle stage, right = aggregate over a 2.3 KiB stage
        Finding f = run(12, "plan-smj-could-broadcast").get(0);
        assertThat(f.message()).contains("the right side is at most 2.3 KiB (the left side is 6.1 MiB)")
            .contains("Spark's default 10.0 MiB");
        assertThat(hints(f).get(0)).contains("<right table>");
    }

    @Test
    void smjHonoursTheApplicationsThreshold() throws IOException {
        SqlExecution e = RestJson.fixtureExecution(12);
        Map<String, String> env = environment();
        assertThat(env).containsEntry("spark.sql.autoBroadcastJoinThreshold", "10MB");
        assertThat(run(ANALYZER, e.withEnvironment(env), "plan-smj-could-broadcast").get(0).message())
            .contains("this application's spark.sql.autoBroadcastJoinThreshold=10MB (10.0 MiB)");
        // the execution's own SET wins over the environment: -1 disables automatic broadcasts, and the message says so
        SqlExecution disabled = new SqlExecution(e.id(), e.status(), e.description(), e.planDescription(), e.durationMs(),
            e.nodes(), e.edges(), Map.of("spark.sql.autoBroadcastJoinThreshold", "-1")).withEnvironment(env);
        Finding off = run(ANALYZER, disabled, "plan-smj-could-broadcast").get(0);
        assertThat(off.message()).contains("automatic broadcasting is disabled in this application (spark.sql.autoBroadcastJoinThreshold=-1)");
        assertThat(hints(off).get(1)).contains("Remove the -1 setting");
        // a limit below the small side: Spark was right not to broadcast
        SqlExecution low = disabled.withEnvironment(Map.of());
        low = new SqlExecution(low.id(), low.status(), low.description(), low.planDescription(), low.durationMs(), low.nodes(),
            low.edges(), Map.of("spark.sql.adaptive.autoBroadcastJoinThreshold", "1k", "spark.sql.autoBroadcastJoinThreshold", "-1"));
        assertThat(run(ANALYZER, low, "plan-smj-could-broadcast")).as("AQE's own 1 KiB limit applies to the adaptive plan").isEmpty();
        // BrickOptima's configured limit overrides the application's
        PlanAnalyzer configured = new PlanAnalyzer(AnalyzerConfig.builder().threshold("plan-smj-could-broadcast", "maxBytes", 100 * 1024 * 1024).build());
        assertThat(run(configured, low, "plan-smj-could-broadcast").get(0).message()).contains("the configured 100.0 MiB limit");
    }

    @Test
    void largeInListIsFoundAndItsPushdownStated() throws IOException {
        Finding f = run(14, "plan-large-in-list").get(0);
        assertThat(f.message()).contains("tests id against 300 literal values").contains("pushed to Scan parquet (1) as In(...)");
        assertThat(f.location().operatorId()).isEqualTo("3");
    }

    @Test
    void unionDeduplicationWithItsNumbers() throws IOException {
        Finding f = run(15, "plan-union-distinct").get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("deduplicates the 2 branches of Union (3)").contains("removed 10,000 duplicate rows of 40,000");
    }

    @Test
    void udfFilterIsOneFindingWithBothExplanations() throws IOException {
        List<Finding> onFilter = run(16, null).stream().filter(f -> "3".equals(f.location().operatorId())).collect(Collectors.toList());
        assertThat(onFilter).hasSize(1);
        Finding f = onFilter.get(0);
        assertThat(f.ruleId()).isEqualTo("plan-scala-udf");
        assertThat(f.message()).contains("calls UDF times_two, so the filter is not pushed down");
        assertThat(f.detail()).contains(ScalaUdfRule.METADATA.rationale()).contains(FilterNotPushedRule.METADATA.rationale());
        // with the UDF rule off, the pushdown rule still reports the filter
        PlanAnalyzer noUdf = new PlanAnalyzer(AnalyzerConfig.builder().disable("plan-scala-udf").build());
        assertThat(run(noUdf, RestJson.fixtureExecution(16), "plan-filter-not-pushed")).hasSize(1);
    }

    @Test
    void sharedWindowIsOneFinding() throws IOException {
        assertThat(run(17, "plan-window-without-partition")).hasSize(1);
    }

    @Test
    void explainTextPathFindsEverythingThatNeedsNoMetrics() throws IOException {
        for (String file : List.of("explain-formatted.plan", "explain-classic.plan")) {
            List<String> found = new ArrayList<>();
            for (Finding f : textFindings(file)) {
                found.add(f.message().substring(0, f.message().indexOf(':')) + " " + f.ruleId() + "/" + f.severity().label());
            }
            assertThat(found).as(file).containsExactlyInAnyOrder(
                "plan 1 plan-cartesian-product/info",                // tiny-cross, sizes from the Range bounds
                "plan 2 plan-cartesian-product/warning",             // 1,500 x 1,500
                "plan 3 plan-broadcast-nested-loop-join/info",       // tiny-cross-broadcast
                "plan 4 plan-broadcast-nested-loop-join/warning",    // range join
                "plan 5 plan-broadcast-nested-loop-join/warning",    // OR join
                "plan 6 plan-large-in-list/warning",                 // 300 literals
                "plan 7 plan-union-distinct/info",                   // UNION
                "plan 8 plan-scala-udf/warning",                     // UDF filter: one finding
                "plan 9 plan-window-without-partition/warning");     // shared window: one finding
        }
    }

    private static List<Finding> textFindings(String file) throws IOException {
        List<Finding> out = new ArrayList<>();
        List<PlanTextDocument.Part> parts = PlanTextDocument.analyze(ANALYZER, RestJson.text(RestJson.FIXTURE_SAMPLES + file));
        assertThat(parts).as(file + ": one part per plan").hasSize(9);
        for (PlanTextDocument.Part p : parts) {
            assertThat(p.analysis().plan()).as(file + " plan " + p.index()).isNotNull();
            for (Finding f : p.analysis().findings()) out.add(f.withMessage("plan " + p.index() + ": " + f.message()));
        }
        return out;
    }

    private static Map<String, String> environment() throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var pair : RestJson.read(RestJson.FIXTURE_SAMPLES + "environment.json").path("sparkProperties")) {
            out.put(pair.get(0).asText(), pair.get(1).asText());
        }
        return out;
    }
}
