package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.StageSummary;

/**
 * One stage attempt as Spark's status store records it ({@code AppStatusListener}'s {@code LiveStage}): status, the
 * info of the latest event, and totals of the task metrics of tasks that ended while the stage was live.
 */
final class StageState {
    static final String PENDING = "PENDING";
    static final String ACTIVE = "ACTIVE";
    static final String COMPLETE = "COMPLETE";
    static final String FAILED = "FAILED";
    static final String SKIPPED = "SKIPPED";

    StageInfo info;
    String status = PENDING;
    int activeTasks;
    long executorRunTime;
    long memoryBytesSpilled;
    long diskBytesSpilled;
    long inputBytes;
    long inputRecords;
    long shuffleReadBytes;
    long shuffleReadRecords;
    long shuffleWriteBytes;

    StageState(StageInfo info) {
        this.info = info;
    }

    void addMetrics(TaskMetrics m) {
        executorRunTime += m.executorRunTime();
        memoryBytesSpilled += m.memoryBytesSpilled();
        diskBytesSpilled += m.diskBytesSpilled();
        inputBytes += m.inputBytes();
        inputRecords += m.inputRecords();
        shuffleReadBytes += m.shuffleReadBytes();
        shuffleReadRecords += m.shuffleReadRecords();
        shuffleWriteBytes += m.shuffleWriteBytes();
    }

    StageSummary summary(TaskTable tasks) {
        StageSummary.Builder b = StageSummary.builder(info.stageId()).attemptId(info.attemptId()).status(status)
            .name(info.name()).numTasks(info.numTasks()).executorRunTimeMs(executorRunTime)
            .memoryBytesSpilled(memoryBytesSpilled).diskBytesSpilled(diskBytesSpilled).inputBytes(inputBytes)
            .inputRecords(inputRecords).shuffleReadBytes(shuffleReadBytes).shuffleReadRecords(shuffleReadRecords)
            .shuffleWriteBytes(shuffleWriteBytes);
        if (tasks != null) tasks.addDistributions(b);
        return b.build();
    }
}
