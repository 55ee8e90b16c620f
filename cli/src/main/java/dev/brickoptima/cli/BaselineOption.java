package dev.brickoptima.cli;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.report.Baseline;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.BaselineFile;
import dev.brickoptima.jvm.report.ReportContext;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --baseline FILE}: report (and fail on) only findings that are not in the baseline; list the fixed ones on stderr. */
public final class BaselineOption {
    @Option(names = "--baseline", paramLabel = "FILE",
        description = "Report only findings not recorded in this baseline (see 'brickoptima baseline'); fixed ones are listed on standard error.")
    Path baseline;

    List<AnalyzedInput> apply(List<AnalyzedInput> inputs, ReportContext ctx, PrintWriter err) {
        if (baseline == null) return inputs;
        Baseline recorded = read(baseline);
        List<Baseline.Entry> current = BaselineFile.entries(inputs, ctx);
        Baseline.Comparison cmp = recorded.compare(current);
        List<AnalyzedInput> out = new ArrayList<>();
        int i = 0;
        for (AnalyzedInput in : inputs) {
            List<Finding> kept = new ArrayList<>();
            for (Finding f : in.report().findings()) {
                if (cmp.isNew().get(i++)) kept.add(f);
            }
            InputReport r = in.report();
            out.add(new AnalyzedInput(new InputReport(r.path(), r.kind(), r.units(), kept, r.errors()), in.text(), in.file()));
        }
        long known = current.size() - cmp.newCount();
        err.println("brickoptima: baseline " + baseline + ": " + cmp.newCount() + " new, " + known + " known (not reported), "
            + cmp.fixed().size() + " fixed");
        for (Baseline.Entry e : cmp.fixed()) {
            err.println("  fixed: " + e.path() + (e.line() > 0 ? ":" + e.line() : "") + " " + e.ruleId() + " " + e.message());
        }
        err.flush();
        return out;
    }

    static Baseline read(Path file) {
        try {
            return BaselineFile.read(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("cannot read baseline " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("baseline " + file + ": " + e.getMessage());
        }
    }
}
