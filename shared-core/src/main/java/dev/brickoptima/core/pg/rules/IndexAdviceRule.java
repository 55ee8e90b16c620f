package dev.brickoptima.core.pg.rules;

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

import java.util.List;

/**
 * Proposes candidate indexes from the plan: selective scan filters, filters an index scan applies after the index,
 * join keys of a large table joined to few rows, and sort keys under a Limit. The analyzer turns the proposals into
 * findings: unproven from a plan alone, proven or dropped once the JVM layer re-plans with hypopg.
 */
public final class IndexAdviceRule implements PgPlanRule {
    static final Threshold MIN_ROWS = Threshold.count("minRows", 10_000, "rows a filtered scan must read to be a candidate");
    static final Threshold MAX_SELECTIVITY = Threshold.share("maxSelectivity", 0.05, "the largest share of the rows read that the filter may keep");
    static final Threshold MIN_COST = Threshold.cost("minCost", 1_000, "the lowest scan cost to consider when the rows read are unknown");
    public static final Threshold MIN_IMPROVEMENT = Threshold.share("minImprovement", 0.1, "the share by which hypopg must lower the plan cost for proven advice");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-index-advice")
        .title("Index that lowers the plan cost")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("Candidate indexes come from the plan: the columns a large scan filters on (equality columns first, the "
            + "most selective first by the column statistics, then one range column), the filter an index scan applies "
            + "after its index, the join key of a large table joined to few rows (so a nested loop can look rows up), and "
            + "the sort keys of a Sort under a Limit (so an index scan can stop early). `brickoptima pg` creates each one as "
            + "a hypothetical index with the hypopg extension and plans the query again: only candidates that lower the "
            + "estimated plan cost are reported, as warnings with the cost before and after. From a plan file, or on a "
            + "server without hypopg, candidates are reported as unproven information.")
        .bad("Hash Join  Hash Cond: (oi.order_id = o.id)\n  ->  Seq Scan on order_items oi  (rows=900000)\n"
            + "  ->  Hash  ->  Seq Scan on orders o  (rows=6)  Filter: (customer_id = 42)")
        .good("CREATE INDEX ON order_items (order_id);  -- cost 24,793 -> 53 (checked with hypopg)")
        .thresholds(MIN_ROWS, MAX_SELECTIVITY, MIN_COST, MIN_IMPROVEMENT)
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
            if (n.neverExecuted()) continue;
            if (n.is("Seq Scan") && n.filter() != null) {
                if (ScanRows.of(n, ctx.catalog()).selective(n, minRows, maxSelectivity, minCost)) propose(ctx, PgIndexAdvisor.forFilter(n, ctx.catalog()));
            } else if ((n.is("Index Scan") || n.is("Index Only Scan") || n.is("Bitmap Heap Scan")) && n.filter() != null) {
                double removed = n.totalOverLoops("Rows Removed by Filter");
                double kept = n.totalActualRows();
                if (removed >= 1_000 && removed > 4 * kept) propose(ctx, PgIndexAdvisor.forIndexFilter(n, ctx.catalog()));
            } else if (n.is("Hash Join") || n.is("Merge Join")) {
                List<PgPlanNode> sides = NestedLoopRowsRule.dataChildren(n);
                if (sides.size() != 2) continue;
                for (int i = 0; i < 2; i++) {
                    PgPlanNode big = sides.get(i);
                    PgPlanNode scan = scanUnder(big);
                    if (scan == null) continue;
                    ScanRows read = ScanRows.of(scan, ctx.catalog());
                    double other = rowsOut(sides.get(1 - i));
                    boolean large = read.source() == ScanRows.Source.COST ? scan.totalCost() >= minCost : read.read() >= minRows;
                    if (read.known() && large && other <= maxSelectivity * read.read()) {
                        propose(ctx, PgIndexAdvisor.forJoinKey(n, big, ctx.catalog()));
                    }
                }
            } else if (n.is("Nested Loop")) {
                List<PgPlanNode> sides = NestedLoopRowsRule.dataChildren(n);
                if (sides.size() != 2) continue;
                PgPlanNode scan = scanUnder(sides.get(1));
                if (scan == null || !scan.is("Seq Scan")) continue;
                ScanRows read = ScanRows.of(scan, ctx.catalog());
                double perLoop = read.known() ? read.read() / Math.max(1, scan.hasActuals() ? scan.actualLoops() : 1) : scan.planRows();
                if (perLoop * Math.max(1, rowsOut(sides.get(0))) >= minRows) propose(ctx, PgIndexAdvisor.forJoinKey(n, sides.get(1), ctx.catalog()));
            } else if (n.is("Sort") && n.parent() != null && n.parent().is("Limit")) {
                PgPlanNode scan = scanUnder(n.children().isEmpty() ? null : n.children().get(0));
                if (scan == null) continue;
                ScanRows read = ScanRows.of(scan, ctx.catalog());
                boolean large = read.source() == ScanRows.Source.COST ? scan.totalCost() >= minCost : read.read() >= minRows;
                if (read.known() && large) propose(ctx, PgIndexAdvisor.forSort(n, ctx.catalog()));
            }
        }
    }

    private static PgPlanNode scanUnder(PgPlanNode n) {
        PgPlanNode cur = n;
        while (cur != null && (cur.is("Hash") || cur.is("Materialize") || cur.is("Memoize")) && cur.children().size() == 1) cur = cur.children().get(0);
        return cur != null && cur.isScan() && cur.relationName() != null ? cur : null;
    }

    /** Rows a node returns over all its loops: measured when analysed, else estimated. */
    private static double rowsOut(PgPlanNode n) {
        return n.hasActuals() && n.actualLoops() > 0 ? n.totalActualRows() : n.planRows();
    }

    private static void propose(PgRuleContext ctx, IndexCandidate c) {
        if (c != null && !alreadyIndexed(ctx, c)) ctx.propose(c);
    }

    /** An existing index with the same leading columns: PostgreSQL had it and did not use it; a copy would not help. */
    private static boolean alreadyIndexed(PgRuleContext ctx, IndexCandidate c) {
        var table = ctx.catalog().table(c.schema(), c.table());
        for (var idx : ctx.catalog().indexesOf(table)) {
            if (idx.columns().size() < c.columns().size()) continue;
            boolean same = true;
            for (int i = 0; i < c.columns().size() && same; i++) same = idx.columns().get(i).equalsIgnoreCase(c.columns().get(i));
            if (same) return true;
        }
        return false;
    }
}
