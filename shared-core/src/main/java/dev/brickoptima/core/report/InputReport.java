package dev.brickoptima.core.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;

import java.util.List;

/**
 * Findings for one analysed input (a file, a Spark execution).
 *
 * @param kind   "sql", "plan" or "spark-execution"
 * @param units  statements (SQL) or operators (plans) seen
 * @param errors inputs or parts that could not be analysed (unreadable file, plan that does not parse)
 */
public record InputReport(String path, String kind, int units, List<Finding> findings, List<String> errors) {
    public InputReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
