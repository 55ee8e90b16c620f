package dev.brickoptima.jvm.report;

import dev.brickoptima.core.report.Fingerprint;
import dev.brickoptima.core.report.InputReport;

import java.nio.file.Path;
import java.util.List;

/**
 * One input as the report writers need it: its findings, the text that was analysed (null when it could not be read)
 * and the file it lives in (null for inputs that are not files, such as live Spark executions). Standard input named
 * with {@code --stdin-filename} has that file.
 */
public record AnalyzedInput(InputReport report, String text, Path file) {

    public static AnalyzedInput of(InputReport report) {
        return new AnalyzedInput(report, null, null);
    }

    /**
     * Whether finding offsets point into {@link #text()} (SQL, plan text, PostgreSQL plan files and Java sources; not Spark REST JSON,
     * whose plans are embedded strings).
     */
    public boolean offsetsInText() {
        return text != null && (report.kind().equals("sql") || report.kind().equals("plan") || report.kind().equals("pg-plan")
            || report.kind().equals("java"));
    }

    /**
     * Whether finding lines are lines of {@link #file()}: SQL and plan text, and plan inputs read from a file (findings
     * on REST JSON dumps point at the operator's node object, on saved Spark UI pages at the plan line). Offsets may
     * still not point into {@link #text()}: see {@link #offsetsInText()}.
     */
    public boolean linesInFile() {
        return file != null && text != null && (offsetsInText() || report.kind().equals("spark-execution"));
    }

    /** Fingerprints of the findings, in order (see {@link Fingerprint}). */
    public List<String> fingerprints() {
        return Fingerprint.of(report.findings(), offsetsInText() ? text : null);
    }
}
