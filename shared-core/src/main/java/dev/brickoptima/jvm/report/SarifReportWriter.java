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
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleCatalogMarkdown;
import dev.brickoptima.core.rule.RuleDocs;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): one run; the rule catalog as the driver's rules
 * with help and a link to the rule's section of docs/rules.md; one result per finding with a partial fingerprint that
 * survives line shifts; files as URIs relative to {@code %SRCROOT%} (the base directory); inputs that could not be
 * analysed as tool execution notifications.
 */
public final class SarifReportWriter {
    /** The partialFingerprints key; bump the version if the fingerprint's definition changes. */
    public static final String FINGERPRINT_KEY = "brickoptima/v1";
    /** What a related location of a finding is: SQL is reported where it is written, and this is where it runs. */
    static final String RELATED_MESSAGE = "the SQL is executed here";
    public static final String SRCROOT = "%SRCROOT%";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReportWriter() {
    }

    /** Inputs without text or files (kept for callers that only have findings). */
    public static String write(List<InputReport> reports, String toolVersion) {
        return write(reports.stream().map(AnalyzedInput::of).toList(), new ReportContext(toolVersion, Path.of("")));
    }

    public static String write(List<AnalyzedInput> inputs, ReportContext ctx) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "BrickOptima");
        driver.put("version", ctx.toolVersion());
        driver.put("semanticVersion", ctx.toolVersion());
        driver.put("informationUri", "https://brickoptima.dev");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMetadata m : RuleRegistry.all()) {
            ruleIndex.put(m.id(), rules.size());
            rules.add(rule(m));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", SourcePaths.fileUri(ctx.baseDir(), true));
        ObjectNode invocation = run.putArray("invocations").addObject();
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode results = run.putArray("results");
        for (AnalyzedInput in : inputs) {
            InputReport r = in.report();
            for (String error : r.errors()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", ctx.displayPath(in) + ": " + error);
                addLocation(n.putArray("locations"), in, ctx, null);
            }
            List<String> fingerprints = in.fingerprints();
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                ObjectNode res = results.addObject();
                res.put("ruleId", f.ruleId());
                Integer idx = ruleIndex.get(f.ruleId());
                if (idx != null) res.put("ruleIndex", idx);
                res.put("level", level(f.severity()));
                res.putObject("message").put("text", f.message());
                addLocation(res.putArray("locations"), in, ctx, f);
                addRelated(res, in, ctx, f);
                res.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.get(i));
                if (in.file() != null && in.offsetsInText()) addFixes(res, in, ctx, f);
                if (f.location().operatorId() != null) res.putObject("properties").put("operatorId", f.location().operatorId());
            }
        }
        invocation.put("executionSuccessful", notifications.isEmpty());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode rule(RuleMetadata m) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", m.id());
        r.put("name", m.id());
        r.putObject("shortDescription").put("text", m.title());
        r.putObject("fullDescription").put("text", m.rationale());
        r.put("helpUri", RuleDocs.url(m.id()));
        ObjectNode help = r.putObject("help");
        help.put("text", m.title() + ". " + m.rationale() + " Bad: " + m.badExample() + " Good: " + m.goodExample());
        help.put("markdown", RuleCatalogMarkdown.body(m) + "[Rule documentation](" + RuleDocs.url(m.id()) + ")");
        ObjectNode config = r.putObject("defaultConfiguration").put("level", level(m.defaultSeverity())).put("enabled", m.enabledByDefault());
        if (!m.thresholds().isEmpty()) {
            // SARIF's property bag for rule configuration: the thresholds' defaults
            ObjectNode params = config.putObject("parameters");
            for (Threshold t : m.thresholds()) params.put(t.name(), t.defaultValue());
        }
        ObjectNode props = r.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add(m.category().label().toLowerCase());
        if (m.category() == Category.SECURITY) {
            props.put("security-severity", SecuritySeverity.of(m));
        }
        props.put("precision", "high");
        return r;
    }

    private static void addLocation(ArrayNode locations, AnalyzedInput in, ReportContext ctx, Finding f) {
        ObjectNode loc = locations.addObject();
        if (in.file() == null) {
            // a live execution: no file to point at, so a logical location names it
            ObjectNode logical = loc.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", in.report().path()
                + (f != null && f.location().operatorId() != null ? " operator " + f.location().operatorId() : ""));
            logical.put("kind", "resource");
            return;
        }
        ObjectNode phys = loc.putObject("physicalLocation");
        artifact(phys.putObject("artifactLocation"), in.file(), ctx);
        if (f != null && in.linesInFile()) region(phys, f.location());
        if (f != null && f.location().operatorId() != null) {
            loc.putArray("logicalLocations").addObject().put("name", "operator " + f.location().operatorId()).put("kind", "element");
        }
    }

    /** Other places of the same file the finding concerns (where SQL held in a constant is executed). */
    private static void addRelated(ObjectNode res, AnalyzedInput in, ReportContext ctx, Finding f) {
        if (f.related().isEmpty() || in.file() == null || !in.linesInFile()) return;
        ArrayNode related = res.putArray("relatedLocations");
        int id = 1;
        for (Location l : f.related()) {
            ObjectNode loc = related.addObject();
            loc.put("id", id++);
            ObjectNode phys = loc.putObject("physicalLocation");
            artifact(phys.putObject("artifactLocation"), in.file(), ctx);
            region(phys, l);
            loc.putObject("message").put("text", RELATED_MESSAGE);
        }
    }

    private static void region(ObjectNode phys, Location l) {
        ObjectNode region = phys.putObject("region");
        region.put("startLine", l.line());
        region.put("startColumn", l.column());
        region.put("endLine", Math.max(l.endLine(), l.line()));
        region.put("endColumn", Math.max(l.endColumn(), 1));
    }

    private static void artifact(ObjectNode artifactLocation, Path file, ReportContext ctx) {
        String rel = SourcePaths.relative(file, ctx.baseDir());
        if (rel != null) {
            artifactLocation.put("uri", SourcePaths.encodePath(rel));
            artifactLocation.put("uriBaseId", SRCROOT);
        } else {
            artifactLocation.put("uri", SourcePaths.fileUri(file, false));
        }
    }

    private static void addFixes(ObjectNode res, AnalyzedInput in, ReportContext ctx, Finding f) {
        ArrayNode fixes = null;
        for (Fix fx : f.fixes()) {
            if (fx.isHint()) continue;
            if (fixes == null) fixes = res.putArray("fixes");
            ObjectNode o = fixes.addObject();
            o.putObject("description").put("text", fx.description());
            ObjectNode change = o.putArray("artifactChanges").addObject();
            artifact(change.putObject("artifactLocation"), in.file(), ctx);
            ArrayNode replacements = change.putArray("replacements");
            for (TextEdit e : fx.edits()) {
                ObjectNode rep = replacements.addObject();
                rep.putObject("deletedRegion").put("charOffset", e.start()).put("charLength", e.end() - e.start());
                rep.putObject("insertedContent").put("text", e.replacement());
            }
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
