package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;

import java.util.List;

/**
 * Runs every plan rule on a replayed execution with its own stages (what the live REST path does with
 * {@code /sql/<id>} and the stages of the execution's jobs), and estimates each finding's cost. An execution
 * without a plan (some commands; one still being planned) has nothing to analyse and no findings. Thread-safe.
 */
public final class ExecutionAnalyzer {
    private final PlanAnalyzer analyzer;

    public ExecutionAnalyzer(PlanAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public AnalyzedExecution analyze(ReplayedExecution e) {
        if (e.execution().planDescription().isBlank()) {
            return new AnalyzedExecution(e, new PlanAnalysis(List.of(), null, List.of()), List.of());
        }
        PlanAnalysis a = analyzer.analyzeExecution(e.execution(), e.stages(), true);
        return new AnalyzedExecution(e, a, FindingCosts.of(a.plan(), e.stages(), a.findings()));
    }
}
