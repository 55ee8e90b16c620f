package dev.brickoptima.browser.engine;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;

import dev.brickoptima.browser.json.JsonOut;

import java.util.List;
import java.util.Map;

/**
 * The engine's answer as JSON text: what the background script hands to the content script, the popup
 * and the result page. Findings keep the core's field names so every host shows the same thing.
 */
final class ResultJson {
    private ResultJson() {
    }

    static String of(String kind, String description, List<Finding> findings, Map<String, String> operators,
                     Map<String, String> graphNodes, long millis, List<String> notes) {
        JsonOut out = new JsonOut().beginObject();
        out.field("kind", kind);
        out.field("description", description);
        out.field("millis", millis);
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) errors++;
            else if (f.severity() == Severity.WARNING) warnings++;
            else infos++;
        }
        out.name("counts").beginObject().field("error", errors).field("warning", warnings).field("info", infos).endObject();
        out.name("findings").beginArray();
        for (Finding f : findings) finding(out, f, operators, graphNodes);
        out.endArray();
        out.name("notes").beginArray();
        for (String n : notes) out.value(n);
        out.endArray();
        return out.endObject().toString();
    }

    static String error(String kind, String message) {
        return new JsonOut().beginObject().field("kind", kind).field("error", message).endObject().toString();
    }

    private static void finding(JsonOut out, Finding f, Map<String, String> operators, Map<String, String> graphNodes) {
        out.beginObject();
        out.field("ruleId", f.ruleId());
        out.field("severity", f.severity().label());
        out.field("message", f.message());
        out.field("detail", f.detail());
        Location l = f.location();
        if (l != null) {
            out.name("location").beginObject()
                .field("start", l.start()).field("end", l.end())
                .field("line", l.line()).field("column", l.column())
                .field("endLine", l.endLine()).field("endColumn", l.endColumn())
                .field("operatorId", l.operatorId())
                .field("operator", l.operatorId() == null ? null : operators.get(l.operatorId()))
                .field("graphNodeId", l.operatorId() == null ? null : graphNodes.get(l.operatorId()))
                .endObject();
        }
        out.name("fixes").beginArray();
        for (Fix fix : f.fixes()) {
            out.beginObject().field("description", fix.description()).field("copy", FixCopyText.of(fix)).name("edits").beginArray();
            for (TextEdit e : fix.edits()) {
                out.beginObject().field("start", e.start()).field("end", e.end()).field("replacement", e.replacement()).endObject();
            }
            out.endArray().endObject();
        }
        out.endArray();
        out.endObject();
    }
}
