package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.sparkfixture.FakeSparkServer;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;

/** Real failures: nothing listening, a server too slow to answer, and a Spark application killed mid-run. */
class SparkRestClientFaultTest {

    private static SparkRestClient client(String url, Duration readTimeout) {
        return SparkRestClient.builder(url).environment(name -> null).initialBackoff(Duration.ofMillis(20))
            .readTimeout(readTimeout).pageSize(1).build();
    }

    @Test
    void closedPortIsUnreachableAfterBoundedRetries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client("http://127.0.0.1:" + port, Duration.ofSeconds(5)).applications())
            .isInstanceOfSatisfying(SparkApiException.class, e -> {
                assertThat(e.kind()).isEqualTo(SparkApiException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).contains("connection refused", "4 attempts", "127.0.0.1:" + port)
                    .doesNotContain("\n");
            });
        // 20 + 40 + 80 ms of backoff, not a hang
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(140), Duration.ofSeconds(10));
    }

    @Test
    void slowAnswerTimesOutWithoutRetrying() throws Exception {
        try (FakeSparkServer slow = new FakeSparkServer(FakeSparkServer.Behaviour.HANG)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client(slow.url(), Duration.ofMillis(400)).applications())
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.TIMEOUT);
                    assertThat(e.limit()).isEqualTo(SparkApiException.Limit.READ_TIMEOUT);
                    assertThat(e.getMessage()).contains("did not answer in time", "read timeout");
                });
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void applicationKilledWhilePagingGivesAClearError() {
        // a private, short-lived application: the shared one must stay up for the other tests
        try (SparkFixture fixture = SparkFixture.start(300, "clean-agg", "markup")) {
            FixtureState state = fixture.state();
            SparkRestClient client = client(state.url(), Duration.ofSeconds(30));
            List<SqlExecution> first = client.executions(state.appId(), 0, 1);
            assertThat(first).singleElement().satisfies(e -> assertThat(e.description()).isEqualTo(state.description("clean-agg")));

            fixture.close(); // SIGTERM to its PID, as a crashed or stopped driver
            assertThat(fixture.process()).hasValueSatisfying(p -> assertThat(p.isAlive()).isFalse());

            assertThatThrownBy(() -> client.executions(state.appId(), 1, 1))
                .isInstanceOfSatisfying(SparkApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SparkApiException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("cannot reach", state.url(), "is the Spark UI");
                });
        }
    }
}
