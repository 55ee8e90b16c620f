package dev.brickoptima.sparkfixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared fixture application really runs, and its REST API shows each query's problem in the numbers. */
class SparkFixtureTest {

    private static FixtureState fixture;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        fixture = SparkFixture.shared();
    }

    static Object get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return MiniJson.parse(r.body());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }

    @Test
    void uiListensOnLoopbackAndListsTheApplication() throws Exception {
        assertThat(fixture.url()).startsWith("http://127.0.0.1:");
        List<Map<String, Object>> apps = list(get(fixture.url() + "/api/v1/applications"));
        assertThat(apps).extracting(a -> a.get("id")).containsExactly(fixture.appId());
        assertThat(fixture.sparkVersion()).startsWith("3.5.");
    }

    @Test
    void everyQueryIsAnExecutionWithItsDescription() throws Exception {
        List<Map<String, Object>> executions = list(get(fixture.applicationApi() + "/sql?details=false&length=1000"));
        Map<Long, String> descriptionById = executions.stream().collect(Collectors.toMap(
            e -> ((Number) e.get("id")).longValue(), e -> (String) e.get("description")));
        assertThat(fixture.executions().keySet()).contains("skew", "cartesian", "nested-loop", "spill", "small-files",
            "exploding-join", "clean-agg", "clean-join", "markup");
        fixture.executions().forEach((name, id) -> assertThat(descriptionById.get(id)).as(name)
            .isEqualTo(fixture.description(name)).startsWith("[fixture:" + name + "]"));
        assertThat(fixture.description("markup")).contains("<img src=x onerror=alert(1)>");
        for (Map<String, Object> e : executions) {
            assertThat(e.get("status")).as("execution %s", e.get("id")).isEqualTo("COMPLETED");
        }
    }

    @Test
    void plansShowTheOperatorsEachQueryIsAbout() throws Exception {
        assertThat(plan("cartesian")).contains("CartesianProduct");
        assertThat(plan("nested-loop")).contains("BroadcastNestedLoopJoin");
        assertThat(plan("skew")).contains("ShuffledHashJoin");
        assertThat(plan("clean-agg")).doesNotContain("CartesianProduct", "NestedLoopJoin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void skewedStageHasOneTaskReadingMostShuffleRecords() throws Exception {
        List<Double> maxOverMedian = new ArrayList<>();
        for (Map<String, Object> stage : stagesOf("skew")) {
            Map<String, Object> dist = (Map<String, Object>) stage.get("taskMetricsDistributions");
            Map<String, Object> shuffleRead = (Map<String, Object>) dist.get("shuffleReadMetrics");
            List<Number> records = (List<Number>) shuffleRead.get("readRecords");
            double median = records.get(2).doubleValue();
            double max = records.get(4).doubleValue();
            if (max > 100_000) {
                maxOverMedian.add(max / Math.max(1, median));
            }
        }
        assertThat(maxOverMedian).as("max/median shuffle records of the join stage").isNotEmpty()
            .allSatisfy(r -> assertThat(r).isGreaterThan(10));
    }

    @Test
    void spillQuerySpillsAndCleanQueryDoesNot() throws Exception {
        assertThat(stagesOf("spill")).anySatisfy(s -> assertThat(((Number) s.get("diskBytesSpilled")).longValue()).isPositive());
        assertThat(stagesOf("clean-agg")).allSatisfy(s -> assertThat(((Number) s.get("memoryBytesSpilled")).longValue()).isZero());
    }

    @Test
    @SuppressWarnings("unchecked")
    void smallFilesScanReadsAllTheTinyFiles() throws Exception {
        Map<String, Object> e = (Map<String, Object>) get(fixture.applicationApi() + "/sql/" + fixture.execution("small-files"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) e.get("nodes");
        String filesRead = nodes.stream().filter(n -> String.valueOf(n.get("nodeName")).startsWith("Scan parquet"))
            .flatMap(n -> ((List<Map<String, Object>>) n.get("metrics")).stream())
            .filter(m -> "number of files read".equals(m.get("name"))).map(m -> (String) m.get("value"))
            .findFirst().orElseThrow();
        assertThat(filesRead).isEqualTo(String.valueOf(FixtureQueries.SMALL_FILES));
    }

    @SuppressWarnings("unchecked")
    private static String plan(String name) throws Exception {
        Map<String, Object> e = (Map<String, Object>) get(fixture.applicationApi() + "/sql/" + fixture.execution(name)
            + "?details=true&planDescription=true");
        return (String) e.get("planDescription");
    }

    /** Stages of the jobs of one execution, with task quantiles. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stagesOf(String name) throws Exception {
        Map<String, Object> e = (Map<String, Object>) get(fixture.applicationApi() + "/sql/" + fixture.execution(name));
        List<Object> jobIds = new ArrayList<>((List<Object>) e.get("successJobIds"));
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Object jobId : jobIds) {
            Map<String, Object> job = (Map<String, Object>) get(fixture.applicationApi() + "/jobs/" + jobId);
            for (Object stageId : (List<Object>) job.get("stageIds")) {
                List<Map<String, Object>> attempts = list(get(fixture.applicationApi() + "/stages/" + stageId
                    + "?withSummaries=true"));
                attempts.stream().filter(a -> "COMPLETE".equals(a.get("status"))).forEach(stages::add);
            }
        }
        assertThat(stages).as("completed stages of " + name).isNotEmpty();
        return stages;
    }
}
