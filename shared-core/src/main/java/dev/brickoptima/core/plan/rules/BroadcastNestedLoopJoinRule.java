package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/**
 * BroadcastNestedLoopJoin without an equality condition. Joins where the broadcast side is a single row (a global
 * aggregate, as TPC-DS q28/q88 build from scalar subqueries) are not reported: pairing with one row is cheap.
 */
public final class BroadcastNestedLoopJoinRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-broadcast-nested-loop-join")
        .title("Broadcast nested loop join (non-equi or missing condition)")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Spark falls back to a BroadcastNestedLoopJoin when a join has no equality condition (a cross "
            + "join, a range or inequality predicate, an OR of conditions): it evaluates the condition for every pair "
            + "of rows, stream rows x broadcast rows, and the broadcast side must fit in memory on every executor. "
            + "Add an equality key if one exists (ON a.k = b.k AND a.ts BETWEEN b.start AND b.end), bucket range "
            + "predicates into an equality key, or split an OR condition into a UNION of equi-joins; the advice "
            + "follows the shape of the condition. Severity follows the pairs evaluated, as for plan-cartesian-product: "
            + "info below warnPairs, error from errorPairs; with unknown sizes a warning, or "
            + "info for an explicit CROSS JOIN (join type Cross). Not reported when a side is a single row (a global "
            + "aggregate).")
        .bad("SELECT * FROM events e JOIN windows w ON e.ts BETWEEN w.start_ts AND w.end_ts")
        .good("SELECT * FROM events e JOIN windows w ON e.day = w.day AND e.ts BETWEEN w.start_ts AND w.end_ts")
        .thresholds(NestedLoopPairs.WARN_PAIRS, NestedLoopPairs.ERROR_PAIRS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators("BroadcastNestedLoopJoin")) {
            if (op.hasEquiKeys()) continue;
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 2) continue;
            int build = "BuildLeft".equals(op.buildSide()) ? 0 : 1;
            if (PlanShapes.isSingleRow(kids.get(build)) || PlanShapes.isSingleRow(kids.get(1 - build))) continue;
            String cond = op.joinCondition();
            JoinConditionShape shape = JoinConditionShape.of(cond);
            NestedLoopPairs size = NestedLoopPairs.broadcast(op, build);
            Severity severity = size.severity(ctx, "Cross".equals(op.joinType()));
            String numbers = size.describe("stream rows", "broadcast rows");
            String msg = PlanShapes.ref(op) + " with " + shape.describe(cond)
                + (numbers.isEmpty() ? "; the sizes are not in this plan" : ": " + numbers + " evaluated")
                + (severity == Severity.INFO && !numbers.isEmpty() ? "; small enough to be harmless" : "");
            ctx.report(op, severity, msg, METADATA.rationale(), shape.hints());
        }
    }

    static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
