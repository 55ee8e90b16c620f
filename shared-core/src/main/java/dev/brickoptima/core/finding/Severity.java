package dev.brickoptima.core.finding;

/**
 * How bad a finding is. Ordered: INFO &lt; WARNING &lt; ERROR. The default severities follow one policy, so that an
 * error means the same thing in every host (a red mark in the IDE, a failed CI gate):
 * <ul>
 *   <li>ERROR: the engine rejects the statement, it destroys data, or it opens a security hole;</li>
 *   <li>WARNING: it runs, but the result is probably not what was meant (a condition that never holds) or it is
 *       likely slow (a plan rule with an error threshold is an error beyond it);</li>
 *   <li>INFO: worth knowing, often intended.</li>
 * </ul>
 * Spark's own SQL test suite checks the first point: no error-level finding on a statement Spark ran.
 */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Parses "info", "warning"/"warn", "error" (any case); null for anything else. */
    public static Severity parse(String s) {
        if (s == null) return null;
        switch (s.trim().toLowerCase()) {
            case "info": return INFO;
            case "warn":
            case "warning": return WARNING;
            case "error": return ERROR;
            default: return null;
        }
    }

    public String label() {
        return name().toLowerCase();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
