package dev.brickoptima.core.pg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds candidate indexes for plan nodes: from a scan's filter (equality columns first, the most selective first
 * when the catalog has statistics, then one range column), from a filter an index scan applies after the index,
 * from a join key, and from the sort keys a Sort under a Limit orders a scan by. When to advise is the rules'
 * business; how the columns are chosen and ordered lives only here.
 */
public final class PgIndexAdvisor {
    private PgIndexAdvisor() {
    }

    /** An index for a scan's filter, or null when the filter has no indexable comparison of this relation. */
    public static IndexCandidate forFilter(PgPlanNode scan, PgCatalog catalog) {
        List<String> cols = filterColumns(scan, scan.filter(), catalog, List.of());
        return cols.isEmpty() ? null : candidate(scan, cols, "the filter " + scan.filter());
    }

    /**
     * For an index scan (or bitmap heap scan) whose filter discards rows after the index: the index's own columns
     * (from the catalog, else from its condition) followed by the filter's columns.
     */
    public static IndexCandidate forIndexFilter(PgPlanNode scan, PgCatalog catalog) {
        String cond = scan.indexCond() != null ? scan.indexCond() : scan.recheckCond();
        if (cond == null && scan.is("Bitmap Heap Scan")) {
            for (PgPlanNode c : scan.children()) if (c.indexCond() != null) cond = c.indexCond();
        }
        List<String> leading = new ArrayList<>();
        PgCatalog.Index idx = catalog.index(indexOf(scan));
        if (idx != null) {
            for (String c : idx.columns()) if (isPlainColumn(c)) leading.add(c);
        } else {
            leading.addAll(filterColumns(scan, cond, catalog, List.of()));
        }
        List<String> added = filterColumns(scan, scan.filter(), catalog, leading);
        if (added.isEmpty()) return null;
        List<String> cols = new ArrayList<>(leading);
        cols.addAll(added);
        return candidate(scan, cols, "the index condition and the filter " + scan.filter() + " together");
    }

    /** An index on the join column of {@code side} (a scan of one relation) for the join condition of {@code join}. */
    public static IndexCandidate forJoinKey(PgPlanNode join, PgPlanNode side, PgCatalog catalog) {
        PgPlanNode scan = scanUnder(side);
        if (scan == null || scan.relationName() == null) return null;
        List<String> cols = new ArrayList<>();
        for (String cond : new String[]{join.hashCond(), join.mergeCond(), join.joinFilter(), scan.filter()}) {
            for (PgPredicates.Predicate p : PgPredicates.of(cond)) {
                if (p.kind() != PgPredicates.Kind.JOIN) continue;
                String col = belongs(scan, p.qualifier()) ? p.column() : belongs(scan, p.otherQualifier()) ? p.otherColumn() : null;
                if (col != null && !containsIgnoreCase(cols, col)) cols.add(col);
            }
        }
        if (cols.isEmpty()) return null;
        // equality filters of the same scan go first: they narrow each lookup further
        List<String> filter = filterColumns(scan, scan.filter(), catalog, cols);
        List<String> all = new ArrayList<>();
        for (String f : filter) if (!isRangeColumn(scan, f)) all.add(f);
        all.addAll(cols);
        return candidate(scan, all, "the join condition " + firstNonNull(join.hashCond(), join.mergeCond(), join.joinFilter()));
    }

    /** For a Sort of one scan's rows: equality filter columns, then the sort keys (when all are plain columns). */
    public static IndexCandidate forSort(PgPlanNode sort, PgCatalog catalog) {
        PgPlanNode scan = scanUnder(sort.children().isEmpty() ? null : sort.children().get(0));
        if (scan == null || scan.relationName() == null) return null;
        List<String> keys = new ArrayList<>();
        boolean anyDesc = false;
        boolean anyAsc = false;
        for (String k : sort.list("Sort Key")) {
            String key = k.trim();
            boolean desc = key.endsWith(" DESC");
            if (desc) key = key.substring(0, key.length() - 5).trim();
            if (key.endsWith(" NULLS FIRST") || key.endsWith(" NULLS LAST")) return null;
            String[] ref = PgPredicates.columnRef(key);
            if (ref == null || !belongs(scan, ref[0])) return null;
            keys.add(desc ? ref[1] + " DESC" : ref[1]);
            if (desc) anyDesc = true; else anyAsc = true;
        }
        if (keys.isEmpty()) return null;
        if (!(anyDesc && anyAsc)) {
            // a b-tree reads backwards just as well: only mixed directions need DESC in the index
            for (int i = 0; i < keys.size(); i++) if (keys.get(i).endsWith(" DESC")) keys.set(i, keys.get(i).substring(0, keys.get(i).length() - 5));
        }
        // equality conditions of the scan (its filter or index condition) go first: within them the index is in key order
        List<String> cols = new ArrayList<>();
        for (String cond : new String[]{scan.filter(), scan.indexCond(), scan.recheckCond()}) {
            for (PgPredicates.Predicate p : PgPredicates.of(cond)) {
                boolean eq = p.kind() == PgPredicates.Kind.EQUALITY || p.kind() == PgPredicates.Kind.NULL_TEST;
                if (eq && belongs(scan, p.qualifier()) && !containsIgnoreCase(cols, p.column())) cols.add(p.column());
            }
        }
        for (String k : keys) if (!containsIgnoreCase(cols, k)) cols.add(k);
        return candidate(scan, cols, "the sort key " + String.join(", ", sort.list("Sort Key")));
    }

