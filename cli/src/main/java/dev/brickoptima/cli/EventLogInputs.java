package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.eventlog.EventLogAnalysis;
import dev.brickoptima.jvm.eventlog.EventLogException;
import dev.brickoptima.jvm.eventlog.LocalEventLogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses Spark event logs (a file, plain or compressed, in progress or not, or a rolling {@code eventlog_v2_*}
 * directory): one report per SQL execution, named "LOG: APP execution N (description)", findings on its operators.
 */
final class EventLogInputs {
    static final String KIND = "spark-event-log";
    private final EventLogAnalysis analysis;

    EventLogInputs(AnalyzerConfig config) {
        this.analysis = new EventLogAnalysis(new ExecutionAnalyzer(new PlanAnalyzer(config)));
    }

    /** Whether {@code p} is an event log, by content (or a rolling log directory). */
    static boolean isEventLog(Path p) {
        return LocalEventLogs.isEventLog(p);
    }

    /** The reports of one log; a log that cannot be read gives one report with the error and kind "unknown". */
    List<InputReport> analyze(Path p, String unreadableKind) {
        List<InputReport> reports = new ArrayList<>();
        EventLogAnalysis.Summary summary;
        try {
            summary = analysis.analyze(LocalEventLogs.of(p), a -> reports.add(report(p, a)));
        } catch (EventLogException e) {
            return List.of(new InputReport(p.toString(), unreadableKind, 0, List.of(), List.of(e.getMessage())));
        }
        List<String> problems = new ArrayList<>(summary.read().problems());
        if (summary.executions() == 0) problems.add("no SQL execution in the log");
        if (!problems.isEmpty()) {
            String app = summary.application().displayId();
            reports.add(new InputReport(p + (app.isEmpty() ? "" : ": " + app), KIND, 0, List.of(), problems));
        }
        return reports;
    }

    private static InputReport report(Path p, AnalyzedExecution a) {
        int operators = a.analysis().plan() == null ? 0 : a.analysis().plan().operators().size();
        return new InputReport(p + ": " + a.label(), KIND, operators, a.findings(), a.analysis().internalErrors());
    }
}
