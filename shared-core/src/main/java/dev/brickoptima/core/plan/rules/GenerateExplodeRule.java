package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/** Generate (explode, posexplode, inline, stack, json_tuple): rows multiply; with metrics the factor is stated. */
public final class GenerateExplodeRule implements PlanRule {
    static final Threshold MAX_FACTOR = Threshold.factor("maxFactor", 100, "output rows per input row above which it is a warning");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-generate-explode")
        .title("Generate / explode multiplies rows")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("Generate emits one row per array or map element (explode, posexplode, inline, stack, json_tuple), "
            + "copying every other selected column into each output row. Filter rows and project away unneeded "
            + "columns before exploding, aggregate array contents with higher-order functions (aggregate, filter, "
            + "transform, exists) instead of explode + group by when possible, and watch joins after an explode. "
            + "Info; a warning when runtime metrics show more than maxFactor "
            + "output rows per input row.")
        .bad("SELECT o.id, i.* FROM orders o LATERAL VIEW explode(o.items) t AS i  -- then GROUP BY o.id")
        .good("SELECT o.id, aggregate(o.items, 0D, (acc, i) -> acc + i.price) AS total FROM orders o")
        .thresholds(MAX_FACTOR)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double maxFactor = ctx.threshold(MAX_FACTOR);
        for (PlanOperator op : ctx.operators("Generate")) {
            String args = op.detail("Arguments");
            if (args == null) args = op.arguments();
            String fn = args == null || args.isEmpty() ? "a generator" : BroadcastNestedLoopJoinRule.abbreviate(PlanText.splitTopLevel(args).get(0));
            double out = PlanShapes.outputRows(op);
            List<PlanOperator> kids = PlanShapes.children(op);
            double in = kids.size() == 1 ? PlanShapes.sideRows(kids.get(0)) : Double.NaN;
            String numbers = "";
            Severity sev = Severity.INFO;
            if (!Double.isNaN(out) && !Double.isNaN(in) && in > 0) {
                double f = out / in;
                numbers = ": " + PlanNumbers.count(in) + " rows in, " + PlanNumbers.count(out) + " rows out (" + PlanNumbers.ratio(f) + ")";
                if (f > maxFactor) sev = Severity.WARNING;
            }
            ctx.report(op, sev, PlanShapes.ref(op) + " multiplies rows with " + fn + numbers,
                METADATA.rationale(),
                Fix.hint("Filter and drop unneeded columns before the explode"),
                Fix.hint("Use higher-order functions (aggregate, filter, transform) instead of explode + group by"));
        }
    }
}
