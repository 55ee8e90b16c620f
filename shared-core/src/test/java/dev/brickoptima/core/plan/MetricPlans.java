package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test plans with runtime metrics: a plan text bound to a REST execution with one node per operator that ran. */
public final class MetricPlans {
    private MetricPlans() {
    }

    /** {@code text} parsed, with the metrics given per operator id (metric name to the string Spark prints). */
    public static PhysicalPlan withMetrics(String text, Map<Integer, Map<String, String>> metrics) {
        PhysicalPlan parsed = PlanTextParser.parse(text);
        List<SqlExecutionNode> nodes = new ArrayList<>();
        long nodeId = 0;
        for (PlanOperator op : parsed.activeOperators()) {
            if (op.kind().endsWith("QueryStage")) continue;
            List<SqlMetric> ms = new ArrayList<>();
            metrics.getOrDefault(op.id(), Map.of()).forEach((k, v) -> ms.add(new SqlMetric(k, v)));
            nodes.add(new SqlExecutionNode(nodeId++, op.name(), op.codegenStageId(), ms));
        }
        return PlanMetricsBinder.bind(new SqlExecution(1, "COMPLETED", "", text, 1000, nodes, List.of()));
    }
}
