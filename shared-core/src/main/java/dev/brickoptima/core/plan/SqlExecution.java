package dev.brickoptima.core.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SQL execution as the Spark REST API returns it from
 * {@code /api/v1/applications/<app>/sql?details=true&planDescription=true}. Plain data: the JVM layer maps Jackson
 * JSON onto it, the browser maps JSO objects; {@code durationMs} is -1 when absent. {@code properties} are the Spark
 * configuration values in force for the execution, when the input carries them: the application's environment
 * ({@code /environment}) overlaid with the execution's own "SQL / DataFrame Properties" (its modified configs, shown on
 * the execution page and written to event logs); empty when unknown.
 */
public record SqlExecution(long id, String status, String description, String planDescription, long durationMs,
                           List<SqlExecutionNode> nodes, List<SqlExecutionEdge> edges, Map<String, String> properties) {
    public SqlExecution {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** An execution without configuration values (the REST {@code /sql} answer carries none). */
    public SqlExecution(long id, String status, String description, String planDescription, long durationMs,
                        List<SqlExecutionNode> nodes, List<SqlExecutionEdge> edges) {
        this(id, status, description, planDescription, durationMs, nodes, edges, Map.of());
    }

    /**
     * The same execution with the application's environment ({@code sparkProperties} of {@code /environment}) under
     * its own values: a value the execution set itself (a session {@code SET}) wins over the application's.
     */
    public SqlExecution withEnvironment(Map<String, String> environment) {
        if (environment == null || environment.isEmpty()) return this;
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(properties);
        return new SqlExecution(id, status, description, planDescription, durationMs, nodes, edges, merged);
    }
}
