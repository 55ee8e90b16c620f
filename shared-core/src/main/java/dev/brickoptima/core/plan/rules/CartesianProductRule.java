package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

/**
 * CartesianProduct: every row of one side paired with every row of the other. Graded by the pairs evaluated
 * ({@link NestedLoopPairs}), so a deliberate cross join of a few rows is information, not a warning.
 */
public final class CartesianProductRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-cartesian-product")
        .title("Cartesian product")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A CartesianProduct pairs every row of the left side with every row of the right side: it evaluates "
            + "left rows x right rows pairs and reads each side once per partition of the other. It usually means a "
            + "join condition is missing or is not an equality Spark can hash on. Severity follows the pairs evaluated "
            + "(from AQE statistics, Range bounds or runtime metrics, corrected for the recomputed inputs): info below "
            + "warnPairs, error from errorPairs, warning between and when the sizes are unknown. So a deliberate CROSS JOIN "
            + "of small relations, which the SQL rule cartesian-join does not report either, is only information. "
            + "Add the equality condition; if a cross join is intended and one side is small, broadcast it "
            + "(/*+ BROADCAST(small) */) so Spark runs a BroadcastNestedLoopJoin without re-reading the big side.")
        .bad("SELECT * FROM orders o, customers c WHERE o.amount > c.credit_limit")
        .good("SELECT * FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.amount > c.credit_limit")
        .thresholds(NestedLoopPairs.WARN_PAIRS, NestedLoopPairs.ERROR_PAIRS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators("CartesianProduct")) {
            String cond = op.joinCondition();
            JoinConditionShape shape = JoinConditionShape.of(cond);
            NestedLoopPairs size = NestedLoopPairs.cartesian(op);
            Severity severity = size.severity(ctx, "Cross".equals(op.joinType()));
            StringBuilder msg = new StringBuilder(PlanShapes.ref(op)).append(" pairs every row of one side with every row of the other (")
                .append(shape.describe(cond)).append(')');
            String numbers = size.describe("left rows", "right rows");
            if (!numbers.isEmpty()) msg.append(": ").append(numbers);
            else msg.append("; the sizes are not in this plan");
            if (size.recomputed()) {
                msg.append(" (the input metrics count ").append(count(size.countedLeft, size.left)).append(" and ")
                    .append(count(size.countedRight, size.right))
                    .append(" rows because Spark reads each side once per partition of the other)");
            }
            if (severity == Severity.INFO && !numbers.isEmpty()) msg.append("; small enough to be harmless");
            ctx.report(op, severity, msg.toString(), METADATA.rationale(), shape.hints());
        }
    }

    private static String count(double counted, double real) {
        return PlanNumbers.count(Double.isNaN(counted) ? real : counted);
    }
}
