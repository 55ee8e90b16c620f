package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;

/**
 * Precision of the plan rules on the live fixture application (queries in spark-fixture's PlanPrecisionQueries):
 * sizes and severities of cross joins, advice matched to the condition, the smaller broadcastable side and the
 * application's threshold, the new IN-list and UNION rules, one finding per cause.
 */
class SparkFixturePrecisionTest {
    private static FixtureState fixture;
    private static SparkRestClient client;
    private static Map<String, String> environment;
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.defaults());

    @BeforeAll
    static void connect() {
        fixture = SparkFixture.shared();
        client = SparkRestClient.builder(fixture.url()).environment(name -> null).readTimeout(Duration.ofSeconds(60)).build();
        environment = client.sparkProperties(fixture.appId());
    }

    private static List<Finding> findings(String query, String rule) {
        SqlExecution e = client.execution(fixture.appId(), fixture.execution(query)).withEnvironment(environment);
        PlanAnalysis a = ANALYZER.analyzeExecution(e, List.of());
        assertThat(a.plan()).as(query).isNotNull();
        assertThat(a.internalErrors()).isEmpty();
        return a.findings().stream().filter(f -> rule == null || f.ruleId().equals(rule)).collect(Collectors.toList());
    }

    private static String hints(Finding f) {
        return f.fixes().stream().map(Fix::description).collect(Collectors.joining(" | "));
    }

    @Test
    void environmentCarriesTheApplicationsThreshold() {
        assertThat(environment).containsEntry("spark.sql.autoBroadcastJoinThreshold", "10MB");
    }

    @Test
    void deliberateTinyCrossJoinsAreInfoWithTheirRealSizes() {
        Finding cartesian = findings("tiny-cross", "plan-cartesian-product").get(0);
        assertThat(cartesian.severity()).isEqualTo(Severity.INFO);
        assertThat(cartesian.message()).contains("100 left rows x 50 right rows = 5,000 pairs").contains("count 200 and 100 rows");
        Finding nested = findings("tiny-cross-broadcast", "plan-broadcast-nested-loop-join").get(0);
        assertThat(nested.severity()).isEqualTo(Severity.INFO);
        assertThat(nested.message()).contains("600 pairs");
        Finding big = findings("cartesian", "plan-cartesian-product").get(0);
        assertThat(big.severity()).isEqualTo(Severity.WARNING);
        assertThat(big.message()).contains("1,500 left rows x 1,500 right rows = 2,250,000 pairs");
        assertThat(findings("cartesian", "plan-exploding-join")).as("one cause, one finding").isEmpty();
    }

    @Test
    void rangeJoinGetsRangeAdvice() {
        Finding f = findings("nested-loop", "plan-broadcast-nested-loop-join").get(0);
        assertThat(f.message()).contains("range condition");
        assertThat(hints(f)).contains("bucket").doesNotContain("OR");
    }

    @Test
    void sortMergeJoinNamesTheSmallerSideAndTheThreshold() {
        Finding f = findings("smj-aggregate-side", "plan-smj-could-broadcast").get(0);
        assertThat(f.message()).contains("the right side is at most").contains("(the left side is")
            .contains("this application's spark.sql.autoBroadcastJoinThreshold=10MB");
    }

    @Test
    void largeInListAndUnionDeduplication() {
        assertThat(findings("in-list", "plan-large-in-list").get(0).message())
            .contains("300 literal values").contains("pushed to Scan parquet");
        assertThat(findings("union-distinct", "plan-union-distinct").get(0).message())
            .contains("removed 10,000 duplicate rows of 40,000");
        assertThat(findings("clean-agg", "plan-union-distinct")).isEmpty();
        assertThat(findings("clean-agg", "plan-large-in-list")).isEmpty();
    }

    @Test
    void oneFindingPerCause() {
        List<Finding> udf = findings("udf-filter", null).stream()
            .filter(f -> f.ruleId().equals("plan-scala-udf") || f.ruleId().equals("plan-filter-not-pushed")).toList();
        assertThat(udf).extracting(Finding::ruleId).containsExactly("plan-scala-udf");
        assertThat(udf.get(0).message()).contains("so the filter is not pushed down");
        assertThat(findings("window-shared", "plan-window-without-partition")).hasSize(1);
    }
}
