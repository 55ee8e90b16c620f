package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;

import java.util.List;

/**
 * One SQL execution rebuilt from events: what the REST API's {@code /sql/<id>} would return, and the stages of its jobs
 * as {@code /stages?withSummaries=true} would describe them (every attempt, newest stage first).
 */
public record ReplayedExecution(ApplicationInfo application, SqlExecution execution, long rootExecutionId,
                                List<StageSummary> stages) {
    public ReplayedExecution {
        stages = List.copyOf(stages);
    }
}
