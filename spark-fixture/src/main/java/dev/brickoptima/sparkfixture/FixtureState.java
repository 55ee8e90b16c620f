package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a running fixture application offers to tests: its UI base URL, application id, process id and, per named
 * query, the SQL execution id and description, and the directory of its event log (for a History Server). Printed as
 * one {@code FIXTURE-READY {json}} line and written to a file.
 * {@code eventLogDirs} maps each event log format the application writes ({@code plain}, {@code lz4}, {@code zstd},
 * {@code snappy}, {@code rolling}, {@code rolling-zstd}: see {@link ExtraEventLogs}) to its directory; {@code conf}
 * holds the Spark settings the application was started with beyond its own ({@code --conf}, e.g. a plugin).
 */
public record FixtureState(String url, String appId, long pid, String sparkVersion, Map<String, Long> executions,
                           Map<String, String> descriptions, String eventLogDir, Map<String, String> eventLogDirs,
                           Map<String, String> conf) {

    public static final String READY_PREFIX = "FIXTURE-READY ";

    public FixtureState {
        executions = Map.copyOf(executions);
        descriptions = Map.copyOf(descriptions);
        eventLogDirs = eventLogDirs == null ? Map.of() : Map.copyOf(eventLogDirs);
        conf = conf == null ? Map.of() : Map.copyOf(conf);
    }

    public FixtureState(String url, String appId, long pid, String sparkVersion, Map<String, Long> executions,
                        Map<String, String> descriptions, String eventLogDir) {
        this(url, appId, pid, sparkVersion, executions, descriptions, eventLogDir, Map.of(), Map.of());
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
        object(b.append(",\"executions\":"), executions, String::valueOf);
        object(b.append(",\"eventLogDirs\":"), eventLogDirs, MiniJson::quote);
        object(b.append(",\"conf\":"), conf, MiniJson::quote);
        object(b.append(",\"descriptions\":"), descriptions, MiniJson::quote);
        return b.append('}').toString();
    }

    private static <V> void object(StringBuilder b, Map<String, V> map, java.util.function.Function<V, String> value) {
        b.append('{');
        String sep = "";
        for (Map.Entry<String, V> e : new java.util.TreeMap<>(map).entrySet()) {
            b.append(sep).append(MiniJson.quote(e.getKey())).append(':').append(value.apply(e.getValue()));
            sep = ",";
        }
        b.append('}');
    }

    public static FixtureState fromJson(String json) {
        Object parsed = MiniJson.parse(json.trim());
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("fixture state is not a JSON object");
        }
        Map<String, Long> executions = new LinkedHashMap<>();
        if (map.get("executions") instanceof Map<?, ?> em) em.forEach((k, v) -> executions.put((String) k, ((Number) v).longValue()));
        Object pid = map.get("pid");
        return new FixtureState((String) map.get("url"), (String) map.get("appId"),
            pid instanceof Number n ? n.longValue() : -1L, String.valueOf(map.get("sparkVersion")), executions,
            strings(map.get("descriptions")), map.get("eventLogDir") instanceof String dir ? dir : "",
            strings(map.get("eventLogDirs")), strings(map.get("conf")));
    }

    private static Map<String, String> strings(Object object) {
        Map<String, String> out = new LinkedHashMap<>();
        if (object instanceof Map<?, ?> m) m.forEach((k, v) -> out.put((String) k, String.valueOf(v)));
        return out;
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
