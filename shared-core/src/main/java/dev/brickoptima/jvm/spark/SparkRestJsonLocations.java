package dev.brickoptima.jvm.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.brickoptima.core.finding.Location;

/**
 * Where each SQL execution object and each of its {@code nodes} objects sits in a Spark REST JSON text, so findings
 * on a JSON dump point at the operator's node in the file rather than at a line of the plan string embedded in it.
 * One streaming pass; text that does not read as JSON gives no locations (never an exception).
 */
public final class SparkRestJsonLocations {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<Long, Location> executions = new HashMap<>();
    private final Map<Long, Map<Long, Location>> nodes = new HashMap<>();

    private SparkRestJsonLocations() {
    }

    public static SparkRestJsonLocations of(String json) {
        SparkRestJsonLocations out = new SparkRestJsonLocations();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                out.execution(p);
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT) out.execution(p);
                    else p.skipChildren();
                }
            }
        } catch (IOException e) {
            // not JSON after all: the caller reports that; findings keep operator-only locations
        }
        return out;
    }

    /** The execution object's span, or null. */
    public Location execution(long id, String operatorId) {
        Location l = executions.get(id);
        return l == null ? null : l.withOperator(operatorId);
    }

    /** The span of the node object with this {@code nodeId} in execution {@code id}, or null. */
    public Location node(long executionId, long nodeId, String operatorId) {
        Map<Long, Location> byNode = nodes.get(executionId);
        Location l = byNode == null ? null : byNode.get(nodeId);
        return l == null ? null : l.withOperator(operatorId);
    }

    private void execution(JsonParser p) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        long id = Long.MIN_VALUE;
        Map<Long, Location> found = new HashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            t = p.nextToken();
            if ("id".equals(name) && t.isNumeric()) {
                id = p.getLongValue();
            } else if ("nodes".equals(name) && t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT) node(p, found);
                    else p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
        if (id != Long.MIN_VALUE) {
            executions.put(id, span(start, p.currentLocation()));
            nodes.put(id, found);
        }
    }

    private void node(JsonParser p, Map<Long, Location> found) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        long nodeId = Long.MIN_VALUE;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if ("nodeId".equals(name) && t.isNumeric()) nodeId = p.getLongValue();
            else p.skipChildren();
        }
        if (nodeId != Long.MIN_VALUE) found.put(nodeId, span(start, p.currentLocation()));
    }

    private static Location span(JsonLocation start, JsonLocation end) {
        int s = (int) start.getCharOffset();
        int e = (int) end.getCharOffset();
        return new Location(s, Math.max(s, e), start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr(), null);
    }
}
