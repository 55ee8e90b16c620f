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

import java.util.List;

/**
 * Expand created by RewriteDistinctAggregates (its output has a {@code gid} column), which replicates every row once per
 * distinct aggregate. Expand for ROLLUP/CUBE/GROUPING SETS ({@code spark_grouping_id}) is what the user asked for and
 * is not reported.
 */
public final class ExpandCountDistinctRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-expand-count-distinct")
        .title("Expand from several COUNT(DISTINCT ...)")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("With more than one DISTINCT aggregate (COUNT(DISTINCT a), COUNT(DISTINCT b), ...) Spark rewrites "
            + "the aggregation with an Expand that emits one copy of every input row per distinct group, then "
            + "aggregates twice: the shuffled data grows by that factor. Use approx_count_distinct(col) when an "
            + "estimate is enough (HyperLogLog++, one pass), or compute each distinct count in its own aggregation "
            + "and join the small results.")
        .bad("SELECT day, COUNT(DISTINCT user_id), COUNT(DISTINCT session_id), COUNT(DISTINCT page) FROM clicks GROUP BY day")
        .good("SELECT day, approx_count_distinct(user_id), approx_count_distinct(session_id), approx_count_distinct(page) FROM clicks GROUP BY day")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators("Expand")) {
            String args = op.detail("Arguments");
            String out = op.detail("Output");
            String all = (args == null ? "" : args) + " " + (out == null ? "" : out);
            if (all.contains("spark_grouping_id") || !containsGid(all)) continue;
            List<String> items = PlanText.splitTopLevel(args == null ? "" : args);
            int copies = items.isEmpty() ? 0 : PlanText.listItems(items.get(0)).size();
            double in = Double.NaN;
            double outRows = PlanShapes.outputRows(op);
            if (!PlanShapes.children(op).isEmpty()) in = PlanShapes.sideRows(PlanShapes.children(op).get(0));
            String numbers = copies > 0 ? ": every input row is emitted " + copies + " times" : "";
            if (!Double.isNaN(in) && !Double.isNaN(outRows)) numbers += " (" + PlanNumbers.count(in) + " -> " + PlanNumbers.count(outRows) + " rows)";
            ctx.report(op, PlanShapes.ref(op) + " rewrites several DISTINCT aggregates" + numbers,
                METADATA.rationale(),
                Fix.hint("Use approx_count_distinct(col) where an estimate is enough"),
                Fix.hint("Compute each COUNT(DISTINCT ...) in its own aggregation and join the results"));
        }
    }

    private static boolean containsGid(String s) {
        int i = s.indexOf("gid#");
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_') return true;
            i = s.indexOf("gid#", i + 1);
        }
        return false;
    }
}
