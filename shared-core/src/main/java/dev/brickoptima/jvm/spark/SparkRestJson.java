package dev.brickoptima.jvm.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionEdge;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import dev.brickoptima.core.plan.StageSummary;

/**
 * Maps Spark REST JSON (applications, SQL executions, stages with task summaries) onto the engine's plain model.
 * Used by {@link SparkRestClient} and for REST JSON dumps saved to files. Missing fields get neutral defaults so
 * answers of other Spark 3.x versions still map; a wrong shape throws {@link IllegalArgumentException}.
 */
public final class SparkRestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkRestJson() {
    }

    /** Parses JSON text; malformed JSON throws {@link JsonProcessingException} with its line and column. */
    public static JsonNode read(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    public static List<SparkApplication> applications(JsonNode array) {
        List<SparkApplication> out = new ArrayList<>();
        for (JsonNode app : requireArray(array, "applications")) {
            List<String> attempts = new ArrayList<>();
            boolean completed = false;
            String version = "";
            for (JsonNode a : app.path("attempts")) {
                attempts.add(a.path("attemptId").asText(""));
                if (attempts.size() == 1) {
                    completed = a.path("completed").asBoolean(false);
                    version = a.path("appSparkVersion").asText("");
                }
            }
            out.add(new SparkApplication(requireText(app, "id"), app.path("name").asText(""), attempts, completed, version));
        }
        return out;
    }

    /** One execution object, or an array of them (the {@code /sql} list). */
    public static List<SqlExecution> executions(JsonNode json) {
        List<SqlExecution> out = new ArrayList<>();
        if (json != null && json.isObject()) {
            out.add(execution(json));
            return out;
        }
        for (JsonNode e : requireArray(json, "SQL executions")) {
            out.add(execution(e));
        }
        return out;
    }

    public static SqlExecution execution(JsonNode e) {
        if (e == null || !e.isObject() || !e.has("id")) {
            throw new IllegalArgumentException("a SQL execution must be an object with an 'id'");
        }
        List<SqlExecutionNode> nodes = new ArrayList<>();
        for (JsonNode n : e.path("nodes")) {
            List<SqlMetric> metrics = new ArrayList<>();
            for (JsonNode m : n.path("metrics")) {
                metrics.add(new SqlMetric(m.path("name").asText(""), m.path("value").asText("")));
            }
            nodes.add(new SqlExecutionNode(n.path("nodeId").asLong(-1), n.path("nodeName").asText(""),
                n.path("wholeStageCodegenId").asInt(-1), metrics));
        }
        List<SqlExecutionEdge> edges = new ArrayList<>();
        for (JsonNode edge : e.path("edges")) {
            edges.add(new SqlExecutionEdge(edge.path("fromId").asLong(-1), edge.path("toId").asLong(-1)));
        }
        return new SqlExecution(e.path("id").asLong(), e.path("status").asText(""), e.path("description").asText(""),
            e.path("planDescription").asText(""), e.path("duration").asLong(-1), nodes, edges);
    }

    /**
     * The {@code sparkProperties} of an {@code /environment} answer ({@code [["key", "value"], ...]}) as a map; empty
     * when absent. A wrong shape throws {@link IllegalArgumentException}.
     */
    public static Map<String, String> sparkProperties(JsonNode environment) {
        if (environment == null || !environment.isObject()) {
            throw new IllegalArgumentException("expected the JSON object of /environment with 'sparkProperties'");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (JsonNode pair : environment.path("sparkProperties")) {
            if (pair.isArray() && pair.size() == 2) {
                out.put(pair.get(0).asText(), pair.get(1).asText());
            }
        }
        return out;
    }

    /** Job ids (succeeded, failed, running) of each execution in a {@code /sql} list or of one execution object. */
    public static Map<Long, List<Integer>> executionJobIds(JsonNode json) {
        Map<Long, List<Integer>> out = new java.util.LinkedHashMap<>();
        List<JsonNode> executions = new ArrayList<>();
        if (json != null && json.isObject()) {
            executions.add(json);
        } else {
            requireArray(json, "SQL executions").forEach(executions::add);
        }
        for (JsonNode e : executions) {
            List<Integer> jobs = new ArrayList<>();
            for (String field : new String[] {"successJobIds", "failedJobIds", "runningJobIds"}) {
                for (JsonNode id : e.path(field)) {
                    jobs.add(id.asInt());
                }
            }
            out.put(e.path("id").asLong(-1), jobs);
        }
        return out;
    }

    /** Stage ids of each job in a {@code /jobs} list. */
    public static Map<Integer, List<Integer>> jobStageIds(JsonNode json) {
        Map<Integer, List<Integer>> out = new java.util.LinkedHashMap<>();
        for (JsonNode job : requireArray(json, "jobs")) {
            List<Integer> stages = new ArrayList<>();
            for (JsonNode id : job.path("stageIds")) {
                stages.add(id.asInt());
            }
            out.put(job.path("jobId").asInt(-1), stages);
        }
        return out;
    }

    /** The {@code /stages} list, or one stage's attempts ({@code /stages/N}). */
    public static List<StageSummary> stages(JsonNode array) {
        List<StageSummary> out = new ArrayList<>();
        for (JsonNode s : requireArray(array, "stages")) {
            if (!s.has("stageId")) {
                throw new IllegalArgumentException("a stage must be an object with a 'stageId'");
            }
            StageSummary.Builder b = StageSummary.builder(s.path("stageId").asInt())
                .attemptId(s.path("attemptId").asInt(0))
                .status(s.path("status").asText(""))
                .name(s.path("name").asText(""))
                .numTasks(s.path("numTasks").asInt(0))
                .executorRunTimeMs(count(s, "executorRunTime"))
                .memoryBytesSpilled(count(s, "memoryBytesSpilled"))
                .diskBytesSpilled(count(s, "diskBytesSpilled"))
                .inputBytes(count(s, "inputBytes"))
                .inputRecords(count(s, "inputRecords"))
                .shuffleReadBytes(count(s, "shuffleReadBytes"))
                .shuffleReadRecords(count(s, "shuffleReadRecords"))
                .shuffleWriteBytes(count(s, "shuffleWriteBytes"));
            JsonNode dist = s.path("taskMetricsDistributions");
            if (dist.isObject()) {
                b.quantiles(numbers(dist.path("quantiles")));
                addDistributions(b, "", dist);
            }
            out.add(b.build());
        }
        return out;
    }

    /** Copies every number array under {@code taskMetricsDistributions}, keyed by its dotted path. */
    private static void addDistributions(StageSummary.Builder b, String prefix, JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = prefix + f.getKey();
            if (f.getValue().isArray() && !"quantiles".equals(path)) {
                b.distribution(path, numbers(f.getValue()));
            } else if (f.getValue().isObject()) {
                addDistributions(b, path + ".", f.getValue());
            }
        }
    }

    private static double[] numbers(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            double d = array.get(i).asDouble(Double.NaN);
            // 1e999 reads as infinity: unknown, never an absurd figure in a message
            v[i] = Double.isInfinite(d) ? Double.NaN : d;
        }
        return v;
    }

    /** A non-negative count or total of a stage; 0 (unknown) when absent, negative or beyond a long. */
    private static long count(JsonNode stage, String field) {
        JsonNode v = stage.path(field);
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Math.max(0, v.asLong());
        }
        double d = v.asDouble(0);
        return d >= 0 && d < 9.2e18 ? (long) d : 0;
    }

    private static JsonNode requireArray(JsonNode json, String what) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of " + what + " but got "
                + (json == null ? "nothing" : json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return json;
    }

    private static String requireText(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing '" + field + "' in " + json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }
}
