package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

import java.util.List;

/** Compiler-style text: {@code path:line:col: severity rule-id message}, then the fix or hint indented below. */
public final class TextReportWriter {
    private TextReportWriter() {
    }

    public static String write(List<InputReport> reports) {
        StringBuilder sb = new StringBuilder();
        long[] counts = new long[Severity.values().length];
        int inputs = 0;
        for (InputReport r : reports) {
            inputs++;
            for (String e : r.errors()) sb.append(r.path()).append(": error: ").append(e).append('\n');
            for (Finding f : r.findings()) {
                counts[f.severity().ordinal()]++;
                sb.append(r.path()).append(':').append(f.location().line()).append(':').append(f.location().column()).append(": ")
                    .append(f.severity().label()).append(' ').append(f.ruleId()).append(' ');
                if (f.location().operatorId() != null) sb.append("[operator ").append(f.location().operatorId()).append("] ");
                sb.append(f.message()).append('\n');
                for (Fix fx : f.fixes()) {
                    sb.append("    ").append(fx.isHint() ? "hint: " : "fix: ").append(fx.description()).append('\n');
                }
            }
        }
        long total = counts[0] + counts[1] + counts[2];
        sb.append(total).append(total == 1 ? " finding" : " findings").append(" (")
            .append(counts[Severity.ERROR.ordinal()]).append(" error, ")
            .append(counts[Severity.WARNING.ordinal()]).append(" warning, ")
            .append(counts[Severity.INFO.ordinal()]).append(" info) in ").append(inputs).append(inputs == 1 ? " input" : " inputs").append('\n');
        return sb.toString();
    }
}
