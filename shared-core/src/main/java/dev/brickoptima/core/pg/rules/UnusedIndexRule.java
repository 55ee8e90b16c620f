package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.pg.PgCatalogContext;
import dev.brickoptima.core.pg.PgCatalogRule;
import dev.brickoptima.core.pg.PgIdentifiers;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** An index no query has used since the statistics were reset: every write still pays for it. */
public final class UnusedIndexRule implements PgCatalogRule {
    static final Threshold MIN_BYTES = Threshold.bytes("minBytes", 0, "the smallest unused index to report");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-unused-index")
        .title("Index never used")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("pg_stat_user_indexes counts the scans of each index since the statistics were last reset. An index "
            + "with none costs every INSERT, UPDATE and DELETE of its table, disk and cache, and helps nothing. Indexes "
            + "that enforce a primary key, uniqueness or an exclusion constraint are never reported. Before dropping: the "
            + "counts are per server (a standby serving reads keeps its own), reset with the statistics, and miss jobs "
            + "that run rarely. Needs a live server (brickoptima pg).")
        .bad("orders_shipped_at_idx  idx_scan = 0  (6.5 MB)")
        .good("DROP INDEX CONCURRENTLY orders_shipped_at_idx;")
        .thresholds(MIN_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgCatalogContext ctx) {
        double minBytes = ctx.threshold(MIN_BYTES);
        String since = ctx.catalog().statsResetNote() == null ? "" : " " + ctx.catalog().statsResetNote();
        for (PgCatalog.Index i : ctx.catalog().indexes()) {
            if (i.primary() || i.unique() || i.constraint() || !(i.scans() == 0) || i.sizeBytes() < minBytes) continue;
            ctx.report("index " + i.qualifiedName(), "Index " + i.qualifiedName() + " on " + i.table() + " (" + String.join(", ", i.columns())
                    + ", " + PlanNumbers.bytes(i.sizeBytes()) + ") has not been scanned" + since,
                METADATA.rationale(),
                Fix.hint("After checking standbys and rare jobs: DROP INDEX CONCURRENTLY " + qualified(i) + ";"));
        }
    }

    static String qualified(PgCatalog.Index i) {
        return (i.schema() == null ? "" : PgIdentifiers.quote(i.schema()) + ".") + PgIdentifiers.quote(i.name());
    }
}
