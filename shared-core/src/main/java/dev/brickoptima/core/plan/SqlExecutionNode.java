package dev.brickoptima.core.plan;

import java.util.List;

/**
 * A node of a REST SQL execution graph. {@code nodeId} is the graph id (pre-order, WholeStageCodegen clusters
 * included), not the {@code (N)} of the formatted plan; {@code wholeStageCodegenId} is -1 when absent.
 */
public record SqlExecutionNode(long nodeId, String nodeName, int wholeStageCodegenId, List<SqlMetric> metrics) {
    public SqlExecutionNode {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** The raw metric string by name, or null. */
    public String metric(String name) {
        for (SqlMetric m : metrics) if (m.name().equals(name)) return m.value();
        return null;
    }
}
