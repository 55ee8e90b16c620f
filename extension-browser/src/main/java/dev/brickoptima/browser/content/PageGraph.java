package dev.brickoptima.browser.content;

import dev.brickoptima.core.json.JsonParseException;
import dev.brickoptima.core.json.JsonReader;
import dev.brickoptima.core.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan graph's nodes as an execution page lists them in its hidden {@code #plan-viz-metadata}, in page order
 * (operators and their WholeStageCodegen clusters): Spark 3.5 has one {@code #plan-meta-data-K} element per node, its
 * text the node's description; Spark 4.x one {@code .node-details} JSON object keyed {@code nodeK} / {@code clusterK},
 * each with its {@code desc}. K is the graph node id the REST API calls nodeId. Pure Java, tested on the JVM.
 */
public final class PageGraph {
    /** One node: its graph id and description. */
    public record Node(long id, String name) {
    }

    private PageGraph() {
    }

    /** The id K of an element id {@code plan-meta-data-K}, or -1. */
    public static long idOfMetaElement(String elementId) {
        return elementId != null && elementId.startsWith("plan-meta-data-") ? SparkPage.digits(elementId.substring("plan-meta-data-".length())) : -1;
    }

    /** The nodes of a Spark 4 {@code .node-details} JSON text; empty when it is missing or not that object. */
    public static List<Node> ofNodeDetails(String json) {
        List<Node> out = new ArrayList<>();
        if (json == null || json.isBlank()) return out;
        JsonValue root;
        try {
            root = JsonReader.parse(json);
        } catch (JsonParseException e) {
            return out;
        }
        if (!root.isObject()) return out;
        for (Map.Entry<String, JsonValue> e : root.members().entrySet()) {
            String key = e.getKey();
            long id = key.startsWith("node") ? SparkPage.digits(key.substring(4)) : key.startsWith("cluster") ? SparkPage.digits(key.substring(7)) : -1;
            JsonValue desc = e.getValue().isObject() ? e.getValue().get("desc") : null;
            if (id < 0 || desc == null || !desc.isString()) continue;
            out.add(new Node(id, desc.string().trim()));
        }
        return out;
    }

}
