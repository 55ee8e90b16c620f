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

/** An index scan that fetches rows only for its filter to throw most of them away. */
public final class IndexFilterRule implements PgPlanRule {
    static final Threshold MIN_REMOVED = Threshold.count("minRemoved", 1_000, "rows the filter must remove to report");
    static final Threshold MIN_SHARE = Threshold.share("minShare", 0.8, "the least share of the fetched rows the filter must remove");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-index-filter")
        .title("Index scan whose filter removes most rows")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The index narrowed the scan by its condition, but every row it found was then fetched from the table "
            + "and checked against a filter the index could not apply, and most failed. Each of those heap fetches is a "
            + "random read. An index whose columns include the filtered columns (after the ones the index already serves, "
            + "equality before range) lets the index skip them. Needs EXPLAIN ANALYZE.")
        .bad("Index Scan using orders_status_idx on orders  (actual rows=27 loops=1)\n  Index Cond: (status = 'pending'::text)\n"
            + "  Filter: (total > '990'::numeric)\n  Rows Removed by Filter: 2973")
        .good("CREATE INDEX ON orders (status, total);\nIndex Scan using orders_status_total_idx on orders  (actual rows=27 loops=1)")
        .thresholds(MIN_REMOVED, MIN_SHARE)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minRemoved = ctx.threshold(MIN_REMOVED);
        double minShare = ctx.threshold(MIN_SHARE);
        for (PgPlanNode n : ctx.nodes()) {
            if (!(n.is("Index Scan") || n.is("Index Only Scan") || n.is("Bitmap Heap Scan")) || n.filter() == null) continue;
            double removed = n.totalOverLoops("Rows Removed by Filter");
            double kept = n.totalActualRows();
            if (!(removed >= minRemoved) || Double.isNaN(kept) || removed / (removed + kept) < minShare) continue;
            IndexCandidate c = PgIndexAdvisor.forIndexFilter(n, ctx.catalog());
            Fix fix = c != null ? Fix.hint("Let the index apply the filter too: " + c.ddl() + " (pg-index-advice says whether it lowers the plan cost)")
                : Fix.hint("The filter " + n.filter() + " is not indexable as written: make it sargable or add an expression index");
            ctx.report(n, n.ref() + " found " + PgNumbers.rows(removed + kept) + " rows and its filter " + n.filter() + " removed "
                + PgNumbers.rows(removed) + " of them (" + PgNumbers.percent(removed / (removed + kept)) + ")", METADATA.rationale(), fix);
        }
    }
}
