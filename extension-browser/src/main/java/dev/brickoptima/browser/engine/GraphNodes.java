package dev.brickoptima.browser.engine;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanMetricsBinder;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.SqlExecutionNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the plan-graph node (the Spark UI's {@code node_K}, K the REST nodeId) of a plan operator {@code (N)} so the
 * page can outline it. The core's {@code PlanMetricsBinder} aligns the two pre-order lists and records the node on
 * each operator it binds ({@link PlanOperator#restNodeId()}); the graph is bound here the same way when the plan came
 * from the page's text. Display only: a miss leaves the finding without a graph node, never a wrong analysis.
 */
final class GraphNodes {
    private GraphNodes() {
    }

    static Map<String, String> of(PhysicalPlan plan, List<SqlExecutionNode> graph) {
        Map<String, String> out = new HashMap<>();
        if (plan == null || graph == null || graph.isEmpty()) return out;
        if (!anyBound(plan)) {
            // plan text read from the page: bind the page's graph (node ids and names, no metrics) like a REST execution
            PlanMetricsBinder.attach(plan, new SqlExecution(-1, "", "", plan.text(), 0, graph, List.of()));
        }
        for (PlanOperator op : plan.activeOperators()) {
            if (op.restNodeId() >= 0) out.put(Integer.toString(op.id()), Long.toString(op.restNodeId()));
        }
        return out;
    }

    private static boolean anyBound(PhysicalPlan plan) {
        for (PlanOperator op : plan.activeOperators()) if (op.restNodeId() >= 0) return true;
        return false;
    }
}
