package dev.brickoptima.jvm.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.ConfigChecks;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.config.SinkDeclaration;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Threshold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a configuration file ({@code brickoptima.yml}, YAML or JSON) into a {@link ConfigLayer}. Anything that is not
 * exactly right is an error naming the key: unknown keys, rule ids, profiles, dialects, severities and threshold
 * names; a string, list or fraction where a whole number belongs; a list where a mapping belongs; duplicate keys;
 * limits out of range. A typo must never silently turn a check off. The format is in docs/configuration.md.
 */
public final class ConfigFileLoader {
    public static final String DEFAULT_FILE_NAME = "brickoptima.yml";
    /** A configuration is a few hundred bytes; anything this large is not one (and is not read into memory). */
    static final long MAX_FILE_BYTES = 1_000_000;

    private static final List<String> TOP = List.of("root", "dialect", "profiles", "rules", "thresholds", "tables", "limits", "sinks");
    private static final List<String> RULES = List.of("enable", "disable", "only", "severity");
    private static final List<String> TABLE = List.of("partitionColumns");
    private static final List<String> SINK = List.of("method", "argument", "dialect");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private ConfigFileLoader() {
    }

    /** The file's settings applied on top of the defaults. */
    public static AnalyzerConfig.Builder load(Path file) throws ConfigException {
        return read(file).applyTo(AnalyzerConfig.builder());
    }

    /** The settings in {@code text} applied on top of the defaults; {@code name} prefixes error messages. */
    public static AnalyzerConfig.Builder parse(String text, String name) throws ConfigException {
        return layer(text, name).applyTo(AnalyzerConfig.builder());
    }

    /** Reads and checks one file. Only regular files are read (a FIFO would block), at most {@value #MAX_FILE_BYTES} bytes. */
    public static ConfigLayer read(Path file) throws ConfigException {
        try {
            return layer(text(file), file.toString());
        } catch (ConfigException e) {
            throw e.file() != null ? e : new ConfigException(e.getMessage(), file);
        }
    }

    private static String text(Path file) throws ConfigException {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("cannot read configuration " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) throw new ConfigException(file + ": larger than " + MAX_FILE_BYTES + " bytes; not a configuration file");
                text = new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
        return text;
    }

