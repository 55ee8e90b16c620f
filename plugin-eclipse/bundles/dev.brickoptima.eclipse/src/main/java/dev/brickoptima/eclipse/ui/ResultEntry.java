package dev.brickoptima.eclipse.ui;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;

/** One row of the results view, whatever produced it (SQL in Java, a .sql file, a Spark plan). */
public record ResultEntry(Severity severity, String ruleId, String message, String detail, int line, int start, int end,
                          String operatorId, List<String> fixes) {

    /** A finding on text that starts at {@code baseOffset} / {@code baseLine} of a document. */
    public static ResultEntry of(Finding f, int baseOffset, int baseLine) {
        List<String> fixes = new ArrayList<>();
        for (Fix fix : f.fixes()) {
            String how = fix.isHint() ? "" : " (" + preview(fix) + ")";
            fixes.add(fix.description() + how);
        }
        var l = f.location();
        return new ResultEntry(f.severity(), f.ruleId(), f.message(), f.detail(), baseLine + l.line() - 1,
            baseOffset + l.start(), baseOffset + l.end(), l.operatorId(), fixes);
    }

    private static String preview(Fix fix) {
        StringBuilder sb = new StringBuilder();
        for (var e : fix.edits()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append("replace with '").append(e.replacement()).append('\'');
        }
        return sb.length() > 120 ? sb.substring(0, 117) + "..." : sb.toString();
    }

    /** The text shown under the table for this entry. */
    public String explanation() {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(ruleId).append("] ").append(severity.label()).append(operatorId != null ? ", operator (" + operatorId + ")" : "")
            .append('\n').append(message).append("\n\n");
        if (detail != null && !detail.isEmpty()) sb.append(detail).append("\n\n");
        if (!fixes.isEmpty()) {
            sb.append("Fixes:\n");
            for (String f : fixes) sb.append("  - ").append(f).append('\n');
        }
        return sb.toString();
    }
}
