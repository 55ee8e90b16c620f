package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.IndexCandidate;
import dev.brickoptima.core.pg.PgIndexAdvisor;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.List;

/** A nested loop that runs its inner side once per outer row, for many outer rows. */
public final class NestedLoopRowsRule implements PgPlanRule {
    static final Threshold MIN_OUTER_ROWS = Threshold.count("minOuterRows", 1_000, "outer rows (inner loops) from which a nested loop is reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-nested-loop-rows")
        .title("Nested loop over many outer rows")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A nested loop runs its inner side once for every row of its outer side. That is the best join for a "
            + "handful of outer rows with an index on the inner join key, and a slow one for thousands: each loop pays the "
            + "lookup again, and an inner side without a usable index is re-read in full each time. PostgreSQL picks it when "
            + "it expects few outer rows, so the common cause is an underestimate below it (see pg-row-estimate); with good "
            + "estimates it chooses a hash or merge join. An index on the inner join key makes each loop cheap. The finding "
            + "is a warning when the inner side took at least a tenth of the execution time (or without ANALYZE timing), "
            + "information otherwise.")
        .bad("Nested Loop  (actual rows=1800 loops=1)\n  ->  Seq Scan on order_items oi  (rows=361) (actual rows=1800 loops=1)\n"
            + "  ->  Index Scan using orders_pkey on orders o  (actual rows=1 loops=1800)")
        .good("Hash Join  (actual rows=1800 loops=1)   -- after CREATE STATISTICS on the correlated filter columns")
        .thresholds(MIN_OUTER_ROWS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minOuter = ctx.threshold(MIN_OUTER_ROWS);
        double execution = ctx.plan().executionTime();
        for (PgPlanNode n : ctx.nodes()) {
            if (!n.is("Nested Loop") || n.neverExecuted()) continue;
            List<PgPlanNode> sides = dataChildren(n);
            if (sides.size() != 2) continue;
            PgPlanNode outer = sides.get(0);
            PgPlanNode inner = sides.get(1);
            if (inner.is("Materialize")) continue; // a rescanned Materialize is pg-repeated-scan's finding
            boolean measured = outer.hasActuals();
            double outerRows = measured ? outer.totalActualRows() : outer.planRows();
            if (!(outerRows >= minOuter)) continue;
            String expected = measured && outer.planRows() * 10 <= outerRows ? "; the planner expected " + PgNumbers.rows(outer.planRows()) : "";
            double innerTime = inner.actualTotalTime() * inner.actualLoops();
            String time = measured && !Double.isNaN(innerTime) ? ", " + PgNumbers.millis(innerTime) + " in total" : "";
            Severity sev = measured && !Double.isNaN(innerTime) && execution > 0 && innerTime < 0.1 * execution ? Severity.INFO : null;
            String verb = measured ? " ran its inner side, " : " is planned to run its inner side, ";
            ctx.report(n, sev, n.ref() + verb + inner.label() + ", " + PgNumbers.rows(outerRows) + " times (once per outer row"
                + expected + ")" + time, METADATA.rationale(), fixes(n, inner, ctx));
        }
    }

    /** The join's two inputs, without InitPlans and SubPlans hanging under it. */
    static List<PgPlanNode> dataChildren(PgPlanNode n) {
        List<PgPlanNode> out = new ArrayList<>();
        for (PgPlanNode c : n.children()) {
            String rel = c.parentRelationship();
            if (!"InitPlan".equals(rel) && !"SubPlan".equals(rel)) out.add(c);
        }
        return out;
    }

    private static Fix[] fixes(PgPlanNode join, PgPlanNode inner, PgRuleContext ctx) {
        List<Fix> out = new ArrayList<>();
        if (!inner.isScan() || inner.is("Seq Scan") || inner.is("Materialize")) {
            IndexCandidate c = PgIndexAdvisor.forJoinKey(join, inner, ctx.catalog());
            if (c != null) out.add(Fix.hint("Index the inner join key so each loop is a lookup: " + c.ddl()));
        }
        out.add(Fix.hint("Check the outer side's row estimate (ANALYZE, extended statistics): with the right estimate PostgreSQL "
            + "picks a hash or merge join for this many rows"));
        out.add(Fix.hint("To compare plans in a session: SET enable_nestloop = off; EXPLAIN ANALYZE ...; RESET enable_nestloop;"));
        return out.toArray(new Fix[0]);
    }
}
