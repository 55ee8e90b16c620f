package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.pg.PgCatalogContext;
import dev.brickoptima.core.pg.PgCatalogRule;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Two indexes with the same key columns, or one whose columns lead another of the same kind. */
public final class DuplicateIndexRule implements PgCatalogRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-duplicate-index")
        .title("Duplicate or redundant index")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Two indexes of the same access method on the same key columns (and the same partial-index predicate) "
            + "serve the same queries; the second only slows writes and takes space. A b-tree whose columns are the leading "
            + "columns of another b-tree on the same table is redundant too: the longer one serves the same lookups. The "
            + "index that enforces a constraint (primary key, unique) is the one to keep. Needs a live server (brickoptima pg).")
        .bad("CREATE INDEX orders_status_idx ON orders (status);\nCREATE INDEX orders_status_copy_idx ON orders (status);")
        .good("CREATE INDEX orders_status_idx ON orders (status);")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgCatalogContext ctx) {
        for (List<PgCatalog.Index> onTable : ctx.catalog().indexesByTable().values()) {
            Set<String> reported = new HashSet<>();
            // identical key columns: report the one to drop once
            for (int a = 0; a < onTable.size(); a++) {
                for (int b = a + 1; b < onTable.size(); b++) {
                    PgCatalog.Index x = onTable.get(a);
                    PgCatalog.Index y = onTable.get(b);
                    if (!same(x, y)) continue;
                    boolean keepX = prefer(x, y);
                    PgCatalog.Index keep = keepX ? x : y;
                    PgCatalog.Index drop = keepX ? y : x;
                    if (drop.primary() || drop.constraint() || !reported.add(drop.name())) continue;
                    report(ctx, drop, " duplicates ", keep);
                }
            }
            // a plain b-tree whose columns lead another b-tree's
            for (PgCatalog.Index drop : onTable) {
                if (reported.contains(drop.name()) || !"btree".equals(drop.method()) || drop.unique() || drop.primary() || drop.constraint()) continue;
                for (PgCatalog.Index keep : onTable) {
                    if (keep == drop || !comparable(keep, drop) || !isPrefix(drop.columns(), keep.columns())) continue;
                    reported.add(drop.name());
                    report(ctx, drop, " is covered by ", keep);
                    break;
                }
            }
        }
    }

    private static void report(PgCatalogContext ctx, PgCatalog.Index drop, String how, PgCatalog.Index keep) {
        ctx.report("index " + drop.qualifiedName(), "Index " + drop.qualifiedName() + " (" + String.join(", ", drop.columns()) + ", "
                + PlanNumbers.bytes(drop.sizeBytes()) + ")" + how + keep.qualifiedName() + " (" + String.join(", ", keep.columns())
                + ") on " + drop.table(),
            METADATA.rationale(),
            Fix.hint("DROP INDEX CONCURRENTLY " + UnusedIndexRule.qualified(drop) + ";"));
    }

    private static boolean comparable(PgCatalog.Index a, PgCatalog.Index b) {
        return Objects.equals(a.method(), b.method()) && Objects.equals(a.predicate(), b.predicate());
    }

    private static boolean same(PgCatalog.Index a, PgCatalog.Index b) {
        return comparable(a, b) && lower(a.columns()).equals(lower(b.columns()));
    }

    /** Of two identical indexes keep the constraint's, else the more used, else the first in catalog order. */
    private static boolean prefer(PgCatalog.Index first, PgCatalog.Index second) {
        int f = rank(first);
        int s = rank(second);
        if (f != s) return f > s;
        if (first.scans() != second.scans() && !Double.isNaN(first.scans()) && !Double.isNaN(second.scans())) return first.scans() > second.scans();
        return true;
    }

    private static int rank(PgCatalog.Index i) {
        return i.primary() ? 3 : i.constraint() ? 2 : i.unique() ? 1 : 0;
    }

    private static boolean isPrefix(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size()) return false;
        return lower(longer.subList(0, shorter.size())).equals(lower(shorter));
    }

    private static List<String> lower(List<String> cols) {
        List<String> out = new ArrayList<>();
        for (String c : cols) out.add(c.toLowerCase(Locale.ROOT));
        return out;
    }
}
