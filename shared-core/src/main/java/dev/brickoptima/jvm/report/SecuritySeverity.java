package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.Map;

/**
 * The {@code security-severity} score (0.0-10.0, CVSS-like) GitHub code scanning uses to rank security alerts:
 * critical above 9.0, high 7.0-8.9, medium 4.0-6.9, low below 4.0.
 */
final class SecuritySeverity {
    /** Rules whose impact is not told by their default severity (injection is a warning only because literals can be safe). */
    private static final Map<String, String> BY_RULE = Map.of(
        "sql-injection-risk", "8.8",
        "grant-to-public", "6.5");

    private SecuritySeverity() {
    }

    static String of(RuleMetadata m) {
        String s = BY_RULE.get(m.id());
        if (s != null) return s;
        return m.defaultSeverity() == Severity.ERROR ? "8.0" : m.defaultSeverity() == Severity.WARNING ? "5.5" : "3.0";
    }
}
