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

/** A join whose output rows exceed its larger input by a factor: duplicate keys on both sides (many-to-many). */
public final class ExplodingJoinRule implements PlanRule {
    static final Threshold FACTOR = Threshold.factor("factor", 10, "output rows per row of the larger input to report");
    static final Threshold MIN_ROWS = Threshold.count("minRows", 1_000_000, "the fewest output rows to report");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-exploding-join")
        .title("Exploding join (output much larger than input)")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("The join produced many more rows than its larger input: the join keys repeat on both sides "
            + "(many-to-many), or a condition is missing. Besides the cost, this is often a correctness bug "
            + "(double-counted sums after the join). Check that the key is unique on the side that should be a "
            + "lookup (deduplicate it, or aggregate before joining), and that every part of a composite key is in the "
            + "condition. Cartesian products and nested-loop joins without a key are left to plan-cartesian-product "
            + "and plan-broadcast-nested-loop-join.")
        .bad("SELECT ... FROM orders o JOIN order_items i ON o.customer_id = i.customer_id")
        .good("SELECT ... FROM orders o JOIN order_items i ON o.order_id = i.order_id")
        .thresholds(FACTOR, MIN_ROWS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Cartesian and keyless nested-loop joins are reported, with their sizes, by their own rules: one cause, one finding. */
    private static boolean reportedAsNestedLoop(PlanRuleContext ctx, PlanOperator op) {
        if (op.is("CartesianProduct")) return ctx.config().isEnabled(CartesianProductRule.METADATA);
        return op.is("BroadcastNestedLoopJoin") && !op.hasEquiKeys() && ctx.config().isEnabled(BroadcastNestedLoopJoinRule.METADATA);
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double factor = ctx.threshold(FACTOR);
        double minRows = ctx.threshold(MIN_ROWS);
        for (PlanOperator op : ctx.operators()) {
            if (!op.isJoin() || reportedAsNestedLoop(ctx, op)) continue;
            double out = PlanShapes.outputRows(op);
            if (Double.isNaN(out) || out < minRows) continue;
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 2) continue;
            double l = PlanShapes.sideRows(kids.get(0));
            double r = PlanShapes.sideRows(kids.get(1));
            if (Double.isNaN(l) || Double.isNaN(r)) continue;
            double in = Math.max(l, r);
            if (in <= 0 || out < factor * in) continue;
            ctx.report(op, PlanShapes.ref(op) + " produced " + PlanNumbers.count(out) + " rows from " + PlanNumbers.count(l)
                    + " left and " + PlanNumbers.count(r) + " right rows: " + PlanNumbers.ratio(out / in) + " the larger input",
                METADATA.rationale(),
                Fix.hint("Make the join key unique on one side (deduplicate or aggregate before the join)"),
                Fix.hint("Check that every column of a composite key is in the join condition"));
        }
    }
}
