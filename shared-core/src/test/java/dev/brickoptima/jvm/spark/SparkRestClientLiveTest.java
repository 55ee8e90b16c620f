package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.sparkfixture.FixtureQueries;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/** {@link SparkRestClient} against the real local Spark 3.5 application (4.x: {@link Spark4RestClientLiveTest}). */
class SparkRestClientLiveTest {

    SparkLine line() {
        return SparkLine.SPARK_3_5;
    }

    private FixtureState fixture;
    private SparkRestClient client;

    @BeforeEach
    void start() {
        fixture = SparkFixture.shared(line());
        client = SparkRestClient.builder(fixture.url()).environment(name -> null).pageSize(3)
            .readTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void listsTheApplication() {
        List<SparkApplication> apps = client.applications();
        assertThat(apps).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(fixture.appId());
            assertThat(a.apiPath()).isEqualTo(fixture.appId());
            assertThat(a.sparkVersion()).startsWith(line().versionPrefix() + ".");
            assertThat(a.completed()).isFalse();
        });
    }

    @Test
    void pagesThroughEveryExecutionWithPlansAndMetrics() {
        Map<Long, SqlExecution> byId = client.executions(fixture.appId()).stream()
            .collect(Collectors.toMap(SqlExecution::id, Function.identity()));
        assertThat(byId.size()).isGreaterThan(3 * 3); // more than three pages of three
        fixture.executions().forEach((name, id) -> {
            SqlExecution e = byId.get(id);
            assertThat(e).as(name).isNotNull();
            assertThat(e.description()).isEqualTo(fixture.description(name));
            assertThat(e.status()).isEqualTo("COMPLETED");
            assertThat(e.planDescription()).startsWith("== Physical Plan ==");
            assertThat(e.nodes()).isNotEmpty();
            assertThat(e.durationMs()).isNotNegative();
        });
        assertThat(byId.get(fixture.execution("markup")).description()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void oneExecutionCarriesItsNodeMetrics() {
        SqlExecution e = client.execution(fixture.appId(), fixture.execution("small-files"));
        assertThat(e.nodes()).anySatisfy(n -> {
            assertThat(n.nodeName()).startsWith("Scan parquet");
            assertThat(n.metric("number of files read")).isEqualTo(String.valueOf(FixtureQueries.SMALL_FILES));
        });
        assertThat(e.edges()).isNotEmpty();
        assertThat(client.execution(fixture.appId(), fixture.execution("cartesian")).planDescription())
            .contains("CartesianProduct");
    }

    @Test
    void stagesShowTheSkewedTaskAndTheSpill() {
        List<StageSummary> stages = client.stages(fixture.appId());
        assertThat(stages).anySatisfy(s -> {
            assertThat(s.hasDistributions()).isTrue();
            assertThat(s.max(StageSummary.SHUFFLE_READ_RECORDS)).isGreaterThan(400_000);
            assertThat(s.max(StageSummary.SHUFFLE_READ_RECORDS))
                .isGreaterThan(10 * s.median(StageSummary.SHUFFLE_READ_RECORDS));
        });
        assertThat(stages).anySatisfy(s -> assertThat(s.diskBytesSpilled()).isPositive());
        int someStage = stages.get(0).stageId();
        assertThat(client.stage(fixture.appId(), someStage)).extracting(StageSummary::stageId).containsOnly(someStage);
    }

    @Test
    void unknownApplicationAndExecutionAreNotFound() {
        assertThatThrownBy(() -> client.executions("app-that-does-not-exist"))
            .isInstanceOfSatisfying(SparkApiException.class, e -> {
                assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_FOUND);
                assertThat(e.getMessage()).contains("app-that-does-not-exist").doesNotContain("\n");
            });
        assertThatThrownBy(() -> client.execution(fixture.appId(), 987_654))
            .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.kind()).isEqualTo(SparkApiException.Kind.NOT_FOUND));
    }

    @Test
    void aSparkUiPageIsNotJson() {
        // the UI's own HTML pages sit next to the API: a base URL pointing at a page gives the HTML error
        SparkRestClient wrongBase = SparkRestClient.builder(fixture.url() + "/jobs").environment(name -> null).build();
        assertThatThrownBy(wrongBase::applications).isInstanceOf(SparkApiException.class);
    }
}
