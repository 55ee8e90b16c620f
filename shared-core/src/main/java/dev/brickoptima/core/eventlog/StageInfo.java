package dev.brickoptima.core.eventlog;

/**
 * A stage attempt as job and stage events describe it. Times are -1 when absent ("Submission Time" is missing for
 * stages that never ran).
 */
public record StageInfo(int stageId, int attemptId, String name, int numTasks, long submissionTime, long completionTime,
                        String failureReason) {
}
