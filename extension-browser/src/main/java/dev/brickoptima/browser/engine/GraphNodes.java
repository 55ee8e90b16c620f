package dev.brickoptima.browser.engine;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.SqlExecutionNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the plan-graph node (the Spark UI's {@code node_K}, K the REST nodeId) of a plan operator {@code (N)} so the
 * page can outline it. Both sides list operators in pre-order; the k-th operator of a kind is taken to be the k-th
 * graph node of that kind (WholeStageCodegen clusters and AQE query stages exist on one side only, so they are
 * left out). Display only: a miss leaves the finding without a graph node, never a wrong analysis.
 * TODO(core): the lead's PlanMetricsBinder already aligns the two lists; when PlanOperator records the REST
 * nodeId it binds, use that instead.
 */
final class GraphNodes {
    private GraphNodes() {
    }

    static Map<String, String> of(PhysicalPlan plan, List<SqlExecutionNode> graph) {
        Map<String, String> out = new HashMap<>();
        if (plan == null || graph == null || graph.isEmpty()) return out;
        List<SqlExecutionNode> nodes = new ArrayList<>();
        for (SqlExecutionNode n : graph) {
            if (n.nodeName() != null && !n.nodeName().startsWith("WholeStageCodegen")) nodes.add(n);
        }
        nodes.sort((a, b) -> Long.compare(a.nodeId(), b.nodeId()));
        Map<String, List<SqlExecutionNode>> byKind = new HashMap<>();
        for (SqlExecutionNode n : nodes) byKind.computeIfAbsent(kind(n.nodeName()), k -> new ArrayList<>()).add(n);
        Map<String, Integer> seen = new HashMap<>();
        for (PlanOperator op : plan.activeOperators()) {
            String k = op.kind();
            if (k.endsWith("QueryStage")) continue;
            int ordinal = seen.merge(k, 1, Integer::sum) - 1;
            List<SqlExecutionNode> same = byKind.get(k);
            if (same == null && op.isScan()) same = byKind.get("Scan");
            if (same != null && ordinal < same.size()) out.put(Integer.toString(op.id()), Long.toString(same.get(ordinal).nodeId()));
        }
        return out;
    }

    static String kind(String name) {
        int i = 0;
        while (i < name.length() && (Character.isLetterOrDigit(name.charAt(i)) || name.charAt(i) == '_')) i++;
        return name.substring(0, i);
    }
}
