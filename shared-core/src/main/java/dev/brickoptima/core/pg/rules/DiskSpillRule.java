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

/** A sort, hash or hash aggregate that did not fit in work_mem and went to temporary files, with the work_mem it needed. */
public final class DiskSpillRule implements PgPlanRule {
    static final Threshold MIN_KB = Threshold.count("minKb", 0, "the least kB written to disk to report (0: any spill)");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-disk-spill")
        .title("Sort, hash or aggregate spilled to disk")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Each sort and hash may use work_mem (hashes work_mem x hash_mem_multiplier) before PostgreSQL writes to "
            + "temporary files: an external merge sort, a hash join split into batches, a hash aggregate writing partitions. "
            + "The finding says how much memory the node needed, from what EXPLAIN ANALYZE measured: a sort about twice its "
            + "disk use (tuples take more room in memory than in the temporary file), a hash its peak memory times its batches. "
            + "Raise work_mem for this query (SET LOCAL work_mem in its transaction, or ALTER ROLE ... SET for a reporting "
            + "role) rather than globally: every sort and hash of every connection may use that much. Or sort and hash fewer "
            + "rows (filter earlier, select fewer columns). Needs EXPLAIN ANALYZE.")
        .bad("Sort  (actual rows=900000 loops=1)\n  Sort Key: unit_price DESC\n  Sort Method: external merge  Disk: 34408kB")
        .good("SET LOCAL work_mem = '72MB';\nSort Method: quicksort  Memory: 70412kB")
        .thresholds(MIN_KB)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double minKb = ctx.threshold(MIN_KB);
        String workMem = ctx.plan().settings().getOrDefault("work_mem", null);
        String now = workMem == null ? "" : " (work_mem is " + workMem + ")";
        double multiplier = hashMemMultiplier(ctx.plan().settings().get("hash_mem_multiplier"));
        for (PgPlanNode n : ctx.nodes()) {
            if ((n.is("Sort") || n.is("Incremental Sort")) && "Disk".equals(n.text("Sort Space Type"))) {
                double disk = n.number("Sort Space Used");
                if (!(disk > minKb)) continue;
                double need = disk * 2;
                ctx.report(n, n.ref() + " spilled " + PgNumbers.kilobytes(disk) + " to disk (" + n.text("Sort Method") + ")" + now
                    + "; sorting in memory needs about " + PgNumbers.kilobytes(need),
                    METADATA.rationale(), fixes(need, 1, n));
            } else if (n.is("Hash") && n.number("Hash Batches") > 1) {
                double peak = n.number("Peak Memory Usage");
                double batches = n.number("Hash Batches");
                double need = peak * batches;
                if (!(need > minKb)) continue;
                String orig = n.number("Original Hash Batches") < batches ? " (planned " + PgNumbers.rows(n.number("Original Hash Batches")) + ")" : "";
                ctx.report(n, n.ref() + " split its hash table into " + PgNumbers.rows(batches) + " batches" + orig + " written to disk" + now
                    + "; the whole table needs about " + PgNumbers.kilobytes(need) + " (" + PgNumbers.kilobytes(peak) + " per batch)",
                    METADATA.rationale(), fixes(need, multiplier, n));
            } else if (n.is("Aggregate") && (n.number("HashAgg Batches") > 1 || n.number("Disk Usage") > 0)) {
                double peak = orZero(n.number("Peak Memory Usage"));
                double disk = orZero(n.number("Disk Usage"));
                double need = peak + disk;
                if (!(disk > minKb)) continue;
                ctx.report(n, n.ref() + " wrote " + PgNumbers.kilobytes(disk) + " to disk in " + PgNumbers.rows(n.number("HashAgg Batches"))
                    + " batches" + now + "; aggregating in memory needs about " + PgNumbers.kilobytes(need),
                    METADATA.rationale(), fixes(need, multiplier, n));
            }
        }
    }

    private static Fix[] fixes(double needKb, double multiplier, PgPlanNode n) {
        String setting = PgNumbers.workMem(needKb / multiplier);
        String hashNote = multiplier == 1 ? "" : " (hash nodes may use work_mem x hash_mem_multiplier " + PgNumbers.plain(multiplier) + ")";
        return new Fix[]{
            Fix.hint("For this query: BEGIN; SET LOCAL work_mem = '" + setting + "'; ...; COMMIT;" + hashNote),
            Fix.hint("Or make " + n.label() + " handle fewer rows or narrower rows (filter earlier, select fewer columns)")};
    }

    private static double hashMemMultiplier(String setting) {
        if (setting == null) return 2.0; // the default since PostgreSQL 15 (1.0 in 13 and 14)
        try {
            return Double.parseDouble(setting.trim());
        } catch (NumberFormatException e) {
            return 2.0;
        }
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
