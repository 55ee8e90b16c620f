package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** A broadcast larger than {@code plan-large-broadcast.maxBytes}: "data size" metric or BroadcastQueryStage statistics. */
public final class LargeBroadcastRule implements PlanRule {
    static final Threshold MAX_BYTES = Threshold.bytes("maxBytes", 256 * PlanShapes.MIB, "the largest broadcast not reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-large-broadcast")
        .title("Large broadcast")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The broadcast relation is collected to the driver, serialized and copied into the memory of every "
            + "executor; large ones slow the query down, pressure driver memory (spark.driver.maxResultSize) and can "
            + "fail with out of memory or the 8 GB broadcast limit. Filter and project the broadcast side to the "
            + "columns and rows the join needs, drop a BROADCAST hint on a big table, or lower "
            + "spark.sql.autoBroadcastJoinThreshold so Spark uses a sort-merge or shuffled hash join.")
        .bad("SELECT /*+ BROADCAST(c) */ * FROM orders o JOIN customers c ON o.cid = c.id  -- customers is 3 GB")
        .good("SELECT * FROM orders o JOIN (SELECT id, segment FROM customers WHERE active) c ON o.cid = c.id")
        .thresholds(MAX_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double max = ctx.threshold(MAX_BYTES);
        for (PlanOperator op : ctx.operators()) {
            double size = Double.NaN;
            String source = "";
            if (op.is("BroadcastExchange")) {
                MetricValue ds = op.metric("data size");
                if (ds != null) {
                    size = ds.total();
                    source = "data size";
                }
            } else if (op.is("BroadcastQueryStage") && op.statistics() != null && op.statistics().hasSize()) {
                // the exchange below reports the same broadcast; prefer its metric when it has one
                PlanOperator below = PlanShapes.children(op).isEmpty() ? null : PlanShapes.children(op).get(0);
                if (below != null && below.metric("data size") != null) continue;
                size = op.statistics().sizeInBytes();
                source = "AQE statistics";
            }
            if (Double.isNaN(size) || size <= max) continue;
            MetricValue build = op.metric("time to build");
            MetricValue bc = op.metric("time to broadcast");
            String times = (build == null ? "" : "; build " + PlanNumbers.millis(build.total()))
                + (bc == null ? "" : ", broadcast " + PlanNumbers.millis(bc.total()));
            ctx.report(op, "Broadcast at " + PlanShapes.ref(op) + " is " + PlanNumbers.bytes(size) + " (" + source + "), above "
                    + PlanNumbers.bytes(max) + times,
                METADATA.rationale(),
                Fix.hint("Select only the needed columns and rows on the broadcast side"),
                Fix.hint("Remove the BROADCAST hint or lower spark.sql.autoBroadcastJoinThreshold"));
        }
    }
}
