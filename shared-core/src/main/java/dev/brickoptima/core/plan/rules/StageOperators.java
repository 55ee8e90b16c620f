package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRuleContext;

/** Which operator to blame for a stage-level problem: the one whose metrics name the stage, preferring joins and aggregates. */
final class StageOperators {
    private StageOperators() {
    }

    static PlanOperator forStage(PlanRuleContext ctx, int stageId) {
        PlanOperator best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlanOperator op : ctx.operators()) {
            if (!PlanRuleContext.stageIdsOf(op).contains(stageId)) continue;
            int rank = rank(op);
            if (rank < bestRank) {
                best = op;
                bestRank = rank;
            }
        }
        if (best == null && !ctx.operators().isEmpty()) best = ctx.operators().get(0);
        return best;
    }

    private static int rank(PlanOperator op) {
        if (op.isJoin()) return 0;
        String k = op.kind();
        if (k.endsWith("Aggregate") || k.equals("Window")) return 1;
        if (k.equals("Sort")) return 2;
        if (op.isScan()) return 3;
        if (op.isShuffle()) return 4;
        return 5;
    }
}
