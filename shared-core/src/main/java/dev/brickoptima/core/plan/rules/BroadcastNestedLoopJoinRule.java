package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
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
            + "predicates into an equality key, or split an OR condition into a UNION of equi-joins. Not reported "
            + "when the broadcast side is a single row (a global aggregate).")
        .bad("SELECT * FROM events e JOIN windows w ON e.ts BETWEEN w.start_ts AND w.end_ts")
        .good("SELECT * FROM events e JOIN windows w ON e.day = w.day AND e.ts BETWEEN w.start_ts AND w.end_ts")
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
            String what = cond == null ? "no join condition" : "non-equi condition " + abbreviate(cond);
            String numbers = "";
            double s = PlanShapes.sideRows(kids.get(1 - build));
            double b = PlanShapes.sideRows(kids.get(build));
            if (!Double.isNaN(s) && !Double.isNaN(b)) {
                numbers = "; " + PlanNumbers.count(s) + " stream rows x " + PlanNumbers.count(b) + " broadcast rows = "
                    + PlanNumbers.count(s * b) + " condition evaluations";
            }
            ctx.report(op, PlanShapes.ref(op) + " with " + what + numbers,
                METADATA.rationale(),
                Fix.hint("Add an equality join key (e.g. bucket a range predicate into a day/hour key)"),
                Fix.hint("Rewrite an OR join condition as a UNION ALL of equi-joins"));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
