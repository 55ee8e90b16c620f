package dev.brickoptima.core.finding;

import java.util.List;

/**
 * One problem: stable rule id, severity, one-line message, location and fixes.
 * {@code detail} carries the explanation of why and how to fix, shown under the message. {@code related} are other
 * places in the same input the finding concerns (SQL held in a constant: where it is executed).
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Fix> fixes, String detail,
                      List<Location> related) {
    public Finding {
        fixes = List.copyOf(fixes);
        related = List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, String message, Location location, List<Fix> fixes, String detail) {
        this(ruleId, severity, message, location, fixes, detail, List.of());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, location, fixes, detail, related);
    }

    public Finding withLocation(Location l) {
        return new Finding(ruleId, severity, message, l, fixes, detail, related);
    }

    public Finding withMessage(String m) {
        return new Finding(ruleId, severity, m, location, fixes, detail, related);
    }

    public Finding withFixes(List<Fix> f) {
        return new Finding(ruleId, severity, message, location, f, detail, related);
    }

    public Finding withRelated(List<Location> r) {
        return new Finding(ruleId, severity, message, location, fixes, detail, r);
    }
}
