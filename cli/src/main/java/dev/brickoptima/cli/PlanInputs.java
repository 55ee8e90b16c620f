package dev.brickoptima.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.spark.SparkRestJson;

import java.util.ArrayList;
import java.util.List;

/** Analyses plan text files and Spark REST JSON dumps (one execution or the array {@code /sql?details=true} returns). */
final class PlanInputs {
    private final PlanAnalyzer analyzer;

    PlanInputs(AnalyzerConfig config) {
        this.analyzer = new PlanAnalyzer(config);
    }

    InputReport analyze(String path, String text, InputKind kind) {
        if (kind == InputKind.PLAN_TEXT) {
            PlanAnalysis a = analyzer.analyzeText(text);
            return new InputReport(path, "plan", a.plan() == null ? 0 : a.plan().operators().size(), a.findings(), a.internalErrors());
        }
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
            // one badly shaped dump is this input's error, never the end of the run
            return new InputReport(path, "spark-execution", 0, List.of(), List.of("not Spark REST JSON: " + e.getMessage()));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int operators = 0;
        for (SqlExecution e : executions) {
            PlanAnalysis a = analyzer.analyzeExecution(e, List.of());
            if (a.plan() != null) operators += a.plan().operators().size();
            for (Finding f : a.findings()) {
                findings.add(executions.size() > 1 ? f.withMessage("execution " + e.id() + ": " + f.message()) : f);
            }
            errors.addAll(a.internalErrors());
        }
        if (executions.isEmpty()) errors.add("no Spark SQL execution found in the JSON");
        return new InputReport(path, "spark-execution", operators, findings, errors);
    }
}
