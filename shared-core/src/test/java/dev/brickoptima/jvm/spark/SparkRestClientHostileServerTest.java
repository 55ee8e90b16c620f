package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import dev.brickoptima.sparkfixture.FakeSparkServer;
import dev.brickoptima.sparkfixture.FakeSparkServer.Behaviour;

/**
 * {@link SparkRestClient} against servers that misbehave ({@link FakeSparkServer}): every request and every run ends
 * within its limits, with a one-line error naming the limit, and no message carries any piece of the token.
 */
class SparkRestClientHostileServerTest {

    private static final String TOKEN = "dapi7f3c9e1b5a2d8604";

    private static SparkRestClient.Builder client(FakeSparkServer server) {
        return SparkRestClient.builder(server.url()).tokenFromEnv("T").environment(Map.of("T", TOKEN)::get)
            .initialBackoff(Duration.ofMillis(10)).readTimeout(Duration.ofSeconds(10));
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aHangingServerIsCutOffByTheRequestDeadline() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.HANG)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client(server).requestTimeout(Duration.ofMillis(800)).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TIMEOUT);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.REQUEST_TIMEOUT);
                    assertThat(e.getMessage()).contains("request deadline", "800 ms").doesNotContain("\n");
                });
            assertThat(millisSince(t0)).isBetween(700L, 5_000L);
        }
    }

    @Test
    void aDrippingServerIsCutOffAlthoughEveryByteComesBeforeTheReadTimeout() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.DRIP, 100)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client(server).requestTimeout(Duration.ofMillis(1500)).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TIMEOUT);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.REQUEST_TIMEOUT);
                });
            assertThat(millisSince(t0)).isBetween(1_400L, 5_000L);
            assertThat(server.bytesSent()).as("bytes dripped before the cut").isPositive();
        }
    }

    @Test
    void theRunDeadlineBoundsRetriesAndRequestsTogether() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.SERVER_ERROR)) {
            long t0 = System.nanoTime();
            // ten retries from 200 ms would wait 200 s; the run has 1 s
            assertThatThrownBy(() -> client(server).maxRetries(10).initialBackoff(Duration.ofMillis(200))
                .totalTimeout(Duration.ofSeconds(1)).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TIMEOUT);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.TOTAL_TIMEOUT);
                    assertThat(e.getMessage()).contains("run deadline", "1 s");
                });
            assertThat(millisSince(t0)).isLessThan(3_000L);
        }
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.DRIP, 100)) {
            long t0 = System.nanoTime();
            // the request deadline is longer than what is left of the run: the run deadline cuts the request
            assertThatThrownBy(() -> client(server).requestTimeout(Duration.ofSeconds(30)).totalTimeout(Duration.ofMillis(900))
                .build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.limit()).isEqualTo(SparkApiException.Limit.TOTAL_TIMEOUT));
            assertThat(millisSince(t0)).isBetween(800L, 4_000L);
        }
    }

    @Test
    void anEndlessBodyIsRefusedAtTheSizeCap() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.ENDLESS_BODY)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client(server).maxResponseBytes(1024 * 1024).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TOO_LARGE);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.RESPONSE_SIZE);
                    assertThat(e.getMessage()).contains("more than 1 MiB", "response size limit");
                });
            assertThat(millisSince(t0)).isLessThan(10_000L);
        }
    }

    @Test
    void endlessPagingStopsAtThePageCap() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.ENDLESS_PAGING)) {
            assertThatThrownBy(() -> client(server).pageSize(10).maxPages(5).build().executions("app-1"))
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TOO_LARGE);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.PAGES);
                    assertThat(e.getMessage()).contains("after 5 pages of 10", "page limit");
                });
            assertThat(server.requests()).isEqualTo(5);
            assertThatThrownBy(() -> client(server).pageSize(10).maxPages(3).build().stageIdsByExecution("app-1"))
                .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.limit()).isEqualTo(SparkApiException.Limit.PAGES));
            assertThat(server.requests()).isEqualTo(8);
        }
    }

    @Test
    void endlessPagingWithoutAPageCapStillEndsAtTheRunDeadline() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.ENDLESS_PAGING)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client(server).pageSize(2).maxPages(Integer.MAX_VALUE).totalTimeout(Duration.ofMillis(700))
                .build().executions("app-1"))
                .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.limit()).isEqualTo(SparkApiException.Limit.TOTAL_TIMEOUT));
            assertThat(millisSince(t0)).isLessThan(3_000L);
        }
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimes() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.SERVER_ERROR)) {
            assertThatThrownBy(() -> client(server).maxRetries(2).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("503", "3 times");
                });
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void aRedirectLoopIsOneErrorWithoutRetries() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.REDIRECT_LOOP)) {
            assertThatThrownBy(() -> client(server).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("redirect loop", "1 attempt").doesNotContain("\n");
                });
            // OkHttp follows 20 redirects, then gives up; a loop is not retried
            assertThat(server.requests()).isEqualTo(21);
        }
    }

    @Test
    void aLoginPageBehindARedirectIsNotJson() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.LOGIN_PAGE)) {
            assertThatThrownBy(() -> client(server).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_JSON);
                    assertThat(e.getMessage()).contains("login page", "T");
                });
        }
    }

    @Test
    void anEchoedTokenNeverReachesAMessageWholeOrInPieces() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.TOKEN_ECHO)) {
            assertThatThrownBy(() -> client(server).build().execution("app-1", 1))
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_FOUND);
                    noPieceOfTheToken(e.getMessage()).contains("404", "***");
                });
        }
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.TOKEN_ECHO_MALFORMED_JSON)) {
            assertThatThrownBy(() -> client(server).build().applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.MALFORMED_JSON);
                    noPieceOfTheToken(e.getMessage()).contains("malformed JSON");
                });
        }
    }

    @Test
    void aTokenThatCannotBeAHeaderIsAClearErrorThatDoesNotShowIt() {
        for (String bad : new String[] {"dapi12345\nsecond-line", "dapi12345é6789", "dapi12345 6789"}) {
            assertThatThrownBy(() -> SparkRestClient.builder("http://127.0.0.1:1").tokenFromEnv("T").environment(Map.of("T", bad)::get).build())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.INVALID_TOKEN);
                    assertThat(e.getMessage()).contains("bearer token in T", "character 10", "printable ASCII")
                        .doesNotContain("dapi").doesNotContain("\n");
                });
        }
    }

    @Test
    void redactionHidesRunsOfTheTokenButLeavesOtherText() {
        TokenRedactor r = new TokenRedactor(TOKEN);
        assertThat(r.serverText("got " + TOKEN.substring(3, 11) + " and " + TOKEN.substring(12) + " at port 18080"))
            .isEqualTo("got *** and *** at port 18080");
        assertThat(r.serverText("nothing secret here")).isEqualTo("nothing secret here");
        assertThat(new TokenRedactor("abc").serverText("xabcx")).isEqualTo("x***x");
    }

    private static AbstractStringAssert<?> noPieceOfTheToken(String message) {
        for (int i = 0; i + TokenRedactor.RUN <= TOKEN.length(); i++) {
            assertThat(message).doesNotContain(TOKEN.substring(i, i + TokenRedactor.RUN));
        }
        return assertThat(message).doesNotContain("\n");
    }
}
