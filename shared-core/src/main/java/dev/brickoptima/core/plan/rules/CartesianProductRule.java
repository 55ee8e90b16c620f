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

/** CartesianProduct: every row of one side paired with every row of the other, through a shuffle of both. */
public final class CartesianProductRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-cartesian-product")
        .title("Cartesian product")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A CartesianProduct pairs every row of the left side with every row of the right side: the output is "
            + "left rows x right rows and both sides are read once per partition pair. It usually means a join "
            + "condition is missing or is not an equality Spark can hash on. Add the equality condition; if a cross "
            + "join is intended and one side is small, broadcast it (/*+ BROADCAST(small) */) so Spark runs a "
            + "BroadcastNestedLoopJoin without shuffling the big side.")
        .bad("SELECT * FROM orders o, customers c WHERE o.amount > c.credit_limit")
        .good("SELECT * FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.amount > c.credit_limit")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators("CartesianProduct")) {
            List<PlanOperator> kids = PlanShapes.children(op);
            String numbers = "";
            double out = PlanShapes.outputRows(op);
            if (kids.size() == 2) {
                double l = PlanShapes.sideRows(kids.get(0));
                double r = PlanShapes.sideRows(kids.get(1));
                if (!Double.isNaN(l) && !Double.isNaN(r)) {
                    numbers = ": " + PlanNumbers.count(l) + " x " + PlanNumbers.count(r) + " rows";
                    if (!Double.isNaN(out)) numbers += " produced " + PlanNumbers.count(out) + " rows";
                }
            }
            String cond = op.joinCondition();
            ctx.report(op, "Cartesian product at " + PlanShapes.ref(op) + numbers
                    + (cond == null ? " (no join condition)" : " (condition " + cond + " has no equality Spark can hash on)"),
                METADATA.rationale(),
                Fix.hint("Add an equality join condition between the two sides"),
                Fix.hint("If the cross join is intended and one side is small, add /*+ BROADCAST(small_side) */"));
        }
    }
}
