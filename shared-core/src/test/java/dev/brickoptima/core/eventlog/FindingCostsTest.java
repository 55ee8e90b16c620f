package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanMetricsBinder;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.plan.StageSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a finding costs: the run time of the latest attempt of each stage its operator's metrics name, and the
 * operator's largest byte metric; the whole execution's run time when the finding names no operator that ran in a
 * known stage.
 */
class FindingCostsTest {
    private static final String PLAN = """
        == Physical Plan ==
        * Sort (3)
        +- Exchange (2)
           +- * Range (1)


        (1) Range [codegen id : 1]
        Output [1]: [id#0L]
        Arguments: Range (0, 100, step=1, splits=Some(2))

        (2) Exchange
        Input [1]: [id#0L]
        Arguments: hashpartitioning(id#0L, 200), ENSURE_REQUIREMENTS, [plan_id=10]

        (3) Sort [codegen id : 2]
        Input [1]: [id#0L]
        Arguments: [id#0L ASC NULLS FIRST], false, 0
        """;
    private static final String DIST = "total (min, med, max (stageId: taskId))\n";

    /** Metrics per operator id, as the REST API and the event log replay print them. */
    private static final Map<Integer, List<SqlMetric>> METRICS = Map.of(
        3, List.of(new SqlMetric("spill size", DIST + "512.0 MiB (0.0 B, 0.0 B, 512.0 MiB (stage 4.1: task 12))"),
            new SqlMetric("peak memory", DIST + "1024.0 MiB (8.0 MiB, 8.0 MiB, 1000.0 MiB (stage 4.1: task 12))")),
        2, List.of(new SqlMetric("shuffle bytes written", DIST + "2.0 KiB (1024.0 B, 1024.0 B, 1024.0 B (stage 3.0: task 5))"),
            new SqlMetric("shuffle write time", DIST + "5.0 s (2.5 s, 2.5 s, 2.5 s (stage 3.0: task 5))"),
            new SqlMetric("remote bytes read", DIST + "1024.0 B (0.0 B, 512.0 B, 512.0 B (stage 4.1: task 13))")),
        1, List.of(new SqlMetric("number of output rows", "100"),
            new SqlMetric("data size", DIST + "800.0 B (400.0 B, 400.0 B, 400.0 B (stage 8.0: task 2))")));

    private static PhysicalPlan plan() {
        PhysicalPlan plan = PlanTextParser.parse(PLAN);
        List<SqlExecutionNode> nodes = new ArrayList<>();
        long nodeId = 0;
        for (PlanOperator op : plan.activeOperators()) {
            nodes.add(new SqlExecutionNode(nodeId++, op.name(), op.codegenStageId(), METRICS.getOrDefault(op.id(), List.of())));
        }
        PlanMetricsBinder.attach(plan, new SqlExecution(1, "COMPLETED", "q", PLAN, 1000, nodes, List.of()));
        return plan;
    }

    private static StageSummary stage(int id, int attempt, long runTime) {
        return StageSummary.builder(id).attemptId(attempt).executorRunTimeMs(runTime).build();
    }

    private static Finding at(String operatorId) {
        return new Finding("plan-rule", Severity.WARNING, "m", Location.ofOperator(operatorId), List.of(), null);
    }

    // stage 4 ran twice: only its latest attempt (300 ms) counts, whatever order the summaries come in
    private static final List<StageSummary> STAGES = List.of(stage(4, 1, 300), stage(3, 0, 100), stage(4, 0, 1000), stage(5, 0, 7));

    @Test
    void anOperatorCostsTheLatestAttemptsOfItsStagesAndItsLargestByteMetric() {
        List<FindingCost> costs = FindingCosts.of(plan(), STAGES, List.of(at("3"), at("2")));
        assertThat(costs).containsExactly(
            new FindingCost(300, 1024L * 1024 * 1024, "stages 4"),
            // the write time (5,000 ms) is no byte metric
            new FindingCost(400, 2048, "stages 3, 4"));
    }

    @Test
    void withoutAnOperatorInAKnownStageTheWholeExecutionCounts() {
        PhysicalPlan plan = plan();
        Finding sql = new Finding("r", Severity.INFO, "m", new Location(0, 4, 1, 1, 1, 5, null), List.of(), null);
        List<FindingCost> costs = FindingCosts.of(plan, STAGES, List.of(at("1"), at("99"), at("x"), sql));
        // operator 1 ran in stage 8, of which no summary is known: its bytes still count
        assertThat(costs).containsExactly(new FindingCost(407, 800, "execution"), new FindingCost(407, 0, "execution"),
            new FindingCost(407, 0, "execution"), new FindingCost(407, 0, "execution"));
        assertThat(FindingCosts.of(null, List.of(stage(1, 0, 5), stage(1, 2, 9)), List.of(at("3"))))
            .containsExactly(new FindingCost(9, 0, "execution"));
        assertThat(FindingCosts.of(plan, List.of(), List.of())).isEmpty();
    }
}
