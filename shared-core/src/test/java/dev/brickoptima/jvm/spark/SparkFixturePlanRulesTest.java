package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import dev.brickoptima.sparkfixture.SparkLine;

/**
 * End to end on real Spark 3.5 (and 4.x in {@link Spark4FixturePlanRulesTest}): executions and stages fetched by
 * {@link SparkRestClient} from the fixture application, analysed by {@link PlanAnalyzer}. Each runtime rule fires on
 * the query built to show it; the clean queries stay quiet.
 */
class SparkFixturePlanRulesTest {

    SparkLine line() {
        return SparkLine.SPARK_3_5;
    }

    private FixtureState fixture;
    private SparkRestClient client;
    private List<StageSummary> stages;
    private Map<Long, Set<Integer>> stageIdsByExecution;
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.builder().build());

    private void fetch() {
        if (fixture != null) return;
        fixture = SparkFixture.shared(line());
        client = SparkRestClient.builder(fixture.url()).environment(name -> null).readTimeout(Duration.ofSeconds(60)).build();
        stages = client.stages(fixture.appId());
        stageIdsByExecution = client.stageIdsByExecution(fixture.appId());
        assertThat(client.stageIds(fixture.appId(), fixture.execution("skew")))
            .isEqualTo(stageIdsByExecution.get(fixture.execution("skew")));
    }

    private PlanAnalysis analyze(String query) {
        fetch();
        SqlExecution e = client.execution(fixture.appId(), fixture.execution(query));
        Set<Integer> own = stageIdsByExecution.get(e.id());
        assertThat(own).as("stages of %s", query).isNotEmpty();
        PlanAnalysis a = ANALYZER.analyzeExecution(e, stages.stream().filter(s -> own.contains(s.stageId())).toList());
        assertThat(a.plan()).as("plan of %s parses", query).isNotNull();
        assertThat(a.internalErrors()).as("rule errors on %s", query).isEmpty();
        return a;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "skew, plan-skew",
        "cartesian, plan-cartesian-product",
        "nested-loop, plan-broadcast-nested-loop-join",
        "spill, plan-spill",
        "small-files, plan-small-files",
        "exploding-join, plan-exploding-join"})
    void runtimeRuleFiresOnItsQuery(String query, String ruleId) {
        List<Finding> findings = analyze(query).findings();
        assertThat(findings).as("findings on %s: %s", query, findings).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.location().operatorId()).as("points at an operator").isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean-agg", "clean-join", "markup", "small-files-write"})
    void cleanQueriesHaveNoWarnings(String query) {
        List<Finding> findings = analyze(query).findings();
        Set<String> loud = findings.stream().filter(f -> f.severity().atLeast(Severity.WARNING))
            .map(f -> f.ruleId() + ": " + f.message()).collect(Collectors.toSet());
        assertThat(loud).as("warnings on the clean query %s", query).isEmpty();
    }
}
