package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/**
 * Code Climate issues as GitLab code quality reads them ({@code artifacts:reports:codequality}): a JSON array with
 * description, check_name, fingerprint, severity and location.path / location.lines.begin per finding.
 */
public final class CodeClimateReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodeClimateReportWriter() {
    }

    public static String write(List<AnalyzedInput> inputs, ReportContext ctx) {
        ArrayNode issues = MAPPER.createArrayNode();
        for (AnalyzedInput in : inputs) {
            String path = ctx.displayPath(in);
            List<String> fingerprints = in.fingerprints();
            for (int i = 0; i < in.report().findings().size(); i++) {
                Finding f = in.report().findings().get(i);
                ObjectNode o = issues.addObject();
                o.put("type", "issue");
                o.put("check_name", f.ruleId());
                o.put("description", f.message());
                RuleMetadata m = RuleRegistry.byId(f.ruleId());
                o.putArray("categories").add(category(m));
                if (f.detail() != null) o.putObject("content").put("body", f.detail());
                o.put("severity", severity(f.severity()));
                // GitLab keys issues by fingerprint across pipelines: path + our line-independent fingerprint
                o.put("fingerprint", path + ":" + f.ruleId() + ":" + fingerprints.get(i));
                ObjectNode loc = o.putObject("location");
                loc.put("path", path);
                ObjectNode lines = loc.putObject("lines");
                lines.put("begin", in.linesInFile() ? f.location().line() : 1);
                lines.put("end", in.linesInFile() ? Math.max(f.location().endLine(), f.location().line()) : 1);
            }
        }
        try {
            return MAPPER.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String category(RuleMetadata m) {
        if (m == null) return "Bug Risk";
        switch (m.category()) {
            case PERFORMANCE: return "Performance";
            case SECURITY: return "Security";
            default: return "Bug Risk";
        }
    }

    private static String severity(Severity s) {
        switch (s) {
            case ERROR: return "critical";
            case WARNING: return "major";
            default: return "info";
        }
    }
}
