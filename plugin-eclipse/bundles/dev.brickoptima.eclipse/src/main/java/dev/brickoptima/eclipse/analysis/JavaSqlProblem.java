package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;

import java.util.List;

/**
 * A BrickOptima finding in a Java file: the core's rule id, severity, message and explanation, the source range
 * (offsets into the compilation unit, end exclusive) and the fixes as Java source edits, ready to apply as they are.
 *
 * @param suppression a Java edit that suppresses this finding for its statement, or null when none applies
 */
public record JavaSqlProblem(String ruleId, Severity severity, String message, String detail, int start, int end, int line,
                             List<Fix> fixes, Fix suppression) {
    public JavaSqlProblem {
        fixes = List.copyOf(fixes);
    }

    static JavaSqlProblem of(Finding f, int start, int end, int line, List<Fix> fixes, Fix suppression) {
        return new JavaSqlProblem(f.ruleId(), f.severity(), f.message(), f.detail(), start, end, line, fixes, suppression);
    }
}
