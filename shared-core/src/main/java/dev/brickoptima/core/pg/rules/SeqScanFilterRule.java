package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.IndexCandidate;
import dev.brickoptima.core.pg.PgIndexAdvisor;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.pg.ScanRows;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** A sequential scan that reads a large table to keep few of its rows: the classic missing index. */
public final class SeqScanFilterRule implements PgPlanRule {
    static final Threshold MIN_ROWS = Threshold.count("minRows", 10_000, "rows a filtered sequential scan must read to report");
    static final Threshold MAX_SELECTIVITY = Threshold.share("maxSelectivity", 0.05, "the largest share of the rows read that the filter may keep");
    static final Threshold MIN_COST = Threshold.cost("minCost", 1_000, "the lowest scan cost to report when the rows read are unknown");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-seq-scan-filter")
        .title("Sequential scan of a large table with a selective filter")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("PostgreSQL read every row of a large table and its filter kept only a few: an index on the filtered "
            + "columns would read just those rows. The finding carries the CREATE INDEX that would serve the filter "
            + "(equality columns first, the most selective first, then one range column); `brickoptima pg` checks it "
            + "with hypopg before advising it (see pg-index-advice). Rows read come from EXPLAIN ANALYZE, else from the "
            + "table's row count when a live server is analysed; a plan from a file without either is judged by its cost.")
        .bad("Seq Scan on orders  (actual rows=6 loops=1)\n  Filter: (customer_id = 42)\n  Rows Removed by Filter: 299994")
        .good("CREATE INDEX ON orders (customer_id);\nIndex Scan using orders_customer_id_idx on orders  (actual rows=6 loops=1)")
        .thresholds(MIN_ROWS, MAX_SELECTIVITY, MIN_COST)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minRows = ctx.threshold(MIN_ROWS);
        double maxSelectivity = ctx.threshold(MAX_SELECTIVITY);
        double minCost = ctx.threshold(MIN_COST);
        for (PgPlanNode n : ctx.nodes()) {
            if (!n.is("Seq Scan") || n.filter() == null || n.neverExecuted()) continue;
            ScanRows rows = ScanRows.of(n, ctx.catalog());
            if (!rows.selective(n, minRows, maxSelectivity, minCost)) continue;
            String what = rows.describe(n);
            IndexCandidate c = PgIndexAdvisor.forFilter(n, ctx.catalog());
            Fix fix = c != null
                ? Fix.hint("Index the filtered columns: " + c.ddl() + " (pg-index-advice says whether it lowers the plan cost)")
                : Fix.hint("The filter " + n.filter() + " compares no plain column with a constant: make it sargable (no function or cast "
                    + "on the column) or add an expression index");
            ctx.report(n, n.ref() + " " + what + " with the filter " + n.filter(), METADATA.rationale(), fix);
        }
    }
}
