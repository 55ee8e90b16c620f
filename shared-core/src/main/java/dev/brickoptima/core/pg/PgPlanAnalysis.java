package dev.brickoptima.core.pg;

import dev.brickoptima.core.finding.Finding;

import java.util.List;

/**
 * Result of analysing one PostgreSQL plan: findings (by line), the parsed plan (null when the text did not parse),
 * rule failures, and the candidate indexes the rules proposed (unproven; see the JVM layer's hypopg prover).
 */
public record PgPlanAnalysis(List<Finding> findings, PgPlan plan, List<String> internalErrors, List<IndexCandidate> candidates) {
    public PgPlanAnalysis {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
        candidates = List.copyOf(candidates);
    }
}
