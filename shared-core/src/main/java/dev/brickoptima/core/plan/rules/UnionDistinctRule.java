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

/**
 * UNION (distinct): Spark plans it as a distinct aggregate (HashAggregate with keys and no functions) over a Union,
 * with a shuffle of every row between the partial and the final aggregate. Reported once, on the topmost such
 * aggregate above each Union.
 */
public final class UnionDistinctRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-union-distinct")
        .title("UNION deduplicates the combined result")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("UNION without ALL (or DISTINCT over a UNION ALL) makes Spark deduplicate the combined rows: a "
            + "distinct aggregate keyed on every column, with a shuffle of all rows of all branches. When the branches "
            + "cannot return the same row (each tags its rows differently, or reads disjoint data) or duplicates do not "
            + "matter, UNION ALL returns the same rows without the shuffle. Information without runtime metrics; a "
            + "warning when the metrics show that the deduplication removed no row at all (the shuffle bought nothing "
            + "on this data). The rewrite is not automatic: it changes the result when duplicates exist.")
        .bad("SELECT id FROM current_orders UNION SELECT id FROM archived_orders")
        .good("SELECT id FROM current_orders UNION ALL SELECT id FROM archived_orders")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator union : ctx.operators("Union")) {
            PlanOperator top = null;
            for (PlanOperator p = union.parent(); p != null; p = p.parent()) {
                if (isDistinctAggregate(p)) top = p;
                else if (!carriesRows(p)) break;
            }
            if (top == null) continue;
            int branches = PlanShapes.children(union).size();
            double in = 0;
            for (PlanOperator b : PlanShapes.children(union)) in += PlanShapes.sideRows(b);
            double out = PlanShapes.outputRows(top);
            String numbers = "";
            Severity severity = Severity.INFO;
            if (!Double.isNaN(in) && !Double.isNaN(out)) {
                double removed = in - out;
                numbers = removed < 0.5
                    ? ": it found no duplicate among " + PlanNumbers.count(in) + " rows, so UNION ALL gives the same result here"
                    : ": it removed " + PlanNumbers.count(removed) + " duplicate rows of " + PlanNumbers.count(in);
                if (removed < 0.5) severity = Severity.WARNING;
            }
            ctx.report(top, severity, PlanShapes.ref(top) + " deduplicates the " + branches + " branches of "
                    + PlanShapes.ref(union) + " (UNION without ALL, or DISTINCT over UNION ALL), shuffling every row" + numbers,
                METADATA.rationale(),
                Fix.hint("If the branches cannot return the same row, or duplicates do not matter, write UNION ALL"),
                Fix.hint("If only some columns must be unique, deduplicate those with GROUP BY instead of comparing whole rows"));
        }
    }

    /** A HashAggregate with grouping keys and no aggregate functions: DISTINCT. */
    private static boolean isDistinctAggregate(PlanOperator op) {
        if (!op.is("HashAggregate") && !op.is("SortAggregate")) return false;
        String keys = op.detail("Keys");
        String functions = op.detail("Functions");
        if (keys == null && functions == null) { // classic: HashAggregate(keys=[a#1], functions=[])
            String a = op.arguments();
            return a.contains("keys=[") && !a.contains("keys=[]") && a.contains("functions=[]");
        }
        return !PlanText.isEmptyList(keys) && PlanText.isEmptyList(functions);
    }

    /** Operators between the union and its distinct aggregates: exchanges, stage wrappers, projections. */
    private static boolean carriesRows(PlanOperator op) {
        return PlanShapes.isPassThrough(op) && !op.is("Sort");
    }
}
