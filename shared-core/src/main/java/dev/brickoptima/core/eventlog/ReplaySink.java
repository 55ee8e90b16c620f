package dev.brickoptima.core.eventlog;

/** Receives what {@link EventLogReplay} rebuilds, as soon as it is complete. */
public interface ReplaySink {
    /** An execution ended (or the log ended while it ran). */
    void execution(ReplayedExecution execution);

    /** BrickOptima's listener recorded findings for an execution while the application ran. */
    default void recordedFindings(ApplicationInfo application, SparkEvent.RecordedFindings findings) {
    }
}
