package dev.brickoptima.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test-only mapping of Spark REST JSON (the real samples) onto the pure model, with Jackson. */
public final class RestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String SAMPLES = "/samples/spark-3.5.6/";
    /** Captures from the project's own Spark fixture application (see its SOURCE.md). */
    public static final String FIXTURE_SAMPLES = "/samples/spark-3.5.6-fixture/";

    private RestJson() {
    }

    public static JsonNode read(String resource) throws IOException {
        try (InputStream in = RestJson.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            return MAPPER.readTree(in);
        }
    }

    public static List<SqlExecution> executions() throws IOException {
        List<SqlExecution> out = new ArrayList<>();
        for (JsonNode e : read(SAMPLES + "sql_details.json")) out.add(execution(e));
        return out;
    }

    public static SqlExecution execution(long id) throws IOException {
        for (SqlExecution e : executions()) if (e.id() == id) return e;
        throw new IllegalArgumentException("no execution " + id);
    }

    /** An execution captured from the Spark fixture application ({@link #FIXTURE_SAMPLES}). */
    public static SqlExecution fixtureExecution(long id) throws IOException {
        for (JsonNode e : read(FIXTURE_SAMPLES + "sql_details.json")) if (e.path("id").asLong() == id) return execution(e);
        throw new IllegalArgumentException("no fixture execution " + id);
    }

    /** A text resource, e.g. a captured EXPLAIN output. */
    public static String text(String resource) throws IOException {
        try (InputStream in = RestJson.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static List<StageSummary> stages() throws IOException {
        List<StageSummary> out = new ArrayList<>();
        for (JsonNode s : read(SAMPLES + "stages_details_summaries.json")) out.add(stage(s));
        return out;
    }

    public static SqlExecution execution(JsonNode e) {
        List<SqlExecutionNode> nodes = new ArrayList<>();
        for (JsonNode n : e.path("nodes")) {
            List<SqlMetric> metrics = new ArrayList<>();
            for (JsonNode m : n.path("metrics")) metrics.add(new SqlMetric(m.path("name").asText(), m.path("value").asText()));
            nodes.add(new SqlExecutionNode(n.path("nodeId").asLong(), n.path("nodeName").asText(),
                n.has("wholeStageCodegenId") ? n.path("wholeStageCodegenId").asInt() : -1, metrics));
        }
        List<SqlExecutionEdge> edges = new ArrayList<>();
        for (JsonNode ed : e.path("edges")) edges.add(new SqlExecutionEdge(ed.path("fromId").asLong(), ed.path("toId").asLong()));
        return new SqlExecution(e.path("id").asLong(), e.path("status").asText(), e.path("description").asText(),
            e.path("planDescription").asText(), e.has("duration") ? e.path("duration").asLong() : -1, nodes, edges);
    }

    public static StageSummary stage(JsonNode s) {
        StageSummary.Builder b = StageSummary.builder(s.path("stageId").asInt())
            .attemptId(s.path("attemptId").asInt()).status(s.path("status").asText()).name(s.path("name").asText())
            .numTasks(s.path("numTasks").asInt()).executorRunTimeMs(s.path("executorRunTime").asLong())
            .memoryBytesSpilled(s.path("memoryBytesSpilled").asLong()).diskBytesSpilled(s.path("diskBytesSpilled").asLong())
            .inputBytes(s.path("inputBytes").asLong()).inputRecords(s.path("inputRecords").asLong())
            .shuffleReadBytes(s.path("shuffleReadBytes").asLong()).shuffleReadRecords(s.path("shuffleReadRecords").asLong())
            .shuffleWriteBytes(s.path("shuffleWriteBytes").asLong());
        JsonNode d = s.path("taskMetricsDistributions");
        if (d.isObject()) {
            b.quantiles(doubles(d.path("quantiles")));
            flatten(b, "", d);
        }
        return b.build();
    }

    private static void flatten(StageSummary.Builder b, String prefix, JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("quantiles")) continue;
            String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            if (f.getValue().isArray()) b.distribution(path, doubles(f.getValue()));
            else if (f.getValue().isObject()) flatten(b, path, f.getValue());
        }
    }

    private static double[] doubles(JsonNode arr) {
        double[] v = new double[arr.size()];
        for (int i = 0; i < v.length; i++) v[i] = arr.get(i).asDouble();
        return v;
    }
}
