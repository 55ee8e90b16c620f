package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.report.InputReport;

import java.util.List;

/**
 * The JSON report, schema version 1 (documented in docs/json-report.md). Additive changes keep the version;
 * anything else bumps {@link #SCHEMA_VERSION}.
 */
public final class JsonReportWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {
    }

    public static String write(List<InputReport> reports, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "brickoptima");
        tool.put("version", toolVersion);
        ArrayNode inputs = root.putArray("inputs");
        int total = 0;
        long[] bySeverity = new long[Severity.values().length];
        for (InputReport r : reports) {
            ObjectNode in = inputs.addObject();
            in.put("path", r.path());
            in.put("kind", r.kind());
            in.put("units", r.units());
            ArrayNode errors = in.putArray("errors");
            r.errors().forEach(errors::add);
            ArrayNode findings = in.putArray("findings");
            for (Finding f : r.findings()) {
                findings.add(finding(f));
                total++;
                bySeverity[f.severity().ordinal()]++;
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("inputs", reports.size());
        summary.put("findings", total);
        ObjectNode sev = summary.putObject("bySeverity");
        for (Severity s : Severity.values()) sev.put(s.label(), bySeverity[s.ordinal()]);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().label());
        n.put("message", f.message());
        if (f.detail() != null) n.put("detail", f.detail());
        ObjectNode loc = n.putObject("location");
        loc.put("start", f.location().start());
        loc.put("end", f.location().end());
        loc.put("line", f.location().line());
        loc.put("column", f.location().column());
        loc.put("endLine", f.location().endLine());
        loc.put("endColumn", f.location().endColumn());
        if (f.location().operatorId() != null) loc.put("operatorId", f.location().operatorId());
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("related");
            for (Location l : f.related()) {
                related.addObject().put("start", l.start()).put("end", l.end()).put("line", l.line()).put("column", l.column())
                    .put("endLine", l.endLine()).put("endColumn", l.endColumn());
            }
        }
        ArrayNode fixes = n.putArray("fixes");
        for (Fix fx : f.fixes()) {
            ObjectNode o = fixes.addObject();
            o.put("description", fx.description());
            ArrayNode edits = o.putArray("edits");
            for (TextEdit e : fx.edits()) {
                ObjectNode ed = edits.addObject();
                ed.put("start", e.start());
                ed.put("end", e.end());
                ed.put("replacement", e.replacement());
            }
        }
        return n;
    }
}
