package dev.brickoptima.jvm.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a project configuration file ({@code brickoptima.yml}, YAML or JSON) into an {@link AnalyzerConfig}.
 * Unknown keys, dialects, rule ids and severities are errors naming the key, so typos do not pass silently.
 * The format is documented in docs/configuration.md.
 */
public final class ConfigFileLoader {
    public static final String DEFAULT_FILE_NAME = "brickoptima.yml";
    private static final Set<String> TOP = Set.of("dialect", "profiles", "rules", "thresholds", "tables", "limits");
    private static final Set<String> RULES = Set.of("enable", "disable", "only", "severity");
    private static final Set<String> LIMITS = Set.of("maxInputChars", "maxStatementChars", "maxNestingDepth", "statementBudgetMillis");

    private ConfigFileLoader() {
    }

    public static AnalyzerConfig.Builder load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    public static AnalyzerConfig.Builder parse(String text, String name) throws ConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new ConfigException(name + ": not valid YAML: " + firstLine(e.getMessage()));
        }
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        if (root == null || root.isNull() || root.isMissingNode()) return b;
        if (!root.isObject()) throw new ConfigException(name + ": the top level must be a mapping");
        checkKeys(root, TOP, name, "");
        if (root.has("dialect")) {
            Dialect d = Dialect.parse(root.get("dialect").asText());
            if (d == null) throw new ConfigException(name + ": unknown dialect '" + root.get("dialect").asText() + "' (spark, databricks, postgres, ansi)");
            b.dialect(d);
        }
        for (String p : strings(root.get("profiles"), name, "profiles")) b.profile(p);
        JsonNode rules = root.get("rules");
        if (rules != null) {
            checkKeys(rules, RULES, name, "rules.");
            for (String id : strings(rules.get("enable"), name, "rules.enable")) b.enable(knownRule(id, name));
            for (String id : strings(rules.get("disable"), name, "rules.disable")) b.disable(knownRule(id, name));
            for (String id : strings(rules.get("only"), name, "rules.only")) b.only(knownRule(id, name));
            JsonNode sev = rules.get("severity");
            if (sev != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Severity s = Severity.parse(e.getValue().asText());
                    if (s == null) throw new ConfigException(name + ": rules.severity." + e.getKey() + ": unknown severity '" + e.getValue().asText() + "' (info, warning, error)");
                    b.severity(knownRule(e.getKey(), name), s);
                }
            }
        }
        JsonNode thresholds = root.get("thresholds");
        if (thresholds != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                int dot = key.lastIndexOf('.');
                if (dot <= 0 || !e.getValue().isNumber()) {
                    throw new ConfigException(name + ": thresholds." + key + ": expected 'rule-id.name: number'");
                }
                b.threshold(knownRule(key.substring(0, dot), name), key.substring(dot + 1), e.getValue().asDouble());
            }
        }
        JsonNode tables = root.get("tables");
        if (tables != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode t = e.getValue();
                checkKeys(t, Set.of("partitionColumns"), name, "tables." + e.getKey() + ".");
                b.partitionColumns(e.getKey(), strings(t.get("partitionColumns"), name, "tables." + e.getKey() + ".partitionColumns"));
            }
        }
        JsonNode limits = root.get("limits");
        if (limits != null) {
            checkKeys(limits, LIMITS, name, "limits.");
            Limits d = Limits.DEFAULT;
            b.limits(new Limits(
                limits.path("maxInputChars").asInt(d.maxInputChars()),
                limits.path("maxStatementChars").asInt(d.maxStatementChars()),
                limits.path("maxNestingDepth").asInt(d.maxNestingDepth()),
                limits.path("statementBudgetMillis").asLong(d.statementBudgetMillis())));
        }
        return b;
    }

    private static String knownRule(String id, String name) throws ConfigException {
        if (RuleCatalog.byId(id) == null) throw new ConfigException(name + ": unknown rule id '" + id + "' (see 'brickoptima rules')");
        return id;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String name, String prefix) throws ConfigException {
        if (!node.isObject()) throw new ConfigException(name + ": " + (prefix.isEmpty() ? "top level" : prefix.substring(0, prefix.length() - 1)) + " must be a mapping");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) throw new ConfigException(name + ": unknown key '" + prefix + k + "' (allowed: " + String.join(", ", allowed) + ")");
        }
    }

    private static List<String> strings(JsonNode n, String name, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isTextual()) {
            out.add(n.asText());
            return out;
        }
        if (!n.isArray()) throw new ConfigException(name + ": " + key + " must be a list");
        for (JsonNode e : n) out.add(e.asText());
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
