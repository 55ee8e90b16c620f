package dev.brickoptima.core.finding;

/** How bad a finding is. Ordered: INFO &lt; WARNING &lt; ERROR. */
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
