package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}): each finding becomes an annotation
 * on the pull request's diff. Paths are relative to the base directory (the workspace).
 */
public final class GithubAnnotationWriter {
    private GithubAnnotationWriter() {
    }

    public static String write(List<AnalyzedInput> inputs, ReportContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (AnalyzedInput in : inputs) {
            InputReport r = in.report();
            String path = ctx.displayPath(in);
            for (String e : r.errors()) {
                sb.append("::error");
                if (in.file() != null) sb.append(" file=").append(property(path));
                sb.append(",title=").append(property("brickoptima: input not analysed")).append("::")
                    .append(data(path + ": " + e)).append('\n');
            }
            for (Finding f : r.findings()) {
                sb.append("::").append(command(f.severity()));
                if (in.file() != null) {
                    sb.append(" file=").append(property(path));
                    if (in.linesInFile()) {
                        sb.append(",line=").append(f.location().line()).append(",col=").append(f.location().column());
                        sb.append(",endLine=").append(Math.max(f.location().endLine(), f.location().line()));
                        if (f.location().endLine() == f.location().line()) sb.append(",endColumn=").append(f.location().endColumn());
                    }
                    sb.append(',');
                } else {
                    sb.append(' ');
                }
                sb.append("title=").append(property(f.ruleId())).append("::");
                sb.append(data((in.file() == null ? path + ": " : "") + f.message()));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String command(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "notice";
        }
    }

    /** Escaping of a command's message, as the Actions runner expects. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value: also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
