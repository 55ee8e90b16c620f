package dev.brickoptima.core.eventlog;

/**
 * The task metrics of a task end event that the stage totals and task quantiles need (the REST API's names in
 * comments). Shuffle read bytes are local plus remote, as the REST API reports them.
 */
public record TaskMetrics(long executorDeserializeTime, long executorRunTime, long memoryBytesSpilled,
                          long diskBytesSpilled, long inputBytes, long inputRecords, long shuffleReadBytes,
                          long shuffleReadRecords, long shuffleWriteBytes, long shuffleWriteRecords) {
}
