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
    static final Threshold MAX_BYTES = Threshold.bytes("maxBytes", 10 * PlanShapes.MIB,
        "the largest side reported as broadcastable; when not set: the application's own autoBroadcastJoinThreshold, else this default");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-smj-could-broadcast")
        .title("Sort-merge join with a side small enough to broadcast")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A SortMergeJoin shuffles and sorts both sides. When one side is small, a BroadcastHashJoin ships "
            + "it to every executor instead and the big side is neither shuffled nor sorted. The size comes from AQE "
            + "query-stage Statistics(sizeInBytes=...) or the exchange 'data size' metric, read through projections, "
            + "filters and aggregates above them (an aggregate's output is at most its input); the smaller buildable "
            + "side is named, and the rule is silent when no size is in the plan. The limit is the application's own "
            + "spark.sql.adaptive.autoBroadcastJoinThreshold or spark.sql.autoBroadcastJoinThreshold when the input "
            + "carries its configuration (a saved execution page, an event log, the environment of a live "
            + "application), else Spark's default of 10 MiB; the maxBytes threshold, when configured, overrides both. "
            + "When the application disabled broadcasting (-1) the message says so and compares with 10 MiB: a "
            + "/*+ BROADCAST */ hint still works. Keep table statistics fresh (ANALYZE TABLE ... COMPUTE STATISTICS) "
            + "so the planner sees the size.")
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
        // NaN unless the BrickOptima configuration sets it: then the application's own threshold decides
        BroadcastThreshold limit = BroadcastThreshold.of(ctx, ctx.configuredThreshold(MAX_BYTES));
        for (PlanOperator op : ctx.operators("SortMergeJoin")) {
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 2) continue;
            String jt = op.joinType() == null ? "Inner" : op.joinType();
            PlanShapes.Size[] sizes = {PlanShapes.sideSize(kids.get(0)), PlanShapes.sideSize(kids.get(1))};
            int best = -1;
            for (int i = 0; i < 2; i++) {
                if (!canBuild(jt, i) || !sizes[i].known() || sizes[i].bytes() > limit.bytes()) continue;
                if (best < 0 || sizes[i].bytes() < sizes[best].bytes()) best = i;
            }
            if (best < 0) continue;
            PlanShapes.Size small = sizes[best];
            PlanShapes.Size other = sizes[1 - best];
            String side = PlanShapes.sideName(best);
            String otherText = other.known() ? " (the " + PlanShapes.sideName(1 - best) + " side is " + size(other) + ")" : "";
            String why = limit.disabled()
                ? "; automatic broadcasting is disabled in this application (" + limit.source() + "), so only a hint broadcasts it"
                : ", under " + limit.source() + "; a broadcast hash join would avoid shuffling and sorting the other side";
            ctx.report(op, PlanShapes.ref(op) + ": the " + side + " side is " + (small.atMost() ? "at most " : "only ")
                    + PlanNumbers.bytes(small.bytes()) + otherText + why,
                METADATA.rationale(),
                Fix.hint("Add /*+ BROADCAST(<" + side + " table>) */ to the query"),
                limit.disabled()
                    ? Fix.hint("Remove the -1 setting of spark.sql.autoBroadcastJoinThreshold, or set it above "
                        + PlanNumbers.bytes(small.bytes()) + ", if broadcast joins were disabled to work around a past problem")
                    : Fix.hint("Set spark.sql.autoBroadcastJoinThreshold (and spark.sql.adaptive.autoBroadcastJoinThreshold) above "
                        + PlanNumbers.bytes(small.bytes()) + "; keep table statistics fresh (ANALYZE TABLE) so the planner sees the size"));
        }
    }

    private static String size(PlanShapes.Size s) {
        return (s.atMost() ? "at most " : "") + PlanNumbers.bytes(s.bytes());
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
