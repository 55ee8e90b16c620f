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
        message = oneLine(message);
        related = List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, String message, Location location, List<Fix> fixes, String detail) {
        this(ruleId, severity, message, location, fixes, detail, List.of());
    }

    /**
     * The message as one line: rules quote plan and SQL text, and a quoted piece of a malformed input can hold a line
     * break (found by fuzzing), which would break every line-based report format.
     */
    private static String oneLine(String m) {
        if (m == null) return "";
        int i = 0;
        while (i < m.length() && m.charAt(i) != '\n' && m.charAt(i) != '\r') i++;
        if (i == m.length()) return m;
        StringBuilder sb = new StringBuilder(m.length());
        boolean space = false;
        for (int k = 0; k < m.length(); k++) {
            char c = m.charAt(k);
            if (c == '\n' || c == '\r') {
                space = true;
                continue;
            }
            // one space where the break was, unless the text already has one on either side
            if (space && sb.length() > 0 && c != ' ' && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
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
