package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.HistoryServerFixture;
import dev.brickoptima.sparkfixture.SparkFixture;

/** {@link SparkRestClient} against a real Spark History Server replaying the fixture application's event log. */
class SparkRestClientHistoryServerTest {

    private static FixtureState fixture;
    private static HistoryServerFixture history;
    private static SparkRestClient client;

    @BeforeAll
    static void start() {
        fixture = SparkFixture.shared();
        history = HistoryServerFixture.start(fixture, 600);
        client = SparkRestClient.builder(history.url()).environment(name -> null).readTimeout(Duration.ofSeconds(60))
            .pageSize(4).build();
    }

    @AfterAll
    static void stop() {
        if (history != null) {
            history.close();
            assertThat(history.process().isAlive()).isFalse();
        }
    }

    @Test
    void historyServerListsTheApplicationAndItsExecutions() {
        List<SparkApplication> apps = client.applications();
        SparkApplication app = apps.stream().filter(a -> a.id().equals(fixture.appId())).findFirst().orElseThrow();
        assertThat(app.sparkVersion()).startsWith("3.5.");
        Map<Long, SqlExecution> byId = client.executions(app.apiPath()).stream()
            .collect(Collectors.toMap(SqlExecution::id, Function.identity()));
        fixture.executions().forEach((name, id) -> {
            assertThat(byId.get(id)).as(name).isNotNull();
            assertThat(byId.get(id).description()).isEqualTo(fixture.description(name));
            assertThat(byId.get(id).planDescription()).startsWith("== Physical Plan ==");
        });
    }

    @Test
    void historyServerGivesTheSkewedStageQuantiles() {
        String app = fixture.appId();
        var own = client.stageIds(app, fixture.execution("skew"));
        List<StageSummary> stages = client.stages(app).stream().filter(s -> own.contains(s.stageId())).toList();
        assertThat(stages).anySatisfy(s -> assertThat(s.max(StageSummary.SHUFFLE_READ_RECORDS))
            .isGreaterThan(10 * s.median(StageSummary.SHUFFLE_READ_RECORDS)));
    }
}
