package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Protocol-level behaviour of {@link SparkRestClient} against scripted HTTP answers: status codes a real Spark UI
 * cannot be made to send here (401/403 of a proxy, 5xx, login pages, broken JSON), the token header and paging.
 */
class SparkRestClientMockTest {

    private static final String TOKEN = "dapi-secret-0123456789";
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private SparkRestClient client(String token) {
        return SparkRestClient.builder(server.url("/driver-proxy/o/1/cluster/40001/").toString())
            .tokenFromEnv("MY_SPARK_TOKEN")
            .environment(name -> "MY_SPARK_TOKEN".equals(name) ? token : null)
            .initialBackoff(Duration.ofMillis(10))
            .readTimeout(Duration.ofSeconds(5))
            .pageSize(2)
            .build();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void sendsTheBearerTokenToTheProxiedApiPath() throws Exception {
        server.enqueue(json("[{\"id\":\"app-1\",\"name\":\"etl\",\"attempts\":[{\"attemptId\":\"2\",\"completed\":true,"
            + "\"appSparkVersion\":\"3.5.1\"},{\"attemptId\":\"1\",\"completed\":true}]}]"));
        List<SparkApplication> apps = client(TOKEN).applications();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).isEqualTo("/driver-proxy/o/1/cluster/40001/api/v1/applications");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(apps).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("app-1");
            assertThat(a.apiPath()).isEqualTo("app-1/2");
            assertThat(a.completed()).isTrue();
            assertThat(a.sparkVersion()).isEqualTo("3.5.1");
        });
    }

    @Test
    void noTokenMeansNoAuthorizationHeader() throws Exception {
        server.enqueue(json("[]"));
        assertThat(client(null).applications()).isEmpty();
        assertThat(server.takeRequest().getHeader("Authorization")).isNull();
    }

    @Test
    void unauthorizedNamesTheVariableButNeverTheToken() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("token " + TOKEN + " expired"));
        assertThatThrownBy(() -> client(TOKEN).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.UNAUTHORIZED);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).contains("401", "MY_SPARK_TOKEN", "rejected").doesNotContain(TOKEN).doesNotContain("\n");
        });
        server.enqueue(new MockResponse().setResponseCode(401));
        assertThatThrownBy(() -> client(null).applications()).hasMessageContaining("needs a bearer token")
            .hasMessageContaining("MY_SPARK_TOKEN");
    }

    @Test
    void forbiddenIsItsOwnError() {
        server.enqueue(new MockResponse().setResponseCode(403));
        assertThatThrownBy(() -> client(TOKEN).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.FORBIDDEN);
            assertThat(e.getMessage()).contains("403 Forbidden", "no access").doesNotContain(TOKEN);
        });
    }

    @Test
    void notFoundQuotesSparksOneLineReasonWithTheTokenRedacted() {
        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/plain")
            .setBody("unknown app: app-9\n(token " + TOKEN + ")"));
        assertThatThrownBy(() -> client(TOKEN).execution("app-9", 3)).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).contains("/api/v1/applications/app-9/sql/3", "404", "unknown app: app-9")
                .doesNotContain(TOKEN).doesNotContain("\n").doesNotContain("planDescription=");
        });
    }

    @Test
    void anHtmlLoginPageIsNotJson() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody("<!DOCTYPE html><html><body><form action=/login>Sign in</form></body></html>"));
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_JSON);
            assertThat(e.getMessage()).contains("HTML page", "login page");
        });
    }

    @Test
    void htmlSentAsJsonIsStillRecognised() {
        server.enqueue(json("\n  <html><head><title>Login</title></head></html>"));
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class,
            e -> assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_JSON));
    }

    @Test
    void malformedJsonSaysWhere() {
        server.enqueue(json("[{\"id\":\"app-1\",\n \"name\": oops}]"));
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.MALFORMED_JSON);
            assertThat(e.getMessage()).contains("malformed JSON at line 2").doesNotContain("\n");
        });
    }

    @Test
    void jsonOfTheWrongShapeIsMalformed() {
        server.enqueue(json("{\"applications\":[]}"));
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.MALFORMED_JSON);
            assertThat(e.getMessage()).contains("unexpected shape", "array");
        });
    }

    @Test
    void serverErrorsAreRetriedThenSucceed() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(json("[]"));
        assertThat(client(null).applications()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverErrorsGiveUpAfterTheRetryBudget() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("boom"));
        }
        server.enqueue(json("[]")); // never reached
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).contains("500", "4 times");
        });
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aConnectionDroppedMidAnswerIsRetried() {
        server.enqueue(json("[{\"id\":\"app-1\",\"name\":\"x\",\"attempts\":[]}]").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json("[{\"id\":\"app-1\",\"name\":\"x\",\"attempts\":[]}]"));
        assertThat(client(null).applications()).extracting(SparkApplication::id).containsExactly("app-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void executionsArePagedUntilAShortPage() throws Exception {
        server.enqueue(json("[" + execution(0) + "," + execution(1) + "]"));
        server.enqueue(json("[" + execution(2) + "," + execution(3) + "]"));
        server.enqueue(json("[" + execution(4) + "]"));
        List<SqlExecution> all = client(null).executions("app-1");
        assertThat(all).extracting(SqlExecution::id).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(server.takeRequest().getRequestUrl().queryParameter("offset")).isEqualTo("0");
        RecordedRequest second = server.takeRequest();
        assertThat(second.getRequestUrl().queryParameter("offset")).isEqualTo("2");
        assertThat(second.getRequestUrl().queryParameter("length")).isEqualTo("2");
        assertThat(second.getRequestUrl().queryParameter("planDescription")).isEqualTo("true");
        SqlExecution e = all.get(4);
        assertThat(e.description()).isEqualTo("query 4");
        assertThat(e.nodes()).singleElement().satisfies(n -> {
            assertThat(n.nodeName()).isEqualTo("Scan parquet");
            assertThat(n.wholeStageCodegenId()).isEqualTo(1);
            assertThat(n.metric("number of files read")).isEqualTo("64");
        });
        assertThat(e.edges()).singleElement().satisfies(ed -> assertThat(ed.fromId()).isEqualTo(1));
    }

    @Test
    void pagingStopsWhenTheServerIgnoresOffset() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json("[" + execution(0) + "," + execution(1) + "]"));
        }
        assertThat(client(null).executions("app-1")).extracting(SqlExecution::id).containsExactly(0L, 1L);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void stagesCarryTheirTaskQuantilesByDottedPath() throws Exception {
        server.enqueue(json("[{\"status\":\"COMPLETE\",\"stageId\":7,\"attemptId\":0,\"numTasks\":8,\"name\":\"join\","
            + "\"executorRunTime\":900,\"memoryBytesSpilled\":10,\"diskBytesSpilled\":5,\"shuffleReadRecords\":600000,"
            + "\"taskMetricsDistributions\":{\"quantiles\":[0.0,0.25,0.5,0.75,1.0],\"duration\":[1,2,3,4,500],"
            + "\"shuffleReadMetrics\":{\"readRecords\":[10,20,30,40,480000],\"shufflePushReadMetricsDist\":"
            + "{\"corruptMergedBlockChunks\":[0,0,0,0,0]}}}}]"));
        List<StageSummary> stages = client(null).stages("app-1");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("withSummaries")).isEqualTo("true");
        StageSummary s = stages.get(0);
        assertThat(s.stageId()).isEqualTo(7);
        assertThat(s.numTasks()).isEqualTo(8);
        assertThat(s.diskBytesSpilled()).isEqualTo(5);
        assertThat(s.max(StageSummary.SHUFFLE_READ_RECORDS)).isEqualTo(480000);
        assertThat(s.median(StageSummary.SHUFFLE_READ_RECORDS)).isEqualTo(30);
        assertThat(s.max(StageSummary.DURATION)).isEqualTo(500);
        assertThat(s.distributions()).containsKey("shuffleReadMetrics.shufflePushReadMetricsDist.corruptMergedBlockChunks");
    }

    @Test
    void stagesAreAttributedToTheirExecutionThroughJobs() throws Exception {
        server.enqueue(json("[{\"id\":0,\"successJobIds\":[0,1]},{\"id\":1,\"successJobIds\":[2],\"failedJobIds\":[3]}]"));
        server.enqueue(json("[]")); // a full page of two asks for the next one
        server.enqueue(json("[{\"jobId\":3,\"stageIds\":[7]},{\"jobId\":2,\"stageIds\":[5,6]},"
            + "{\"jobId\":1,\"stageIds\":[2,3]},{\"jobId\":0,\"stageIds\":[0,1]}]"));
        Map<Long, java.util.Set<Integer>> byExecution = client(null).stageIdsByExecution("app-1");
        assertThat(byExecution.get(0L)).containsExactly(0, 1, 2, 3);
        assertThat(byExecution.get(1L)).containsExactly(5, 6, 7);
        assertThat(server.takeRequest().getRequestUrl().queryParameter("details")).isEqualTo("false");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("offset")).isEqualTo("2");
        assertThat(server.takeRequest().getPath()).endsWith("/api/v1/applications/app-1/jobs");
    }

    @Test
    void baseUrlMayAlreadyEndInApiV1() throws Exception {
        server.enqueue(json("[]"));
        SparkRestClient c = SparkRestClient.builder(server.url("/api/v1/").toString()).environment(name -> null).build();
        c.applications();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/applications");
        assertThat(c.toString()).doesNotContain(TOKEN);
    }

    private static String execution(int id) {
        return "{\"id\":" + id + ",\"status\":\"COMPLETED\",\"description\":\"query " + id + "\",\"planDescription\":"
            + "\"== Physical Plan ==\\n* Scan parquet (1)\",\"duration\":12,\"nodes\":[{\"nodeId\":1,\"nodeName\":"
            + "\"Scan parquet\",\"wholeStageCodegenId\":1,\"metrics\":[{\"name\":\"number of files read\",\"value\":\"64\"}]}],"
            + "\"edges\":[{\"fromId\":1,\"toId\":0}]}";
    }
}
