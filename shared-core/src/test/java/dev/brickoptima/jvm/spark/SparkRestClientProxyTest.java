package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;

/** The real Spark fixture behind a token-checking reverse proxy, reached the way a Databricks UI is. */
class SparkRestClientProxyTest {

    private static final String TOKEN = "dapi-0123456789abcdef";
    private static FixtureState fixture;
    private static TokenProxyServer proxy;

    @BeforeAll
    static void start() throws Exception {
        fixture = SparkFixture.shared();
        proxy = new TokenProxyServer(fixture.url(), TOKEN);
    }

    @AfterAll
    static void stop() {
        proxy.close();
    }

    private static SparkRestClient client(String token) {
        Map<String, String> env = token == null ? Map.of() : Map.of("DATABRICKS_TOKEN", token);
        return SparkRestClient.builder(proxy.url()).tokenFromEnv("DATABRICKS_TOKEN").environment(env::get).build();
    }

    @Test
    void withTheTokenTheProxiedApiAnswers() {
        SparkRestClient client = client(TOKEN);
        assertThat(client.applications()).extracting(SparkApplication::id).containsExactly(fixture.appId());
        SqlExecution skew = client.execution(fixture.appId(), fixture.execution("skew"));
        assertThat(skew.description()).isEqualTo(fixture.description("skew"));
        assertThat(client.stageIds(fixture.appId(), skew.id())).isNotEmpty();
        assertThat(client.toString()).doesNotContain(TOKEN).contains("DATABRICKS_TOKEN");
    }

    @Test
    void withoutATokenTheLoginPageIsReportedAsNotJson() {
        assertThatThrownBy(() -> client(null).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_JSON);
            assertThat(e.getMessage()).contains("HTML page", "DATABRICKS_TOKEN");
        });
    }

    @Test
    void aWrongTokenIsForbiddenAndNotEchoed() {
        String wrong = "dapi-wrong-token-42";
        assertThatThrownBy(() -> client(wrong).applications()).isInstanceOfSatisfying(SparkApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(SparkApiException.Kind.FORBIDDEN);
            assertThat(e.getMessage()).contains("403", "DATABRICKS_TOKEN").doesNotContain(wrong);
        });
    }
}
