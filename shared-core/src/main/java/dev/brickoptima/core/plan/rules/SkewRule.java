package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.MetricUnit;
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
import java.util.Map;
import java.util.Set;

/**
 * Partition skew: the slowest / biggest task far above the median. From stage task quantiles (shuffle read records
 * and bytes, input bytes, duration) and, for stages without summaries, from node metrics printed with
 * min/med/max (shuffle bytes read, operator time).
 */
public final class SkewRule implements PlanRule {
    static final Threshold FACTOR = Threshold.factor("factor", 5, "how many times the median the largest task must be");
    static final Threshold MIN_RECORDS = Threshold.count("minRecords", 10_000, "the fewest shuffle records read by the largest task to report");
    static final Threshold MIN_BYTES = Threshold.bytes("minBytes", 64 * PlanShapes.MIB, "the fewest bytes read by the largest task to report");
    static final Threshold MIN_MILLIS = Threshold.millis("minMillis", 2_000, "the shortest duration of the slowest task to report");
    static final Threshold MIN_TASKS = Threshold.count("minTasks", 3, "the fewest tasks a stage must have");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-skew")
        .title("Partition skew")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("One task processes far more data than the median task of its stage, so the stage waits for it while "
            + "the other cores idle; a hot join or grouping key (often NULL, 0, '' or a default id) is the usual "
            + "cause. Enable AQE skew-join handling (spark.sql.adaptive.enabled and "
            + "spark.sql.adaptive.skewJoin.enabled; tune skewedPartitionFactor / skewedPartitionThresholdInBytes), "
            + "filter or handle the hot key separately, salt it (add a random suffix on the big side and replicate "
            + "the small side), or broadcast the small side.")
        .bad("SELECT k, count(*) FROM events e JOIN users u ON e.user_id = u.id GROUP BY k  -- 40% of events have user_id 0")
        .good("SET spark.sql.adaptive.skewJoin.enabled=true; -- and/or filter user_id = 0 and handle it separately")
        .thresholds(FACTOR, MIN_RECORDS, MIN_BYTES, MIN_MILLIS, MIN_TASKS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double factor = ctx.threshold(FACTOR);
        double minRecords = ctx.threshold(MIN_RECORDS);
        double minBytes = ctx.threshold(MIN_BYTES);
        double minMillis = ctx.threshold(MIN_MILLIS);
        double minTasks = ctx.threshold(MIN_TASKS);
        Set<Integer> reportedStages = new HashSet<>();
        for (Map.Entry<Integer, StageSummary> e : ctx.stages().entrySet()) {
            StageSummary s = e.getValue();
            if (!s.hasDistributions() || s.numTasks() < minTasks) continue;
            String finding = null;
            finding = check(s, StageSummary.SHUFFLE_READ_RECORDS, "read", "records", minRecords, factor, MetricUnit.COUNT);
            if (finding == null) finding = check(s, StageSummary.SHUFFLE_READ_BYTES, "read", "of shuffle data", minBytes, factor, MetricUnit.BYTES);
            if (finding == null) finding = check(s, StageSummary.INPUT_BYTES, "read", "of input", minBytes, factor, MetricUnit.BYTES);
            if (finding == null) finding = check(s, StageSummary.DURATION, "ran", "", minMillis, factor, MetricUnit.MILLIS);
            if (finding == null) continue;
            double maxD = s.max(StageSummary.DURATION);
            double medD = s.median(StageSummary.DURATION);
            String dur = Double.isNaN(maxD) || Double.isNaN(medD) || finding.startsWith("max task ran") ? ""
                : "; slowest task " + PlanNumbers.millis(maxD) + " vs median " + PlanNumbers.millis(medD);
            PlanOperator op = StageOperators.forStage(ctx, s.stageId());
            if (op == null) continue;
            reportedStages.add(s.stageId());
            String aqe = op.name().contains("skew=true") ? " (AQE already split skewed partitions of this join)" : "";
            ctx.report(op, "Skew in stage " + s.stageId() + " (" + s.numTasks() + " tasks) at " + PlanShapes.ref(op) + ": "
                    + finding + dur + aqe,
                METADATA.rationale(), fixes());
        }
        // node metrics with min/med/max, for stages the caller gave no summary for
        for (PlanOperator op : ctx.operators()) {
            for (Map.Entry<String, MetricValue> m : op.metrics().entrySet()) {
                MetricValue v = m.getValue();
                if (!v.hasDistribution() || v.stageId() >= 0 && (reportedStages.contains(v.stageId()) || ctx.stages().containsKey(v.stageId()))) continue;
                String name = m.getKey();
                boolean bytesRead = v.unit() == MetricUnit.BYTES && (name.endsWith("bytes read") || name.equals("size of files read"));
                boolean time = v.unit() == MetricUnit.MILLIS && (name.equals("duration") || name.startsWith("time in") || name.equals("sort time"));
                if (!bytesRead && !time) continue;
                double min = bytesRead ? minBytes : minMillis;
                if (v.max() < min || v.max() < factor * v.med()) continue;
                if (v.stageId() >= 0) reportedStages.add(v.stageId());
                ctx.report(op, "Skew at " + PlanShapes.ref(op) + ": max task " + name + " " + v.format(v.max()) + " vs median "
                        + v.format(v.med()) + ": " + PlanNumbers.ratio(v.med() > 0 ? v.max() / v.med() : Double.POSITIVE_INFINITY)
                        + " skew" + (v.stageId() >= 0 ? " (stage " + v.stageId() + ", task " + v.taskId() + ")" : ""),
                    METADATA.rationale(), fixes());
                break;
            }
        }
    }

    private static String check(StageSummary s, String metric, String verb, String noun, double min, double factor, MetricUnit unit) {
        double max = s.max(metric);
        double med = s.median(metric);
        if (Double.isNaN(max) || Double.isNaN(med) || max < min) return null;
        if (med > 0 && max < factor * med) return null;
        String ratio = med > 0 ? PlanNumbers.ratio(max / med) : "unbounded";
        if (unit == MetricUnit.COUNT) {
            return "max task " + verb + " " + PlanNumbers.count(max) + " " + noun + " vs median " + PlanNumbers.count(med) + ": " + ratio + " skew";
        }
        if (unit == MetricUnit.MILLIS) {
            return "max task " + verb + " " + PlanNumbers.millis(max) + " vs median " + PlanNumbers.millis(med) + ": " + ratio + " skew";
        }
        return "max task " + verb + " " + PlanNumbers.bytes(max) + " " + noun + " vs median " + PlanNumbers.bytes(med) + ": " + ratio + " skew";
    }

    private static Fix[] fixes() {
        return new Fix[]{
            Fix.hint("Set spark.sql.adaptive.enabled=true and spark.sql.adaptive.skewJoin.enabled=true"),
            Fix.hint("Handle the hot key separately or salt it (append a random suffix on the large side, replicate the small side)"),
            Fix.hint("Broadcast the small side of the join: /*+ BROADCAST(small) */")};
    }
}
