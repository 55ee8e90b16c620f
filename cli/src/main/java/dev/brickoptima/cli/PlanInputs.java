package dev.brickoptima.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanTextDocument;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.spark.SparkRestJson;
import dev.brickoptima.jvm.spark.SparkRestJsonLocations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analyses plan inputs: plan text files (one or several plans), PostgreSQL EXPLAIN output (JSON or text), saved Spark
 * UI execution pages (HTML) and Spark REST JSON dumps (one execution or the array {@code /sql?details=true} returns),
 * with optional stage summaries and environment for the JSON dumps.
 */
final class PlanInputs {
    /** The report kind that gives exit code 2: the input could not be analysed at all. */
    static final String UNUSABLE = InputAnalyzer.UNREADABLE;

    private final PlanAnalyzer analyzer;
    private final List<StageSummary> stages;
    private final Map<String, String> environment;

    PlanInputs(AnalyzerConfig config) {
        this(config, List.of(), Map.of());
    }

    PlanInputs(AnalyzerConfig config, PlanInputOptions options) {
        this(config, options == null ? List.of() : options.stages(), options == null ? Map.of() : options.environment());
    }

    private PlanInputs(AnalyzerConfig config, List<StageSummary> stages, Map<String, String> environment) {
        this.analyzer = new PlanAnalyzer(config);
        this.stages = stages;
        this.environment = environment;
    }

    InputReport analyze(String path, String text, InputKind kind) {
        if (SparkUiExecutionPage.isHtml(text)) return page(path, text);
        if (kind == InputKind.POSTGRES_PLAN) return postgres(path, text);
        if (kind == InputKind.PLAN_TEXT) return planText(path, text);
        return restJson(path, text);
    }

    /** PostgreSQL EXPLAIN output, JSON or text (one plan). */
    private InputReport postgres(String path, String text) {
        PlanAnalysis a = analyzer.analyzeText(text);
        return new InputReport(path, "pg-plan", a.operatorCount(), a.findings(), a.internalErrors());
    }

    /** One or several plans; with several, each finding names its plan ("plan 2: ..."). */
    private InputReport planText(String path, String text) {
        List<PlanTextDocument.Part> parts = PlanTextDocument.analyze(analyzer, text);
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int operators = 0;
        for (PlanTextDocument.Part p : parts) {
            PlanAnalysis a = p.analysis();
            if (a.plan() != null) operators += a.plan().operators().size();
            for (Finding f : a.findings()) findings.add(parts.size() > 1 ? f.withMessage("plan " + p.index() + ": " + f.message()) : f);
            errors.addAll(a.internalErrors());
        }
        return new InputReport(path, "plan", operators, findings, errors);
    }

    /** A saved Spark UI execution page: its plan and configuration, or exit 2 when the HTML is not such a page. */
    private InputReport page(String path, String html) {
        SparkUiExecutionPage page = SparkUiExecutionPage.parse(html);
        if (page == null) {
            return new InputReport(path, UNUSABLE, 0, List.of(), List.of("an HTML file that is not a Spark UI SQL execution page "
                + "with a plan (save the page /SQL/execution/?id=N with its Details, or paste the plan text)"));
        }
        PlanAnalysis a = analyzer.analyzeExecution(page.execution().withEnvironment(environment), List.of(), true);
        int lines = page.planFirstLine() - 1;
        List<Finding> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            Location l = f.location();
            // the plan text sits inside <pre>: the same lines, shifted; offsets are not those of the HTML, so left out
            findings.add(f.withLocation(new Location(0, 0, l.line() + lines, l.column(), l.endLine() + lines, l.endColumn(), l.operatorId())));
        }
        return new InputReport(path, "spark-execution", a.plan() == null ? 0 : a.plan().operators().size(), findings, a.internalErrors());
    }

    private InputReport restJson(String path, String text) {
        JsonNode json;
        try {
            json = SparkRestJson.read(text);
        } catch (JsonProcessingException e) {
            return new InputReport(path, "spark-execution", 0, List.of(), List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        List<SqlExecution> executions;
        try {
            executions = SparkRestJson.executions(json);
        } catch (IllegalArgumentException e) {
            return new InputReport(path, UNUSABLE, 0, List.of(), List.of("not a Spark SQL execution dump: " + e.getMessage()));
        }
        SparkRestJsonLocations where = SparkRestJsonLocations.of(text);
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<SqlExecution> withoutPlan = new ArrayList<>();
        int operators = 0;
        for (SqlExecution e : executions) {
            if (e.planDescription().isBlank()) {
                withoutPlan.add(e);
                continue;
            }
            PlanAnalysis a = analyzer.analyzeExecution(e.withEnvironment(environment), stages);
            if (a.plan() != null) operators += a.plan().operators().size();
            for (Finding f : a.findings()) {
                Finding located = f.withLocation(locate(where, e, a, f.location()));
                findings.add(executions.size() > 1 ? located.withMessage("execution " + e.id() + ": " + f.message()) : located);
            }
            errors.addAll(a.internalErrors());
        }
        if (!withoutPlan.isEmpty()) findings.addAll(0, PlanMissing.findings(analyzer.config(), withoutPlan, where));
        if (executions.isEmpty()) errors.add("no Spark SQL execution found in the JSON");
        return new InputReport(path, "spark-execution", operators, findings, errors);
    }

    /** The operator's node object in the JSON file, else the execution object, else the operator alone. */
    private static Location locate(SparkRestJsonLocations where, SqlExecution e, PlanAnalysis a, Location inPlan) {
        String opId = inPlan.operatorId();
        if (opId != null && a.plan() != null) {
            PlanOperator op = a.plan().operator(Integer.parseInt(opId));
            Location node = op == null || op.restNodeId() < 0 ? null : where.node(e.id(), op.restNodeId(), opId);
            if (node != null) return node;
        }
        Location exec = where.execution(e.id(), opId);
        return exec != null ? exec : Location.ofOperator(opId);
    }
}
