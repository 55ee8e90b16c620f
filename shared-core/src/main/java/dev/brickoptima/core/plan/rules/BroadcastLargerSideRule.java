package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/**
 * A broadcast hash join whose build (broadcast) side is larger than the streamed side, by bytes when both sizes are
 * known, else by rows. Typical cause: a BROADCAST hint on the wrong table, or stale statistics.
 */
public final class BroadcastLargerSideRule implements PlanRule {
    static final Threshold FACTOR = Threshold.factor("factor", 2, "how many times larger than the other side the broadcast side must be");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-broadcast-larger-side")
        .title("Broadcast of the larger join side")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A broadcast hash join copies its build side to every executor and builds a hash table from it; the "
            + "other side streams through. Broadcasting the larger side costs driver and executor memory and network "
            + "for nothing: broadcast the smaller side instead (move the BROADCAST hint to the small table, or drop "
            + "the hint and refresh statistics with ANALYZE TABLE so the planner picks the side). Sizes come from "
            + "AQE Statistics or metrics; the rule is silent when a side's size is unknown.")
        .bad("SELECT /*+ BROADCAST(f) */ * FROM facts f JOIN dim d ON f.k = d.k")
        .good("SELECT /*+ BROADCAST(d) */ * FROM facts f JOIN dim d ON f.k = d.k")
        .thresholds(FACTOR)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double factor = ctx.threshold(FACTOR);
        for (PlanOperator op : ctx.operators()) {
            if (!op.is("BroadcastHashJoin") && !op.is("BroadcastNestedLoopJoin")) continue;
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 2 || op.buildSide() == null) continue;
            int build = "BuildLeft".equals(op.buildSide()) ? 0 : 1;
            double bb = PlanShapes.sideBytes(kids.get(build));
            double sb = PlanShapes.sideBytes(kids.get(1 - build));
            String msg = null;
            if (!Double.isNaN(bb) && !Double.isNaN(sb)) {
                if (bb > sb * factor) msg = PlanNumbers.bytes(bb) + " broadcast vs " + PlanNumbers.bytes(sb) + " streamed";
            } else {
                double br = PlanShapes.sideRows(kids.get(build));
                double sr = PlanShapes.sideRows(kids.get(1 - build));
                if (!Double.isNaN(br) && !Double.isNaN(sr) && br > sr * factor) {
                    msg = PlanNumbers.count(br) + " rows broadcast vs " + PlanNumbers.count(sr) + " rows streamed";
                }
            }
            if (msg == null) continue;
            ctx.report(op, PlanShapes.ref(op) + " broadcasts its " + PlanShapes.sideName(build) + " side, the larger one: " + msg,
                METADATA.rationale(),
                Fix.hint("Move the BROADCAST hint to the " + PlanShapes.sideName(1 - build) + " (smaller) table"),
                Fix.hint("Refresh statistics: ANALYZE TABLE <table> COMPUTE STATISTICS"));
        }
    }
}
