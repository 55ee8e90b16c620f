package dev.brickoptima.core.pg;

/**
 * How many rows a scan read and returned over all its loops, and how that is known: measured (ANALYZE), from the
 * table's row count in the catalog, judged from a sequential scan's cost (a plain EXPLAIN from a file), or not at all.
 */
public record ScanRows(double read, double returned, Source source) {
    /** Where the numbers come from; messages say so. */
    public enum Source { ACTUAL, CATALOG, COST, UNKNOWN }

    /**
     * Default-settings cost of a sequential scan per row of a table of narrow rows (a page per ~100 rows plus the
     * per-row CPU cost), for judging a table's size from a plan's cost when nothing else says it.
     */
    public static final double COST_PER_ROW = 0.0225;

    public static ScanRows of(PgPlanNode scan, PgCatalog catalog) {
        if (scan.hasActuals() && scan.actualLoops() > 0) {
            double returned = scan.totalActualRows();
            double removed = orZero(scan.totalOverLoops("Rows Removed by Filter")) + orZero(scan.totalOverLoops("Rows Removed by Index Recheck"));
            return new ScanRows(returned + removed, returned, Source.ACTUAL);
        }
        if (!scan.is("Seq Scan")) return new ScanRows(Double.NaN, scan.planRows(), Source.UNKNOWN);
        PgCatalog.Table t = catalog.table(scan.schema(), scan.relationName());
        if (t != null && t.rows() >= 0) return new ScanRows(t.rows(), scan.planRows(), Source.CATALOG);
        return new ScanRows(scan.totalCost() / COST_PER_ROW, scan.planRows(), Source.COST);
    }

    /**
     * Whether a scan reads a large table for few of its rows: at least {@code minRows} read and at most
     * {@code maxSelectivity} of them returned; judged by cost (at least {@code minCost}) when the rows read come from it.
     */
    public boolean selective(PgPlanNode scan, double minRows, double maxSelectivity, double minCost) {
        if (source == Source.UNKNOWN) return false;
        boolean large = source == Source.COST ? scan.totalCost() >= minCost : read >= minRows;
        return large && selectivity() <= maxSelectivity;
    }

    public boolean known() {
        return source != Source.UNKNOWN;
    }

    /** Returned / read, or NaN when the rows read are unknown. */
    public double selectivity() {
        return known() && read > 0 ? returned / read : Double.NaN;
    }

    /** "read 300,000 rows to return 6 (0.002%)", worded for measured, catalog or cost-judged numbers. */
    public String describe(PgPlanNode scan) {
        switch (source) {
            case ACTUAL:
                return "read " + PgNumbers.rows(read) + " rows to return " + PgNumbers.rows(returned) + " (" + PgNumbers.percent(selectivity()) + ")";
            case CATALOG:
                return "reads all " + PgNumbers.rows(read) + " rows of the table to return an estimated " + PgNumbers.rows(returned)
                    + " (" + PgNumbers.percent(selectivity()) + ")";
            case COST:
                return "costs " + PgNumbers.cost(scan.totalCost()) + " (a read of the whole table) to return an estimated "
                    + PgNumbers.rows(returned) + " rows";
            default:
                return "returns an estimated " + PgNumbers.rows(returned) + " rows";
        }
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
