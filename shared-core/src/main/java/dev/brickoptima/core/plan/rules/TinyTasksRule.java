package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/**
 * Too many tiny tasks: a stage with many tasks and a tiny median duration, or a shuffle into many partitions holding
 * little data each without AQE coalescing them (no AQEShuffleRead above the exchange).
 */
public final class TinyTasksRule implements PlanRule {
    static final Threshold MIN_TASKS = Threshold.count("minTasks", 200, "the fewest tasks a stage must have");
    static final Threshold MAX_MEDIAN_MILLIS = Threshold.millis("maxMedianMillis", 50, "the longest median task duration reported");
    static final Threshold MAX_PARTITION_BYTES = Threshold.bytes("maxPartitionBytes", PlanShapes.MIB, "the largest average shuffle partition reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-tiny-tasks")
        .title("Too many tiny tasks or partitions")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Each task costs scheduling, deserialization and a shuffle block per upstream task; when the median "
            + "task runs for a few milliseconds or a shuffle partition holds a few kilobytes, overhead dominates. "
            + "Enable AQE partition coalescing (spark.sql.adaptive.enabled, "
            + "spark.sql.adaptive.coalescePartitions.enabled), lower spark.sql.shuffle.partitions for small data, "
            + "and raise spark.sql.files.maxPartitionBytes when scans split into many small tasks.")
        .bad("spark.sql.shuffle.partitions=2000 for a 50 MB aggregation with AQE off")
        .good("spark.sql.adaptive.enabled=true (coalesces to a few partitions)")
        .thresholds(MIN_TASKS, MAX_MEDIAN_MILLIS, MAX_PARTITION_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double minTasks = ctx.threshold(MIN_TASKS);
        double maxMedian = ctx.threshold(MAX_MEDIAN_MILLIS);
        double maxPartitionBytes = ctx.threshold(MAX_PARTITION_BYTES);
        for (StageSummary s : ctx.stages().values()) {
            if (s.numTasks() < minTasks || !s.hasDistributions()) continue;
            double med = s.median(StageSummary.DURATION);
            if (Double.isNaN(med) || med > maxMedian) continue;
            PlanOperator op = StageOperators.forStage(ctx, s.stageId());
            if (op == null) continue;
            ctx.report(op, "Stage " + s.stageId() + " ran " + PlanNumbers.count(s.numTasks()) + " tasks with a median duration of "
                    + PlanNumbers.millis(med) + " (threshold " + PlanNumbers.millis(maxMedian) + "), at " + PlanShapes.ref(op),
                METADATA.rationale(), fixes());
        }
        for (PlanOperator op : ctx.operators()) {
            if (!op.isShuffle()) continue;
            MetricValue parts = op.metric("number of partitions");
            MetricValue size = op.metric("data size");
            if (parts == null || size == null || parts.total() < minTasks) continue;
            if (op.parent() != null && (op.parent().is("AQEShuffleRead") || op.parent().is("ShuffleQueryStage")
                && op.parent().parent() != null && op.parent().parent().is("AQEShuffleRead"))) continue;
            double avg = size.total() / parts.total();
            if (avg >= maxPartitionBytes) continue;
            ctx.report(op, PlanShapes.ref(op) + " shuffles " + PlanNumbers.bytes(size.total()) + " into "
                    + PlanNumbers.count(parts.total()) + " partitions: " + PlanNumbers.bytes(avg) + " per partition",
                METADATA.rationale(), fixes());
        }
    }

    private static Fix[] fixes() {
        return new Fix[]{
            Fix.hint("Set spark.sql.adaptive.enabled=true and spark.sql.adaptive.coalescePartitions.enabled=true"),
            Fix.hint("Lower spark.sql.shuffle.partitions for this job")};
    }
}
