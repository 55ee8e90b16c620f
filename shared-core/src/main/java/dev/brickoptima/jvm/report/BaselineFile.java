package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.report.Baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file ({@code brickoptima baseline -o FILE}): JSON with one entry per finding, keyed by path (relative to
 * the base directory), rule id and line-independent fingerprint. Sorted, so it diffs well in version control.
 */
public final class BaselineFile {
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** The entries of the current findings, in report order. */
    public static List<Baseline.Entry> entries(List<AnalyzedInput> inputs, ReportContext ctx) {
        List<Baseline.Entry> out = new ArrayList<>();
        for (AnalyzedInput in : inputs) {
            String path = ctx.displayPath(in);
            List<String> fps = in.fingerprints();
            for (int i = 0; i < in.report().findings().size(); i++) {
                Finding f = in.report().findings().get(i);
                out.add(new Baseline.Entry(path, f.ruleId(), fps.get(i), in.offsetsInText() ? f.location().line() : 0, f.message()));
            }
        }
        return out;
    }

    public static String write(List<Baseline.Entry> entries, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("brickoptimaBaseline", VERSION);
        root.put("toolVersion", toolVersion);
        ArrayNode arr = root.putArray("findings");
        List<Baseline.Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.line(), b.line()) : a.path().compareTo(b.path()));
        for (Baseline.Entry e : sorted) {
            ObjectNode o = arr.addObject();
            o.put("path", e.path());
            o.put("ruleId", e.ruleId());
            o.put("fingerprint", e.fingerprint());
            o.put("line", e.line());
            o.put("message", e.message());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a baseline file; throws IllegalArgumentException with a one-line reason when it is not one. */
    public static Baseline read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.has("brickoptimaBaseline") || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("not a BrickOptima baseline (no 'brickoptimaBaseline' and 'findings')");
        }
        int version = root.get("brickoptimaBaseline").asInt();
        if (version != VERSION) throw new IllegalArgumentException("baseline version " + version + " is not supported (expected " + VERSION + ")");
        List<Baseline.Entry> entries = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            String path = n.path("path").asText(null);
            String rule = n.path("ruleId").asText(null);
            String fp = n.path("fingerprint").asText(null);
            if (path == null || rule == null || fp == null) throw new IllegalArgumentException("a finding lacks path, ruleId or fingerprint");
            entries.add(new Baseline.Entry(path, rule, fp, n.path("line").asInt(0), n.path("message").asText("")));
        }
        return new Baseline(entries);
    }
}
