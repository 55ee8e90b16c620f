package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.report.InputReport;

import java.util.List;

/** Analyses plan text and Spark REST JSON inputs with the plan engine. */
final class PlanInputs {
    private final AnalyzerConfig config;

    PlanInputs(AnalyzerConfig config) {
        this.config = config;
    }

    InputReport analyze(String path, String text, InputKind kind) {
        return new InputReport(path, kind == InputKind.PLAN_TEXT ? "plan" : "spark-execution", 0, List.of(),
            List.of("plan analysis is not available in this build"));
    }
}
