package dev.brickoptima.jvm.eventlog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ApplicationInfo;
import dev.brickoptima.core.eventlog.EventLogReplay;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.eventlog.ReplaySink;
import dev.brickoptima.core.eventlog.ReplayedExecution;
import dev.brickoptima.core.eventlog.SparkEvent;

/**
 * Reads one event log and analyses each SQL execution as soon as the log shows it ended, handing the result on
 * immediately, so a log of any size is analysed in the memory of its largest running executions.
 */
public final class EventLogAnalysis {

    /** What the log held besides the analysed executions. */
    public record Summary(ApplicationInfo application, int executions, EventLogReader.Result read,
                          List<SparkEvent.RecordedFindings> recordedFindings) {
    }

    private final ExecutionAnalyzer analyzer;

    public EventLogAnalysis(ExecutionAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Replays {@code source}, analysing each execution into {@code out}; {@link EventLogException} if unreadable. */
    public Summary analyze(EventLogSource source, Consumer<AnalyzedExecution> out) {
        List<SparkEvent.RecordedFindings> recorded = new ArrayList<>();
        EventLogReplay replay = new EventLogReplay(new ReplaySink() {
            @Override
            public void execution(ReplayedExecution e) {
                out.accept(analyzer.analyze(e));
            }

            @Override
            public void recordedFindings(ApplicationInfo app, SparkEvent.RecordedFindings f) {
                recorded.add(f);
            }
        });
        EventLogReader.Result read = new EventLogReader().read(source, replay::accept);
        replay.finish();
        return new Summary(replay.application(), replay.executionsEmitted(), read, recorded);
    }
}
