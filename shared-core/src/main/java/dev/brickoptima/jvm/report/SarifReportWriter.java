package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/** SARIF 2.1.0 for code-scanning UIs: one run, the rule catalog as the driver's rules, one result per finding. */
public final class SarifReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReportWriter() {
    }

    public static String write(List<InputReport> reports, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "BrickOptima");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://brickoptima.dev");
        ArrayNode rules = driver.putArray("rules");
        for (RuleMetadata m : RuleRegistry.all()) {
            ObjectNode r = rules.addObject();
            r.put("id", m.id());
            r.putObject("shortDescription").put("text", m.title());
            r.putObject("fullDescription").put("text", m.rationale());
            ObjectNode config = r.putObject("defaultConfiguration");
            config.put("level", level(m.defaultSeverity()));
            config.put("enabled", m.enabledByDefault());
            if (!m.thresholds().isEmpty()) {
                // SARIF's property bag for rule configuration: the thresholds' defaults
                ObjectNode params = config.putObject("parameters");
                for (Threshold t : m.thresholds()) params.put(t.name(), t.defaultValue());
            }
            r.putObject("properties").putArray("tags").add(m.category().label());
        }
        ArrayNode results = run.putArray("results");
        for (InputReport in : reports) {
            for (Finding f : in.findings()) {
                ObjectNode res = results.addObject();
                res.put("ruleId", f.ruleId());
                res.put("level", level(f.severity()));
                res.putObject("message").put("text", f.message());
                ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", in.path().replace('\\', '/'));
                ObjectNode region = phys.putObject("region");
                region.put("startLine", f.location().line());
                region.put("startColumn", f.location().column());
                region.put("endLine", f.location().endLine());
                region.put("endColumn", Math.max(f.location().endColumn(), 1));
                if (f.location().operatorId() != null) res.putObject("properties").put("operatorId", f.location().operatorId());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "note";
        }
    }
}
