package dev.brickoptima.cli;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.UnfinishedStatement;
import dev.brickoptima.jvm.report.AnalyzedInput;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a run could not analyse: inputs that could not be read or recognised, inputs whose report carries an error
 * (REST JSON that is not valid JSON, a Java file the parser gave up on, a rule that failed on a statement), and
 * statements or plans refused by a limit or stopped by the time budget. A CI gate must never pass them silently, so they make the exit code 2 and are
 * named on standard error with their reason, unless {@code --allow-incomplete} accepts them (they stay in the report).
 */
final class Unanalysed {
    /**
     * Engine findings that mean "this part was not analysed"; a parse error is a finding about the SQL instead, except
     * an unclosed comment or quote, which hides the rest of the input.
     */
    static final Set<String> NOT_ANALYSED = Set.of("input-too-large", "nesting-too-deep", "analysis-timeout");

    private Unanalysed() {
    }

    /** One line per input that was not (fully) analysed, with the reason. */
    static List<String> describe(List<AnalyzedInput> inputs) {
        List<String> out = new ArrayList<>();
        for (AnalyzedInput in : inputs) {
            String name = in.report().path();
            if (in.report().kind().equals(InputAnalyzer.UNREADABLE)) {
                String why = in.report().errors().isEmpty() ? "unknown reason" : in.report().errors().get(0);
                out.add(why.startsWith("cannot read") ? name + ": " + why : "cannot analyse " + name + ": " + why);
                continue;
            }
            for (String error : in.report().errors()) out.add(name + ": " + error);
            for (Finding f : in.report().findings()) {
                if (NOT_ANALYSED.contains(f.ruleId())
                    || (f.ruleId().equals("parse-error") && UnfinishedStatement.hidesTheRest(f.message()))) {
                    out.add(name + ":" + f.location().line() + ": " + f.ruleId() + ": " + f.message());
                }
            }
        }
        return out;
    }

    /** The exit code: 2 when something was not analysed (and not allowed), else the findings' code. */
    static int exitCode(List<AnalyzedInput> inputs, int findingsCode, boolean allowIncomplete, PrintWriter err) {
        List<String> lines = describe(inputs);
        for (int i = 0; i < lines.size() && i < 20; i++) err.println("brickoptima: " + lines.get(i));
        if (lines.size() > 20) err.println("brickoptima: ... and " + (lines.size() - 20) + " more (see the report)");
        if (lines.isEmpty()) return findingsCode;
        if (allowIncomplete) return findingsCode;
        err.println("brickoptima: not everything was analysed (" + lines.size() + (lines.size() == 1 ? " place" : " places")
            + "): exit code " + ExitCode.USAGE + " (--allow-incomplete reports it without failing the run)");
        err.flush();
        return ExitCode.USAGE;
    }
}