    /** Reads and checks configuration text; {@code name} (usually the path) prefixes error messages. */
    public static ConfigLayer layer(String text, String name) throws ConfigException {
        JsonNode root;
        try {
            root = YAML.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": " + yamlProblem(e));
        }
        Reader r = new Reader(name);
        if (root != null && !root.isNull() && !root.isMissingNode()) r.top(root);
        return new ConfigLayer(name, r.root, r.edits);
    }

    private static String yamlProblem(JsonProcessingException e) {
        String m = firstLine(e.getOriginalMessage());
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        if (m.startsWith("Duplicate field ")) {
            String key = m.substring("Duplicate field ".length()).replace("'", "");
            return "duplicate key '" + key + "'" + where;
        }
        return "not valid YAML: " + m + where;
    }

    /** Walks the YAML tree, checking every value and collecting the edits. */
    private static final class Reader {
        private final String name;
        private final List<Consumer<AnalyzerConfig.Builder>> edits = new ArrayList<>();
        private boolean root;

        Reader(String name) {
            this.name = name;
        }

        void top(JsonNode node) throws ConfigException {
            mapping(node, "", TOP);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "root":
                        if (!v.isBoolean()) throw error("root", "expected true or false, got " + describe(v));
                        root = v.booleanValue();
                        break;
                    case "dialect": {
                        String d = text(v, "dialect");
                        check("dialect", ConfigChecks.dialect(d));
                        Dialect dialect = Dialect.parse(d);
                        edits.add(b -> b.dialect(dialect));
                        break;
                    }
                    case "profiles": {
                        List<String> profiles = strings(v, "profiles");
                        for (String p : profiles) check("profiles", ConfigChecks.profile(p));
                        edits.add(b -> b.profiles(profiles));
                        break;
                    }
                    case "rules": rules(v); break;
                    case "thresholds": thresholds(v, "thresholds", ""); break;
                    case "tables": tables(v); break;
                    case "limits": limits(v); break;
                    case "sinks": sinks(v); break;
                    default: throw new IllegalStateException(e.getKey()); // mapping() allowed only TOP
                }
            }
        }

        private void rules(JsonNode node) throws ConfigException {
            if (node.isNull()) return;
            mapping(node, "rules", RULES);
            List<String> enable = ruleIds(node.get("enable"), "rules.enable");
            List<String> disable = ruleIds(node.get("disable"), "rules.disable");
            for (String id : enable) {
                if (disable.contains(id)) throw error("rules", "'" + id + "' is in both rules.enable and rules.disable");
            }
            edits.add(b -> {
                for (String id : enable) b.enable(id);
                for (String id : disable) b.disable(id);
            });
            if (node.has("only")) {
                List<String> only = ruleIds(node.get("only"), "rules.only");
                edits.add(b -> b.onlyRules(only));
            }
            JsonNode sev = node.get("severity");
            if (sev != null && !sev.isNull()) {
                mapping(sev, "rules.severity", null);
                for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String key = "rules.severity." + e.getKey();
                    check(key, ConfigChecks.ruleId(e.getKey()));
                    String s = text(e.getValue(), key);
                    check(key, ConfigChecks.severity(s));
                    String id = e.getKey();
                    Severity severity = Severity.parse(s);
                    edits.add(b -> b.severity(id, severity));
                }
            }
        }

        /** {@code rule-id.name: value}, or nested {@code rule-id: {name: value}}. */
        private void thresholds(JsonNode node, String path, String prefix) throws ConfigException {
            if (node.isNull()) return;
            mapping(node, path, null);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = prefix + e.getKey();
                JsonNode v = e.getValue();
                if (prefix.isEmpty() && v.isObject()) {
                    check(path + "." + key, ConfigChecks.ruleId(key));
                    thresholds(v, path + "." + key, key + ".");
                    continue;
                }
                check(path + "." + e.getKey(), ConfigChecks.thresholdKey(key));
                Threshold t = ConfigChecks.threshold(key);
                double value;
                if (t.unit() == Threshold.Unit.SWITCH && v.isBoolean()) value = v.booleanValue() ? 1 : 0;
                else value = number(v, path + "." + e.getKey());
                check(path + "." + e.getKey(), t.problem(value));
                int dot = key.lastIndexOf('.');
                String id = key.substring(0, dot);
                edits.add(b -> b.threshold(id, t.name(), value));
            }
        }

        private void tables(JsonNode node) throws ConfigException {
            if (node.isNull()) return;
            mapping(node, "tables", null);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "tables." + e.getKey();
                mapping(e.getValue(), path, TABLE);
                List<String> cols = strings(e.getValue().get("partitionColumns"), path + ".partitionColumns");
                String table = e.getKey();
                edits.add(b -> b.partitionColumns(table, cols));
            }
        }

        private void limits(JsonNode node) throws ConfigException {
            if (node.isNull()) return;
            mapping(node, "limits", Limits.KEYS);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "limits." + e.getKey();
                double v = number(e.getValue(), path);
                String problem = Limits.problem(e.getKey(), v);
                if (problem != null) throw error(path, problem.substring(e.getKey().length() + 1));
                String key = e.getKey();
                long value = (long) v;
                edits.add(b -> b.limits(b.limits().with(key, value)));
            }
        }

        /**
         * The project's own methods whose argument is SQL: a list of {@code {method, argument, dialect}} mappings, or of
         * method names alone (argument 0, the project's dialect).
         */
        private void sinks(JsonNode node) throws ConfigException {
            if (node.isNull()) return;
            if (!node.isArray()) throw error("sinks", "expected a list of methods, got " + describe(node));
            List<SinkDeclaration> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "sinks[" + i + "]";
                JsonNode e = node.get(i);
                if (e.isTextual()) {
                    check(path, ConfigChecks.sinkMethod(e.textValue()));
                    out.add(SinkDeclaration.parse(e.textValue(), 0, null));
                    continue;
                }
                if (!e.isObject()) throw error(path, "expected a method name or a mapping with 'method', got " + describe(e));
                mapping(e, path, SINK);
                JsonNode m = e.get("method");
                if (m == null) throw error(path, "missing 'method' (e.g. method: com.acme.db.Db.query)");
                String method = text(m, path + ".method");
                check(path + ".method", ConfigChecks.sinkMethod(method));
                int argument = 0;
                if (e.has("argument")) {
                    JsonNode a = e.get("argument");
                    if (!a.isIntegralNumber() || !a.canConvertToInt() || a.intValue() < 0) {
                        throw error(path + ".argument", "expected the index of the SQL argument (0 for the first), got " + describe(a));
                    }
                    argument = a.intValue();
                }
                Dialect dialect = null;
                if (e.has("dialect")) {
                    String d = text(e.get("dialect"), path + ".dialect");
                    check(path + ".dialect", ConfigChecks.dialect(d));
                    dialect = Dialect.parse(d);
                }
                out.add(SinkDeclaration.parse(method, argument, dialect));
            }
            edits.add(b -> {
                for (SinkDeclaration d : out) b.sink(d);
            });
        }

        /** Checks that {@code node} is a mapping whose keys are all in {@code allowed} (null: any key). */
        private void mapping(JsonNode node, String path, List<String> allowed) throws ConfigException {
            if (!node.isObject()) {
                throw path.isEmpty() ? new ConfigException(name + ": the top level must be a mapping, got " + describe(node))
                    : error(path, "expected a mapping, got " + describe(node));
            }
            if (allowed == null) return;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    throw new ConfigException(name + ": unknown key '" + (path.isEmpty() ? "" : path + ".") + k + "' (allowed: "
                        + String.join(", ", allowed) + ")");
                }
            }
        }

        private List<String> ruleIds(JsonNode n, String path) throws ConfigException {
            List<String> ids = strings(n, path);
            for (String id : ids) check(path, ConfigChecks.ruleId(id));
            return ids;
        }

        /** A list of strings; one string alone is a list of one. Null or absent: empty. */
        private List<String> strings(JsonNode n, String path) throws ConfigException {
            Set<String> out = new LinkedHashSet<>();
            if (n == null || n.isNull()) return List.of();
            if (n.isTextual()) return List.of(n.textValue());
            if (!n.isArray()) throw error(path, "expected a list, got " + describe(n));
            for (JsonNode e : n) {
                if (!e.isTextual()) throw error(path, "expected a list of names, got " + describe(e) + " in it");
                out.add(e.textValue());
            }
            return List.copyOf(out);
        }

        private String text(JsonNode n, String path) throws ConfigException {
            if (!n.isTextual()) throw error(path, "expected a name, got " + describe(n));
            return n.textValue();
        }

        private double number(JsonNode n, String path) throws ConfigException {
            if (!n.isNumber()) throw error(path, "expected a number, got " + describe(n));
            return n.isBigInteger() || n.isBigDecimal() ? n.decimalValue().doubleValue() : n.doubleValue();
        }

        private void check(String path, String problem) throws ConfigException {
            if (problem != null) throw error(path, problem);
        }

        private ConfigException error(String path, String problem) {
            return new ConfigException(name + ": " + path + ": " + problem);
        }
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isNull()) return "no value";
        if (n.isTextual()) return "a string ('" + abbreviate(n.textValue()) + "')";
        if (n.isNumber()) return "a number (" + n.asText() + ")";
        if (n.isBoolean()) return "a boolean (" + n.asText() + ")";
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a mapping";
        return n.getNodeType().name().toLowerCase();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
