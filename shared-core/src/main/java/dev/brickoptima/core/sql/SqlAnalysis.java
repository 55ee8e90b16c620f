package dev.brickoptima.core.sql;

import dev.brickoptima.core.finding.Finding;

import java.util.List;

/**
 * Result of analysing a script or template: findings in text order, and counts of statements seen, parsed
 * and skipped (dialect commands). {@code internalErrors} lists rules that failed on a statement; they never
 * stop the analysis.
 */
public record SqlAnalysis(List<Finding> findings, int statements, int parsed, int skipped, List<String> internalErrors) {
    public SqlAnalysis {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
    }
}
