package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/** A Materialize or CTE Scan that is read again for every outer row. */
public final class RepeatedScanRule implements PgPlanRule {
    static final Threshold MIN_LOOPS = Threshold.count("minLoops", 1_000, "loops from which a repeated scan is reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-repeated-scan")
        .title("Materialize or CTE Scan executed many times")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A Materialize or CTE Scan keeps rows so they can be read again, and a nested loop or a correlated "
            + "subplan read them again once per outer row: thousands of passes over the same rows, usually for a join "
            + "whose condition is not an equality (so no hash or merge join is possible) or a CTE referenced per row. "
            + "Rewrite the condition as an equality join, join the CTE instead of referring to it row by row, or let "
            + "PostgreSQL inline it (WITH x AS NOT MATERIALIZED, PostgreSQL 12+). Without ANALYZE the loops are the "
            + "expected outer rows of the nested loop above.")
        .bad("Nested Loop\n  Join Filter: (p.price < (q.price - '450'::numeric))\n  ->  Seq Scan on products p  (actual rows=2000 loops=1)\n"
            + "  ->  Materialize  (actual rows=50 loops=2000)")
        .good("an equality join condition: Hash Join  Hash Cond: (p.category = q.category)")
        .thresholds(MIN_LOOPS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minLoops = ctx.threshold(MIN_LOOPS);
        for (PgPlanNode n : ctx.nodes()) {
            if (!n.is("Materialize") && !n.is("CTE Scan")) continue;
            double loops;
            boolean measured = n.hasActuals();
            if (measured) {
                loops = n.actualLoops();
            } else {
                PgPlanNode p = n.parent();
                List<PgPlanNode> sides = p != null && p.is("Nested Loop") ? NestedLoopRowsRule.dataChildren(p) : List.of();
                loops = sides.size() == 2 && sides.get(1) == n ? sides.get(0).planRows() : Double.NaN;
            }
            if (!(loops >= minLoops)) continue;
            String each = measured ? PgNumbers.rows(n.actualRows()) : "";
            String rows = measured ? " (" + each + (each.equals("1") ? " row" : " rows") + " each, " + PgNumbers.rows(n.totalActualRows()) + " rows in total)" : "";
            Fix fix = n.is("CTE Scan")
                ? Fix.hint("Join the CTE " + n.text("CTE Name") + " once instead of reading it per row, or let PostgreSQL inline it: "
                    + "WITH " + n.text("CTE Name") + " AS NOT MATERIALIZED (...)")
                : Fix.hint("Give the join an equality condition so PostgreSQL can hash or merge instead of rescanning "
                    + (n.children().isEmpty() ? "" : n.children().get(0).label()) + " per outer row");
            ctx.report(n, n.ref() + (measured ? " was read " : " is planned to be read ") + PgNumbers.rows(loops) + " times" + rows,
                METADATA.rationale(), fix);
        }
    }
}
