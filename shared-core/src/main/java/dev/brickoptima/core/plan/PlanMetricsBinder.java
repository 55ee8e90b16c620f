package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Attaches the metrics of a REST SQL execution to the operators of its parsed {@code planDescription}.
 * <p>
 * The REST {@code nodeId} is not the formatted plan's {@code (N)}: the graph numbers nodes in pre-order, with
 * {@code WholeStageCodegen (k)} cluster nodes interleaved, and it has no node for AQE query stages
 * ({@code ShuffleQueryStage}, {@code BroadcastQueryStage}) nor for the initial plan. So both sides are flattened to
 * pre-order lists (REST: sorted by nodeId without codegen clusters; plan: the operators that ran, without query
 * stages) and aligned by node kind, greedily with a small look-ahead so an operator present on one side only
 * (a ReusedExchange, a subquery) does not shift the rest. Linear in the number of nodes.
 */
public final class PlanMetricsBinder {
    private static final int LOOKAHEAD = 16;

    private PlanMetricsBinder() {
    }

    /** Parses the execution's planDescription and binds its metrics; throws {@link PlanParseException} on bad text. */
    public static PhysicalPlan bind(SqlExecution execution) {
        PhysicalPlan plan = PlanTextParser.parse(execution.planDescription());
        attach(plan, execution);
        return plan;
    }

    /** Binds metrics onto an already parsed plan; returns how many REST nodes were matched to an operator. */
    public static int attach(PhysicalPlan plan, SqlExecution execution) {
        plan.setExecution(execution);
        List<SqlExecutionNode> rest = new ArrayList<>();
        for (SqlExecutionNode n : execution.nodes()) {
            String name = n.nodeName() == null ? "" : n.nodeName();
            if (name.startsWith("WholeStageCodegen")) {
                int id = codegenId(name);
                String d = n.metric("duration");
                MetricValue v = d == null ? null : MetricValue.parse(d);
                if (id >= 0 && v != null) plan.putCodegenDuration(id, v);
            } else {
                rest.add(n);
            }
        }
        rest.sort(Comparator.comparingLong(SqlExecutionNode::nodeId));
        List<PlanOperator> ops = new ArrayList<>();
        for (PlanOperator op : plan.activeOperators()) if (!op.kind().endsWith("QueryStage")) ops.add(op);

        int i = 0;
        int j = 0;
        int bound = 0;
        while (i < ops.size() && j < rest.size()) {
            if (sameKind(ops.get(i), rest.get(j))) {
                bindOne(ops.get(i), rest.get(j));
                bound++;
                i++;
                j++;
                continue;
            }
            int skipRest = -1;
            for (int k = 1; k <= LOOKAHEAD && j + k < rest.size(); k++) {
                if (sameKind(ops.get(i), rest.get(j + k))) {
                    skipRest = k;
                    break;
                }
            }
            int skipOps = -1;
            for (int k = 1; k <= LOOKAHEAD && i + k < ops.size(); k++) {
                if (sameKind(ops.get(i + k), rest.get(j))) {
                    skipOps = k;
                    break;
                }
            }
            if (skipRest < 0 && skipOps < 0) {
                i++;
                j++;
            } else if (skipOps < 0 || (skipRest >= 0 && skipRest <= skipOps)) {
                j += skipRest;
            } else {
                i += skipOps;
            }
        }
        return bound;
    }

    private static void bindOne(PlanOperator op, SqlExecutionNode node) {
        op.setRestNodeId(node.nodeId());
        for (SqlMetric m : node.metrics()) {
            MetricValue v = MetricValue.parse(m.value());
            if (v != null) op.putMetric(m.name(), v);
        }
        if (op.codegenStageId() <= 0 && node.wholeStageCodegenId() >= 0) op.setCodegenStageId(node.wholeStageCodegenId());
    }

    private static boolean sameKind(PlanOperator op, SqlExecutionNode node) {
        String k = kindOf(node.nodeName());
        String ok = op.kind();
        if (k.equals(ok)) return true;
        // Spark 2.x/3.0 REST names scans "Scan parquet db.t" while classic trees say "FileScan parquet db.t"
        return op.isScan() && (k.equals("Scan") || k.equals("FileScan"));
    }

    static String kindOf(String name) {
        if (name == null) return "";
        int i = 0;
        while (i < name.length() && (Character.isLetterOrDigit(name.charAt(i)) || name.charAt(i) == '_')) i++;
        return name.substring(0, i);
    }

    private static int codegenId(String name) {
        int l = name.indexOf('(');
        int r = name.indexOf(')', l + 1);
        if (l < 0 || r < 0) return -1;
        String d = name.substring(l + 1, r).trim();
        if (d.isEmpty() || d.length() > 9) return -1;
        for (int k = 0; k < d.length(); k++) if (!Character.isDigit(d.charAt(k))) return -1;
        return Integer.parseInt(d);
    }
}
