package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.pg.PgPlan;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** A statement whose estimated cost or row count is over the configured budget: what the guard rejects before running it. */
public final class BudgetRule implements PgPlanRule {
    static final Threshold MAX_COST = Threshold.cost("maxCost", Double.POSITIVE_INFINITY, "the highest estimated total cost allowed (planner units)");
    static final Threshold MAX_ROWS = Threshold.count("maxRows", Double.POSITIVE_INFINITY, "the most rows a statement may be estimated to return or write");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-plan-over-budget")
        .title("Estimated cost or rows over the budget")
        .category(Category.SAFETY).severity(Severity.ERROR)
        .rationale("Applications and agents that run SQL they did not write can send a query that scans and joins far "
            + "more than intended. With a budget set, a plan whose estimated total cost is above "
            + "pg-plan-over-budget.maxCost, or that is estimated to return (or, for INSERT, UPDATE, DELETE and MERGE, to "
            + "write) more rows than pg-plan-over-budget.maxRows, is reported; the JDBC guard rejects such a statement "
            + "before it runs, with this finding's message. Costs are the planner's units (seq_page_cost = 1 per page read "
            + "in sequence). No budget is set by default, so the rule reports nothing until one is configured.")
        .bad("budget maxCost=10000: Hash Join  (cost=6812.07..24792.61 rows=18 width=12)")
        .good("SELECT ... WHERE o.id = 42  (cost=0.42..8.44 rows=1 width=47)")
        .thresholds(MAX_COST, MAX_ROWS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double maxCost = ctx.threshold(MAX_COST);
        double maxRows = ctx.threshold(MAX_ROWS);
        PgPlan plan = ctx.plan();
        PgPlanNode root = plan.root();
        double cost = root.totalCost();
        if (cost > maxCost) {
            PgPlanNode costliest = costliestLeaf(plan);
            String where = costliest == null || costliest == root ? "" : "; most of it in " + costliest.ref() + ", cost " + PgNumbers.cost(costliest.totalCost());
            ctx.report(root, "Estimated cost " + PgNumbers.cost(cost) + " is over the budget of " + PgNumbers.cost(maxCost) + where,
                METADATA.rationale(), Fix.hint("Narrow the statement: filter on indexed columns, add a LIMIT, or raise the budget if it is legitimate"));
        }
        PgPlanNode counted = root.is("ModifyTable") && !root.children().isEmpty() ? root.children().get(0) : root;
        double rows = counted.planRows();
        if (rows > maxRows) {
            String verb = root.is("ModifyTable") ? " to write an estimated " : " to return an estimated ";
            ctx.report(root, "Statement is planned" + verb + PgNumbers.rows(rows) + " rows, over the budget of " + PgNumbers.rows(maxRows),
                METADATA.rationale(), Fix.hint("Add a LIMIT or a narrower WHERE clause, or raise the row budget if it is legitimate"));
        }
    }

    /** The leaf with the highest own cost: where an expensive plan spends. */
    private static PgPlanNode costliestLeaf(PgPlan plan) {
        PgPlanNode best = null;
        for (PgPlanNode n : plan.nodes()) {
            if (!n.children().isEmpty()) continue;
            if (best == null || n.totalCost() > best.totalCost()) best = n;
        }
        return best;
    }
}
