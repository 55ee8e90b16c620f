package dev.brickoptima.core.plan;

import java.util.List;

/**
 * One SQL execution as the Spark REST API returns it from
 * {@code /api/v1/applications/<app>/sql?details=true&planDescription=true}. Plain data: the JVM layer maps Jackson
 * JSON onto it, the browser maps JSO objects; {@code durationMs} is -1 when absent.
 */
public record SqlExecution(long id, String status, String description, String planDescription, long durationMs,
                           List<SqlExecutionNode> nodes, List<SqlExecutionEdge> edges) {
    public SqlExecution {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }
}
