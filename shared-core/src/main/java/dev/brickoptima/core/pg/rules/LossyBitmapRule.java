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

/** A bitmap heap scan whose bitmap outgrew work_mem and degraded to whole pages that must be rechecked row by row. */
public final class LossyBitmapRule implements PgPlanRule {
    /** Bytes an exact bitmap needs per heap page (TIDBitmap's page entry plus its hash slot, rounded). */
    static final double BYTES_PER_PAGE = 64;

    static final Threshold MIN_LOSSY_BLOCKS = Threshold.count("minLossyBlocks", 1, "the fewest lossy heap blocks to report");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-lossy-bitmap")
        .title("Lossy bitmap heap scan")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A bitmap scan first collects the matching row addresses in a bitmap of work_mem size. When the bitmap "
            + "outgrows it, pages are remembered as a whole (lossy): every row on those pages is read and the condition "
            + "rechecked, which shows as Rows Removed by Index Recheck. An exact bitmap needs about 64 bytes per heap page; "
            + "the finding gives the work_mem that keeps this one exact. Raise it for the query (SET LOCAL work_mem) or "
            + "make the condition more selective. Needs EXPLAIN ANALYZE.")
        .bad("Bitmap Heap Scan on order_items  (actual rows=9000 loops=1)\n  Rows Removed by Index Recheck: 765894\n"
            + "  Heap Blocks: exact=927 lossy=5691")
        .good("SET LOCAL work_mem = '1MB';\nHeap Blocks: exact=6618")
        .thresholds(MIN_LOSSY_BLOCKS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minLossy = ctx.threshold(MIN_LOSSY_BLOCKS);
        String workMem = ctx.plan().settings().get("work_mem");
        for (PgPlanNode n : ctx.nodes()) {
            if (!n.is("Bitmap Heap Scan")) continue;
            double lossy = n.totalOverLoops("Lossy Heap Blocks");
            if (!(lossy >= minLossy)) continue;
            double exact = n.totalOverLoops("Exact Heap Blocks");
            double pages = lossy + (Double.isNaN(exact) ? 0 : exact);
            double rechecked = n.totalOverLoops("Rows Removed by Index Recheck");
            double needKb = pages * BYTES_PER_PAGE / 1024;
            String recheck = Double.isNaN(rechecked) ? "" : "; rechecking removed " + PgNumbers.rows(rechecked) + " rows";
            ctx.report(n, n.ref() + " went lossy: " + PgNumbers.rows(lossy) + " of " + PgNumbers.rows(pages) + " heap pages were "
                    + "remembered as whole pages" + recheck + "; an exact bitmap needs about " + PgNumbers.kilobytes(needKb) + " of work_mem"
                    + (workMem == null ? "" : " (work_mem is " + workMem + ")"),
                METADATA.rationale(),
                Fix.hint("For this query: SET LOCAL work_mem = '" + PgNumbers.workMem(needKb * 1.25) + "' (a quarter spare for the "
                    + "bitmap's own overhead)"),
                Fix.hint("Or make the index condition more selective so the bitmap covers fewer pages"));
        }
    }
}
