package dev.brickoptima.core.pg;

import dev.brickoptima.core.json.JsonParseException;
import dev.brickoptima.core.json.JsonReader;
import dev.brickoptima.core.json.JsonValue;
import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code EXPLAIN (FORMAT JSON)} output, with or without ANALYZE, BUFFERS, SETTINGS, VERBOSE: the array
 * PostgreSQL prints ({@code [{"Plan": {...}, "Planning Time": ...}]}) or its one object. Node positions are those of
 * each node's "Node Type" member, so a host can highlight the node.
 */
final class PgJsonPlanReader {
    /** PostgreSQL nests two JSON levels per plan node; the bound keeps hostile input from exhausting the stack. */
    static final int MAX_DEPTH = 600;

    private PgJsonPlanReader() {
    }

    /** Reads the JSON in {@code text[from, to)} (psql decoration already blanked out). */
    static PgPlan read(String text, int from, int to) {
        JsonValue root;
        try {
            root = JsonReader.parse(text, from, to, MAX_DEPTH);
        } catch (JsonParseException e) {
            throw new PlanParseException("malformed EXPLAIN JSON: " + stripPosition(e.getMessage()), e.line(), e.column());
        }
        JsonValue statement = root;
        if (root.isArray()) {
            if (root.items().isEmpty()) throw error(text, root, "the EXPLAIN JSON array is empty");
            if (root.items().size() > 1) {
                throw error(text, root.items().get(1), "the JSON holds " + root.items().size() + " plans; give one EXPLAIN output per input");
            }
            statement = root.items().get(0);
        }
        if (!statement.isObject() || statement.get("Plan") == null || !statement.get("Plan").isObject()) {
            throw error(text, statement, "not EXPLAIN (FORMAT JSON) output: no \"Plan\" object");
        }
        int[] nextId = {1};
        PgPlanNode rootNode = node(text, statement.get("Plan"), nextId);
        Map<String, Object> stmt = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> m : statement.members().entrySet()) {
            Object v = scalar(m.getValue());
            if (v != null) stmt.put(m.getKey(), v);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        JsonValue s = statement.get("Settings");
        if (s != null) for (Map.Entry<String, JsonValue> m : s.members().entrySet()) {
            if (m.getValue().scalarText() != null) settings.put(m.getKey(), m.getValue().scalarText());
        }
        return new PgPlan(text, PgPlan.Format.JSON, rootNode, stmt, settings, jit(statement.get("JIT")));
    }

    /** One node and its subtree; iterative over children would need the ids in pre-order anyway, depth is bounded. */
    private static PgPlanNode node(String text, JsonValue json, int[] nextId) {
        if (!json.isObject()) throw error(text, json, "a plan node must be a JSON object");
        JsonValue type = json.get("Node Type");
        if (type == null || !type.isString()) throw error(text, json, "plan node without a \"Node Type\"");
        PgPlanNode n = new PgPlanNode(nextId[0]++);
        int start = type.keyStart() >= 0 ? type.keyStart() : json.start();
        n.setPosition(start, type.end());
        for (Map.Entry<String, JsonValue> m : json.members().entrySet()) {
            if (m.getKey().equals("Plans") || m.getKey().equals("Workers")) continue;
            n.put(m.getKey(), value(m.getValue()));
        }
        JsonValue plans = json.get("Plans");
        if (plans != null) {
            if (!plans.isArray()) throw error(text, plans, "\"Plans\" must be an array");
            for (JsonValue child : plans.items()) n.addChild(node(text, child, nextId));
        }
        return n;
    }

    private static Object value(JsonValue v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonValue i : v.items()) if (i.scalarText() != null) items.add(i.scalarText());
            return items;
        }
        return scalar(v);
    }

    private static Object scalar(JsonValue v) {
        switch (v.kind()) {
            case STRING: return v.string();
            case NUMBER: return v.number();
            case BOOLEAN: return v.bool();
            default: return null;
        }
    }

    private static PgJit jit(JsonValue j) {
        if (j == null || !j.isObject()) return null;
        JsonValue timing = j.get("Timing");
        JsonValue options = j.get("Options");
        return new PgJit(num(j.get("Functions")), timingPart(timing, "Generation"), timingPart(timing, "Inlining"),
            timingPart(timing, "Optimization"), timingPart(timing, "Emission"), timingPart(timing, "Total"),
            options != null && options.get("Inlining") != null && options.get("Inlining").bool(),
            options != null && options.get("Optimization") != null && options.get("Optimization").bool());
    }

    /** PostgreSQL 17 splits Generation into {"Deform": .., "Total": ..}; earlier versions print a number. */
    private static double timingPart(JsonValue timing, String key) {
        if (timing == null) return Double.NaN;
        JsonValue v = timing.get(key);
        if (v != null && v.isObject()) return num(v.get("Total"));
        return num(v);
    }

    private static double num(JsonValue v) {
        return v != null && v.isNumber() ? v.number() : Double.NaN;
    }

    private static PlanParseException error(String text, JsonValue at, String message) {
        LineIndex lines = new LineIndex(text);
        return new PlanParseException(message, lines.line(at.start()), lines.column(at.start()));
    }

    private static String stripPosition(String m) {
        int i = m.lastIndexOf(" at line ");
        return i > 0 ? m.substring(0, i) : m;
    }
}
