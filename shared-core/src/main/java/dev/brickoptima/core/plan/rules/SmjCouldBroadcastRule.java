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

/** SortMergeJoin where one side is known (statistics or metrics) to be small enough to broadcast. */
public final class SmjCouldBroadcastRule implements PlanRule {
    static final Threshold MAX_BYTES = Threshold.bytes("maxBytes", 10 * PlanShapes.MIB, "the largest side reported as broadcastable (Spark's autoBroadcastJoinThreshold default)");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-smj-could-broadcast")
        .title("Sort-merge join with a side small enough to broadcast")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A SortMergeJoin shuffles and sorts both sides. When one side is small, a BroadcastHashJoin ships "
            + "it to every executor instead and the big side is neither shuffled nor sorted. The size comes from AQE "
            + "query-stage Statistics(sizeInBytes=...) or the exchange 'data size' metric; the rule is silent when "
            + "neither is in the plan. Fix: add /*+ BROADCAST(small) */, or raise "
            + "spark.sql.autoBroadcastJoinThreshold / spark.sql.adaptive.autoBroadcastJoinThreshold (check it is not "
            + "-1); keep table statistics fresh (ANALYZE TABLE ... COMPUTE STATISTICS) so the planner sees the size.")
        .bad("SET spark.sql.autoBroadcastJoinThreshold=-1; SELECT * FROM facts f JOIN dim d ON f.k = d.k  -- dim is 3 KiB")
        .good("SELECT /*+ BROADCAST(d) */ * FROM facts f JOIN dim d ON f.k = d.k")
        .thresholds(MAX_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double max = ctx.threshold(MAX_BYTES);
        for (PlanOperator op : ctx.operators("SortMergeJoin")) {
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 2) continue;
            String jt = op.joinType() == null ? "Inner" : op.joinType();
            int best = -1;
            double bestSize = Double.NaN;
            for (int i = 0; i < 2; i++) {
                if (!canBuild(jt, i)) continue;
                double size = PlanShapes.sideBytes(kids.get(i));
                if (Double.isNaN(size) || size > max) continue;
                if (best < 0 || size < bestSize) {
                    best = i;
                    bestSize = size;
                }
            }
            if (best < 0) continue;
            double other = PlanShapes.sideBytes(kids.get(1 - best));
            String otherText = Double.isNaN(other) ? "" : " (the " + PlanShapes.sideName(1 - best) + " side is " + PlanNumbers.bytes(other) + ")";
            ctx.report(op, PlanShapes.ref(op) + ": the " + PlanShapes.sideName(best) + " side is only "
                    + PlanNumbers.bytes(bestSize) + otherText + ", under the " + PlanNumbers.bytes(max)
                    + " broadcast threshold; a broadcast hash join would avoid shuffling and sorting the other side",
                METADATA.rationale(),
                Fix.hint("Add /*+ BROADCAST(<" + PlanShapes.sideName(best) + " table>) */ to the query"),
                Fix.hint("Set spark.sql.autoBroadcastJoinThreshold (and spark.sql.adaptive.autoBroadcastJoinThreshold) above "
                    + PlanNumbers.bytes(bestSize) + "; -1 disables broadcasting"));
        }
    }

    /** Whether Spark can build a hash table on side {@code index} (0 left, 1 right) for this join type. */
    static boolean canBuild(String joinType, int index) {
        switch (joinType) {
            case "Inner": case "Cross":
                return true;
            case "LeftOuter": case "LeftSemi": case "LeftAnti":
                return index == 1;
            case "RightOuter":
                return index == 0;
            default:
                return joinType.startsWith("ExistenceJoin") && index == 1;
        }
    }
}
