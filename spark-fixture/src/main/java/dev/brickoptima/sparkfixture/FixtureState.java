package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a running fixture application offers to tests: its UI base URL, application id, process id and, per named
 * query, the SQL execution id and description, and the directory of its event log (for a History Server). Printed as one {@code FIXTURE-READY {json}} line and written to a file.
 * {@code eventLogDirs} maps each event log format the application writes ({@code plain}, {@code lz4}, {@code zstd},
 * {@code snappy}, {@code rolling}, {@code rolling-zstd}: see {@link ExtraEventLogs}) to its directory.
 */
public record FixtureState(String url, String appId, long pid, String sparkVersion, Map<String, Long> executions,
                           Map<String, String> descriptions, String eventLogDir, Map<String, String> eventLogDirs) {

    public static final String READY_PREFIX = "FIXTURE-READY ";

    public FixtureState {
        executions = Map.copyOf(executions);
        descriptions = Map.copyOf(descriptions);
        eventLogDirs = eventLogDirs == null ? Map.of() : Map.copyOf(eventLogDirs);
    }

    public FixtureState(String url, String appId, long pid, String sparkVersion, Map<String, Long> executions,
                        Map<String, String> descriptions, String eventLogDir) {
        this(url, appId, pid, sparkVersion, executions, descriptions, eventLogDir, Map.of());
    }

    /** The SQL execution id of a named query (see the query names in the module README / FixtureQueries). */
    public long execution(String name) {
        Long id = executions.get(name);
        if (id == null) {
            throw new IllegalArgumentException("the Spark fixture has no query named '" + name + "'; it has " + executions.keySet());
        }
        return id;
    }

    public String description(String name) {
        execution(name);
        return descriptions.get(name);
    }

    /** The REST API root of the application, e.g. {@code http://127.0.0.1:4041/api/v1/applications/local-1}. */
    public String applicationApi() {
        return url + "/api/v1/applications/" + appId;
    }

    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        b.append("\"url\":").append(MiniJson.quote(url));
        b.append(",\"appId\":").append(MiniJson.quote(appId));
        b.append(",\"pid\":").append(pid);
        b.append(",\"sparkVersion\":").append(MiniJson.quote(sparkVersion));
        b.append(",\"eventLogDir\":").append(MiniJson.quote(eventLogDir == null ? "" : eventLogDir));
        b.append(",\"executions\":{");
        String sep = "";
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(executions).entrySet()) {
            b.append(sep).append(MiniJson.quote(e.getKey())).append(':').append(e.getValue());
            sep = ",";
        }
        b.append("},\"eventLogDirs\":{");
        sep = "";
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(eventLogDirs).entrySet()) {
            b.append(sep).append(MiniJson.quote(e.getKey())).append(':').append(MiniJson.quote(e.getValue()));
            sep = ",";
        }
        b.append("},\"descriptions\":{");
        sep = "";
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(descriptions).entrySet()) {
            b.append(sep).append(MiniJson.quote(e.getKey())).append(':').append(MiniJson.quote(e.getValue()));
            sep = ",";
        }
        return b.append("}}").toString();
    }

    @SuppressWarnings("unchecked")
    public static FixtureState fromJson(String json) {
        Object parsed = MiniJson.parse(json.trim());
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("fixture state is not a JSON object");
        }
        Map<String, Long> executions = new LinkedHashMap<>();
        ((Map<String, Object>) map.get("executions")).forEach((k, v) -> executions.put(k, ((Number) v).longValue()));
        Map<String, String> descriptions = new LinkedHashMap<>();
        Object d = map.get("descriptions");
        if (d instanceof Map<?, ?> dm) {
            ((Map<String, Object>) dm).forEach((k, v) -> descriptions.put(k, String.valueOf(v)));
        }
        Map<String, String> eventLogDirs = new LinkedHashMap<>();
        if (map.get("eventLogDirs") instanceof Map<?, ?> lm) {
            ((Map<String, Object>) lm).forEach((k, v) -> eventLogDirs.put(k, String.valueOf(v)));
        }
        Object pid = map.get("pid");
        return new FixtureState((String) map.get("url"), (String) map.get("appId"),
            pid instanceof Number n ? n.longValue() : -1L, String.valueOf(map.get("sparkVersion")), executions, descriptions,
            map.get("eventLogDir") instanceof String dir ? dir : "", eventLogDirs);
    }

    public static FixtureState read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
