package dev.brickoptima.core.plan;

import dev.brickoptima.core.finding.Finding;

import java.util.List;

/**
 * Result of analysing one plan: findings, the parsed plan (null when the text did not parse) and internal errors
 * (a rule that threw; its findings are dropped, the other rules still ran).
 */
public record PlanAnalysis(List<Finding> findings, PhysicalPlan plan, List<String> internalErrors) {
    public PlanAnalysis {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
    }
}
