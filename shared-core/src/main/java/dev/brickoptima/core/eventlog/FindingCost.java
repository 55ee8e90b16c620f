package dev.brickoptima.core.eventlog;

/**
 * What a finding costs, estimated from the run: the task time of the stages its operator ran in (executor run time
 * summed over their tasks) and the bytes the operator handled (its largest byte metric: spill, files read, shuffle
 * written ...). {@code basis} says what was summed: "stages 3, 4" or "execution" when the operator named no stage.
 */
public record FindingCost(long taskTimeMs, long bytes, String basis) {
    public static final FindingCost NONE = new FindingCost(0, 0, "none");
}
