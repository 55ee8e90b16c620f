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

import java.util.HashSet;
import java.util.Set;

/** Spill: operator "spill size" metrics, and stage memory/disk spill totals for stages no operator reported. */
public final class SpillRule implements PlanRule {
    static final Threshold MIN_BYTES = Threshold.bytes("minBytes", 0, "the least spilled bytes to report (0: any spill)");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-spill")
        .title("Spill to memory and disk")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A sort, aggregation or join ran out of execution memory and spilled: rows were serialized, written "
            + "to local disk and merged back, often several times slower than the in-memory path. Give each task less "
            + "data (more shuffle partitions: spark.sql.shuffle.partitions, or with AQE a smaller "
            + "spark.sql.adaptive.advisoryPartitionSizeInBytes), more memory (spark.executor.memory, "
            + "spark.memory.fraction, fewer cores per executor), or fix the skew that makes one task big.")
        .bad("a 200 GB aggregation with spark.sql.shuffle.partitions=200 (1 GB per task)")
        .good("spark.sql.shuffle.partitions=2000, or AQE with advisoryPartitionSizeInBytes=128m")
        .thresholds(MIN_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double minBytes = ctx.threshold(MIN_BYTES);
        Set<Integer> covered = new HashSet<>();
        for (PlanOperator op : ctx.operators()) {
            MetricValue spill = op.metric("spill size");
            if (spill == null || !(spill.total() > minBytes)) continue;
            covered.addAll(PlanRuleContext.stageIdsOf(op));
            String dist = spill.hasDistribution() ? " (max task " + PlanNumbers.bytes(spill.max()) + ", median " + PlanNumbers.bytes(spill.med()) + ")" : "";
            MetricValue peak = op.metric("peak memory");
            String mem = peak == null ? "" : "; peak memory " + PlanNumbers.bytes(peak.hasDistribution() ? peak.max() : peak.total())
                + (peak.hasDistribution() ? " per task" : "");
            ctx.report(op, PlanShapes.ref(op) + " spilled " + PlanNumbers.bytes(spill.total()) + dist + mem, METADATA.rationale(), fixes());
        }
        for (StageSummary s : ctx.stages().values()) {
            if (covered.contains(s.stageId())) continue;
            long mem = s.memoryBytesSpilled();
            long disk = s.diskBytesSpilled();
            if (!(mem > minBytes) && !(disk > minBytes)) continue;
            PlanOperator op = StageOperators.forStage(ctx, s.stageId());
            if (op == null) continue;
            ctx.report(op, "Stage " + s.stageId() + " spilled " + PlanNumbers.bytes(mem) + " from memory (" + PlanNumbers.bytes(disk)
                    + " on disk) across " + s.numTasks() + " tasks, at " + PlanShapes.ref(op),
                METADATA.rationale(), fixes());
        }
    }

    private static Fix[] fixes() {
        return new Fix[]{
            Fix.hint("Raise spark.sql.shuffle.partitions or lower spark.sql.adaptive.advisoryPartitionSizeInBytes so each task gets less data"),
            Fix.hint("Give tasks more memory: spark.executor.memory, spark.memory.fraction, or fewer cores per executor")};
    }
}
