package dev.brickoptima.cli;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.ReportContext;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Options shared by the analysing commands for the report: format, output file and the exit-code threshold. */
public final class ReportOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
        description = "text (default), json, sarif, html, github (workflow annotations), codeclimate (GitLab code quality).")
    ReportFormat format = ReportFormat.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding has at least this severity: info, warning, error (default).")
    String failOn = "error";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--allow-incomplete",
        description = "Do not exit 2 when an input, or part of one, could not be analysed (unreadable, over a limit, out of time); it is still reported.")
    boolean allowIncomplete;

    /** The --fail-on severity; checked before any work so a typo fails fast. */
    Severity threshold() {
        Severity s = Severity.parse(failOn);
        if (s == null) throw new UsageException("unknown severity '" + failOn + "' for --fail-on (info, warning, error)");
        return s;
    }

    /** Writes the report and returns the exit code for its findings. */
    int write(List<AnalyzedInput> inputs, ReportContext ctx, PrintWriter out) throws IOException {
        Severity threshold = threshold();
        String rendered = format.render(inputs, ctx);
        if (output != null) {
            ReportFile.write(output, rendered, inputs);
        } else {
            out.print(rendered);
            out.flush();
        }
        for (AnalyzedInput in : inputs) {
            for (Finding f : in.report().findings()) if (f.severity().atLeast(threshold)) return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    /** The exit code once something may not have been analysed: see {@link Unanalysed}; the reasons go to {@code err}. */
    int exitCode(List<AnalyzedInput> inputs, int findingsCode, PrintWriter err) {
        return Unanalysed.exitCode(inputs, findingsCode, allowIncomplete, err);
    }
}