    // ---- shared ----

    /**
     * Columns of this scan's relation that the condition compares with constants: equality (and IN / IS NULL) columns
     * ordered most selective first when the catalog knows their distinct counts, then the first range column.
     * Columns in {@code exclude} are skipped.
     */
    static List<String> filterColumns(PgPlanNode scan, String condition, PgCatalog catalog, List<String> exclude) {
        List<String> eq = new ArrayList<>();
        String range = null;
        for (PgPredicates.Predicate p : PgPredicates.of(condition)) {
            if (p.kind() == PgPredicates.Kind.JOIN || !belongs(scan, p.qualifier())) continue;
            if (containsIgnoreCase(exclude, p.column())) continue;
            if (p.kind() == PgPredicates.Kind.RANGE) {
                if (range == null && !containsIgnoreCase(eq, p.column())) range = p.column();
            } else if (!containsIgnoreCase(eq, p.column())) {
                eq.add(p.column());
            }
        }
        if (range != null && containsIgnoreCase(eq, range)) range = null;
        PgCatalog.Table table = catalog.table(scan.schema(), scan.relationName());
        if (table != null && eq.size() > 1) {
            // stable insertion sort by distinct values, descending; unknown statistics keep the written order
            for (int i = 1; i < eq.size(); i++) {
                String c = eq.get(i);
                double dc = catalog.distinctValues(table, c);
                int j = i - 1;
                while (j >= 0 && !Double.isNaN(dc) && dc > orMinus(catalog.distinctValues(table, eq.get(j)))) {
                    eq.set(j + 1, eq.get(j));
                    j--;
                }
                eq.set(j + 1, c);
            }
        }
        List<String> out = new ArrayList<>(eq);
        if (range != null) out.add(range);
        return out;
    }

    private static boolean isRangeColumn(PgPlanNode scan, String column) {
        for (PgPredicates.Predicate p : PgPredicates.of(scan.filter())) {
            if (p.column().equalsIgnoreCase(column)) return p.kind() == PgPredicates.Kind.RANGE;
        }
        return false;
    }

    private static double orMinus(double v) {
        return Double.isNaN(v) ? -1 : v;
    }

    /** The scan a join side or sort input reads, through nodes that pass rows on unchanged in order. */
    static PgPlanNode scanUnder(PgPlanNode n) {
        PgPlanNode cur = n;
        while (cur != null) {
            if (cur.isScan() && cur.relationName() != null) return cur;
            if ((cur.is("Hash") || cur.is("Materialize") || cur.is("Memoize")) && cur.children().size() == 1) {
                cur = cur.children().get(0);
            } else {
                return null;
            }
        }
        return null;
    }

    /** Whether a column qualifier names this scan (no qualifier: the scan's own filter, so yes). */
    static boolean belongs(PgPlanNode scan, String qualifier) {
        if (qualifier == null) return true;
        return qualifier.equalsIgnoreCase(scan.alias()) || qualifier.equalsIgnoreCase(scan.relationName());
    }

    private static String indexOf(PgPlanNode scan) {
        if (scan.indexName() != null) return scan.indexName();
        for (PgPlanNode c : scan.children()) if (c.indexName() != null) return c.indexName();
        return null;
    }

    private static boolean isPlainColumn(String c) {
        return PgPredicates.columnRef(c) != null && c.indexOf('(') < 0;
    }

    private static IndexCandidate candidate(PgPlanNode scan, List<String> cols, String reason) {
        return new IndexCandidate(scan.schema(), scan.relationName(), cols, scan, reason);
    }

    private static boolean containsIgnoreCase(List<String> list, String s) {
        for (String x : list) if (x.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static String firstNonNull(String... s) {
        for (String x : s) if (x != null) return x;
        return "";
    }
}
