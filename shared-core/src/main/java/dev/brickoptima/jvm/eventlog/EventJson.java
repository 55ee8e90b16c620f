package dev.brickoptima.jvm.eventlog;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.core.eventlog.PlanInfo;
import dev.brickoptima.core.eventlog.PlanMetric;
import dev.brickoptima.core.eventlog.RecordedFinding;
import dev.brickoptima.core.eventlog.SparkEvent;
import dev.brickoptima.core.eventlog.StageInfo;
import dev.brickoptima.core.eventlog.TaskMetrics;

/**
 * Maps one event log line (Spark's {@code JsonProtocol} JSON) onto a {@link SparkEvent}, or null for events the replay
 * does not use. The event type is read first and other events are skipped unparsed; task start and end events, most of
 * any log, are read with Jackson's streaming parser field by field, the rare large ones (SQL plans) as trees.
 * Field names are those of Spark 3.x and 4.x (the same; newer fields are ignored). Thread-safe.
 */
public final class EventJson {
    /** The event name BrickOptima's listener writes (its event class). */
    public static final String RECORDED_FINDINGS_EVENT = "dev.brickoptima.spark.FindingsEvent";
    private static final String SQL_UI = "org.apache.spark.sql.execution.ui.";

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public EventJson() {
        // plan trees nest two JSON levels per operator; Jackson's default depth limit is too low for deep plans
        factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                .maxStringLength(Integer.MAX_VALUE).build())
            .build();
        mapper = new ObjectMapper(factory);
    }

    /** The event in {@code line[off, off+len)}; null for events that do not matter; IOException for broken JSON. */
    public SparkEvent parse(byte[] line, int off, int len) throws IOException {
        String type;
        try (JsonParser p = factory.createParser(line, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            type = null;
            if (p.nextToken() == JsonToken.FIELD_NAME && "Event".equals(p.currentName())) {
                p.nextToken();
                type = p.getValueAsString();
                if (!relevant(type)) return null;
                if ("SparkListenerTaskEnd".equals(type)) return taskEnd(p);
                if ("SparkListenerTaskStart".equals(type)) return taskStart(p);
            }
        }
        JsonNode tree = mapper.readTree(factory.createParser(line, off, len));
        if (tree == null || !tree.isObject()) throw new IOException("not a JSON object");
        if (type == null) {
            type = tree.path("Event").asText(null);
            if (type == null) throw new IOException("no \"Event\" field");
            if (!relevant(type)) return null;
        }
        return fromTree(type, tree);
    }

    private static boolean relevant(String type) {
        if (type == null) return false;
        switch (type) {
            case "SparkListenerTaskEnd":
            case "SparkListenerTaskStart":
            case "SparkListenerStageSubmitted":
            case "SparkListenerStageCompleted":
            case "SparkListenerJobStart":
            case "SparkListenerJobEnd":
            case "SparkListenerLogStart":
            case "SparkListenerApplicationStart":
            case RECORDED_FINDINGS_EVENT:
                return true;
            default:
                return type.startsWith(SQL_UI);
        }
    }

    private SparkEvent fromTree(String type, JsonNode e) throws IOException {
        switch (type) {
            case "SparkListenerTaskStart":
            case "SparkListenerTaskEnd":
                // written with other fields before "Event" (not by Spark): parse the line as a stream again
                try (JsonParser p = mapper.treeAsTokens(e)) {
                    p.nextToken();
                    return "SparkListenerTaskEnd".equals(type) ? taskEnd(p) : taskStart(p);
                }
            case "SparkListenerLogStart":
                return new SparkEvent.LogStart(e.path("Spark Version").asText(""));
            case "SparkListenerApplicationStart":
                return new SparkEvent.ApplicationStart(text(e, "App ID"), text(e, "App Attempt ID"), text(e, "App Name"),
                    e.path("Timestamp").asLong(-1));
            case "SparkListenerJobStart": {
                List<StageInfo> stages = new ArrayList<>();
                for (JsonNode s : e.path("Stage Infos")) stages.add(stageInfo(s));
                if (stages.isEmpty()) {
                    for (JsonNode id : e.path("Stage IDs")) stages.add(new StageInfo(id.asInt(), 0, "", 0, -1, -1, null));
                }
                String exec = text(e.path("Properties"), "spark.sql.execution.id");
                long executionId = -1;
                if (exec != null) {
                    try {
                        executionId = Long.parseLong(exec.trim());
                    } catch (NumberFormatException ignored) {
                        // not a SQL job after all
                    }
                }
                return new SparkEvent.JobStart(e.path("Job ID").asInt(), stages, executionId);
            }
            case "SparkListenerJobEnd":
                return new SparkEvent.JobEnd(e.path("Job ID").asInt(),
                    "JobSucceeded".equals(e.path("Job Result").path("Result").asText("")));
            case "SparkListenerStageSubmitted":
                return new SparkEvent.StageSubmitted(stageInfo(e.path("Stage Info")));
            case "SparkListenerStageCompleted":
                return new SparkEvent.StageCompleted(stageInfo(e.path("Stage Info")));
            case SQL_UI + "SparkListenerSQLExecutionStart":
                return new SparkEvent.SqlExecutionStart(e.path("executionId").asLong(),
                    e.path("rootExecutionId").isNumber() ? e.path("rootExecutionId").asLong() : -1,
                    e.path("description").asText(""), e.path("physicalPlanDescription").asText(""),
                    planInfo(e.path("sparkPlanInfo")), e.path("time").asLong(-1));
            case SQL_UI + "SparkListenerSQLAdaptiveExecutionUpdate":
                return new SparkEvent.SqlPlanUpdate(e.path("executionId").asLong(),
                    e.path("physicalPlanDescription").asText(""), planInfo(e.path("sparkPlanInfo")));
            case SQL_UI + "SparkListenerSQLAdaptiveSQLMetricUpdates": {
                List<PlanMetric> metrics = new ArrayList<>();
                for (JsonNode m : e.path("sqlPlanMetrics")) metrics.add(metric(m));
                return new SparkEvent.SqlMetricsAdded(e.path("executionId").asLong(), metrics);
            }
            case SQL_UI + "SparkListenerDriverAccumUpdates": {
                JsonNode updates = e.path("accumUpdates");
                long[] ids = new long[updates.size()];
                long[] values = new long[updates.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = updates.get(i).path(0).asLong();
                    values[i] = updates.get(i).path(1).asLong();
                }
                return new SparkEvent.DriverAccumUpdates(e.path("executionId").asLong(), ids, values);
            }
            case SQL_UI + "SparkListenerSQLExecutionEnd":
                return new SparkEvent.SqlExecutionEnd(e.path("executionId").asLong(), e.path("time").asLong(-1),
                    e.has("errorMessage") && !e.get("errorMessage").isNull() ? e.get("errorMessage").asText() : null);
            case RECORDED_FINDINGS_EVENT: {
                List<RecordedFinding> findings = new ArrayList<>();
                for (JsonNode f : e.path("findings")) {
                    findings.add(new RecordedFinding(f.path("ruleId").asText(""), f.path("severity").asText(""),
                        f.path("operatorId").asText(""), f.path("message").asText("")));
                }
                return new SparkEvent.RecordedFindings(e.path("executionId").asLong(), findings);
            }
            default:
                return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static StageInfo stageInfo(JsonNode s) {
        return new StageInfo(s.path("Stage ID").asInt(), s.path("Stage Attempt ID").asInt(0), s.path("Stage Name").asText(""),
            s.path("Number of Tasks").asInt(0), s.path("Submission Time").asLong(-1), s.path("Completion Time").asLong(-1),
            text(s, "Failure Reason"));
    }

    private static PlanMetric metric(JsonNode m) {
        return new PlanMetric(m.path("name").asText(""), m.path("accumulatorId").asLong(), m.path("metricType").asText(""));
    }

    /** The plan info tree, built bottom-up without recursion (plans can be thousands of operators deep). */
    private static PlanInfo planInfo(JsonNode root) {
        if (root == null || !root.isObject()) return null;
        Deque<JsonNode> order = new ArrayDeque<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            order.push(n);
            for (JsonNode c : n.path("children")) todo.push(c);
        }
        java.util.IdentityHashMap<JsonNode, PlanInfo> built = new java.util.IdentityHashMap<>();
        while (!order.isEmpty()) {
            JsonNode n = order.pop();
            List<PlanInfo> children = new ArrayList<>();
            for (JsonNode c : n.path("children")) children.add(built.get(c));
            List<PlanMetric> metrics = new ArrayList<>();
            for (JsonNode m : n.path("metrics")) metrics.add(metric(m));
            built.put(n, new PlanInfo(n.path("nodeName").asText(""), n.path("simpleString").asText(""), children, metrics));
        }
        return built.get(root);
    }

    // ---- streaming task events ----

    private static SparkEvent taskStart(JsonParser p) throws IOException {
        int stageId = -1;
        int attempt = 0;
        long taskId = -1;
        int index = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "Stage ID" -> stageId = p.getValueAsInt(-1);
                case "Stage Attempt ID" -> attempt = p.getValueAsInt(0);
                case "Task Info" -> {
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        p.nextToken();
                        if ("Task ID".equals(g)) taskId = p.getValueAsLong(-1);
                        else if ("Index".equals(g)) index = p.getValueAsInt(-1);
                        else p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new SparkEvent.TaskStart(stageId, attempt, taskId, index);
    }

    private static SparkEvent taskEnd(JsonParser p) throws IOException {
        int stageId = -1;
        int attempt = 0;
        String reason = "";
        TaskInfoFields info = new TaskInfoFields();
        TaskMetrics metrics = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "Stage ID" -> stageId = p.getValueAsInt(-1);
                case "Stage Attempt ID" -> attempt = p.getValueAsInt(0);
                case "Task End Reason" -> reason = reason(p, t);
                case "Task Info" -> info.read(p, t);
                case "Task Metrics" -> metrics = t == JsonToken.START_OBJECT ? taskMetrics(p) : skip(p);
                default -> p.skipChildren();
            }
        }
        boolean successful = info.finishTime != 0 && !info.failed && !info.killed;
        return new SparkEvent.TaskEnd(stageId, attempt, info.taskId, info.index, successful, "Resubmitted".equals(reason),
            info.launchTime, info.finishTime, metrics, info.ids(), info.updates());
    }

    private static TaskMetrics skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static String reason(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return "";
        }
        String reason = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String g = p.currentName();
            p.nextToken();
            if ("Reason".equals(g)) reason = p.getValueAsString("");
            else p.skipChildren();
        }
        return reason;
    }

    /** The fields of "Task Info" a task end needs, SQL accumulator updates included. */
    private static final class TaskInfoFields {
        long taskId = -1;
        int index = -1;
        long launchTime = -1;
        long finishTime;
        boolean failed;
        boolean killed;
        long[] ids = new long[16];
        long[] updates = new long[16];
        int n;

        void read(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String g = p.currentName();
                JsonToken v = p.nextToken();
                switch (g) {
                    case "Task ID" -> taskId = p.getValueAsLong(-1);
                    case "Index" -> index = p.getValueAsInt(-1);
                    case "Launch Time" -> launchTime = p.getValueAsLong(-1);
                    case "Finish Time" -> finishTime = p.getValueAsLong(0);
                    case "Failed" -> failed = p.getValueAsBoolean(false);
                    case "Killed" -> killed = p.getValueAsBoolean(false);
                    case "Accumulables" -> {
                        if (v == JsonToken.START_ARRAY) accumulables(p);
                        else p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
        }

        /** SQL metric updates: named, not Spark's internal task metrics, with a whole-number update. */
        private void accumulables(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long id = -1;
                long update = 0;
                boolean hasUpdate = false;
                boolean internal = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (g) {
                        case "ID" -> id = p.getValueAsLong(-1);
                        case "Name" -> internal = String.valueOf(p.getValueAsString()).startsWith("internal.metrics.");
                        case "Update" -> {
                            if (v == JsonToken.VALUE_NUMBER_INT) {
                                update = p.getLongValue();
                                hasUpdate = true;
                            } else if (v == JsonToken.VALUE_STRING) {
                                try {
                                    update = Long.parseLong(p.getText().trim());
                                    hasUpdate = true;
                                } catch (NumberFormatException notAWholeNumber) {
                                    // a user accumulator of another type: never a SQL metric
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                if (hasUpdate && !internal && id >= 0) {
                    if (n == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, n * 2);
                        updates = java.util.Arrays.copyOf(updates, n * 2);
                    }
                    ids[n] = id;
                    updates[n] = update;
                    n++;
                }
            }
        }

        long[] ids() {
            return java.util.Arrays.copyOf(ids, n);
        }

        long[] updates() {
            return java.util.Arrays.copyOf(updates, n);
        }
    }

    private static TaskMetrics taskMetrics(JsonParser p) throws IOException {
        long deser = -1;
        long run = 0;
        long memSpill = 0;
        long diskSpill = 0;
        long inBytes = 0;
        long inRecords = 0;
        long shuffleRead = 0;
        long shuffleRecords = 0;
        long writeBytes = 0;
        long writeRecords = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "Executor Deserialize Time" -> deser = p.getValueAsLong(0);
                case "Executor Run Time" -> run = p.getValueAsLong(0);
                case "Memory Bytes Spilled" -> memSpill = p.getValueAsLong(0);
                case "Disk Bytes Spilled" -> diskSpill = p.getValueAsLong(0);
                case "Input Metrics", "Shuffle Read Metrics", "Shuffle Write Metrics" -> {
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String g = p.currentName();
                        p.nextToken();
                        switch (f + "/" + g) {
                            case "Input Metrics/Bytes Read" -> inBytes = p.getValueAsLong(0);
                            case "Input Metrics/Records Read" -> inRecords = p.getValueAsLong(0);
                            case "Shuffle Read Metrics/Remote Bytes Read", "Shuffle Read Metrics/Local Bytes Read" ->
                                shuffleRead += p.getValueAsLong(0);
                            case "Shuffle Read Metrics/Total Records Read" -> shuffleRecords = p.getValueAsLong(0);
                            case "Shuffle Write Metrics/Shuffle Bytes Written" -> writeBytes = p.getValueAsLong(0);
                            case "Shuffle Write Metrics/Shuffle Records Written" -> writeRecords = p.getValueAsLong(0);
                            default -> p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new TaskMetrics(deser < 0 ? 0 : deser, run, memSpill, diskSpill, inBytes, inRecords, shuffleRead,
            shuffleRecords, writeBytes, writeRecords);
    }
}
