package dev.brickoptima.core.finding;

import java.util.List;

/**
 * One problem: stable rule id, severity, one-line message, location and fixes.
 * {@code detail} carries the explanation of why and how to fix, shown under the message.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Fix> fixes, String detail) {
    public Finding {
        fixes = List.copyOf(fixes);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, location, fixes, detail);
    }

    public Finding withLocation(Location l) {
        return new Finding(ruleId, severity, message, l, fixes, detail);
    }

    public Finding withMessage(String m) {
        return new Finding(ruleId, severity, m, location, fixes, detail);
    }

    public Finding withFixes(List<Fix> f) {
        return new Finding(ruleId, severity, message, location, f, detail);
    }
}
