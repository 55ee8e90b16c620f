package dev.brickoptima.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes a large, realistic event log for the streaming benchmark ({@code scripts/bench-eventlog}): a real plain log's
 * SQL events repeated until the target size, each copy with execution, job, stage, task and accumulator ids shifted so
 * the copies are distinct executions of one application. {@code java EventLogScaler IN.zstd OUT MEGABYTES}.
 */
public final class EventLogScaler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLogScaler() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long target = Long.parseLong(args[2]) * 1024 * 1024;
        List<String> header = new ArrayList<>();
        List<JsonNode> body = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
            dev.brickoptima.jvm.eventlog.EventLogCodec.ZSTD.decode(Files.newInputStream(in)), StandardCharsets.UTF_8))) {
            String line;
            while (true) {
                try {
                    line = r.readLine();
                } catch (IOException cutOff) {
                    break; // the recorded log is in progress: its last block may be cut
                }
                if (line == null) break;
                JsonNode e = JSON.readTree(line);
                String type = e.path("Event").asText();
                if (type.equals("SparkListenerLogStart") || type.equals("SparkListenerApplicationStart")) header.add(line);
                else if (e.has("Job ID") || e.has("Stage ID") || e.has("Stage Info") || e.has("executionId")) body.add(e);
            }
        }
        long written = 0;
        int copy = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String h : header) written += write(w, h);
            while (written < target) {
                for (JsonNode e : body) written += write(w, JSON.writeValueAsString(shift(e.deepCopy(), copy)));
                copy++;
            }
        }
        System.out.println(out + ": " + copy + " copies, " + written / (1024 * 1024) + " MiB");
    }

    private static long write(BufferedWriter w, String line) throws IOException {
        w.write(line);
        w.write('\n');
        return line.length() + 1L;
    }

    /** Shifts every id of copy {@code n} by a large multiple so the copies never collide. */
    private static JsonNode shift(JsonNode node, int n) {
        long off = 1_000_000L * n;
        walk(node, off);
        return node;
    }

    private static void walk(JsonNode node, long off) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<String> keys = new ArrayList<>();
            while (it.hasNext()) keys.add(it.next().getKey());
            for (String k : keys) {
                JsonNode v = o.get(k);
                switch (k) {
                    case "executionId", "rootExecutionId", "accumulatorId", "Job ID", "Stage ID", "Task ID", "ID" -> {
                        if (v.isNumber()) o.put(k, v.asLong() + off);
                    }
                    case "Stage IDs" -> {
                        ArrayNode a = JSON.createArrayNode();
                        for (JsonNode id : v) a.add(id.asLong() + off);
                        o.set(k, a);
                    }
                    case "accumUpdates" -> {
                        for (JsonNode pair : v) ((ArrayNode) pair).set(0, JSON.getNodeFactory().numberNode(pair.get(0).asLong() + off));
                    }
                    case "spark.sql.execution.id" -> o.put(k, String.valueOf(Long.parseLong(v.asText()) + off));
                    default -> walk(v, off);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode c : a) walk(c, off);
        }
    }
}
