package dev.brickoptima.core.pg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the database's catalog says about the tables a plan touches: row and page counts (pg_class), indexes with
 * their columns and use counts (pg_index, pg_stat_user_indexes) and column statistics (pg_stats). The JVM layer reads
 * it from a live server; plans analysed from files have none ({@link #EMPTY}). Names are matched case-insensitively,
 * schema-qualified or not.
 */
public final class PgCatalog {
    public static final PgCatalog EMPTY = new PgCatalog(List.of(), List.of(), List.of(), null);

    /** A table: estimated rows (reltuples; -1 when never analysed), pages, and sequential/index scan counts. */
    public record Table(String schema, String name, double rows, double pages, double seqScans, double indexScans) {
        public String qualified() { return schema == null ? name : schema + "." + name; }
    }

    /**
     * An index: key columns in order (expressions as pg_get_indexdef prints them), flags, scans since the statistics
     * were reset (NaN when unknown), size, access method, partial-index predicate and its definition.
     */
    public record Index(String schema, String table, String name, List<String> columns, boolean unique, boolean primary,
                        boolean constraint, double scans, long sizeBytes, String method, String predicate, String definition) {
        public Index {
            columns = List.copyOf(columns);
        }

        public String qualifiedName() { return schema == null ? name : schema + "." + name; }
    }

    /** Column statistics: n_distinct as pg_stats gives it (negative: a fraction of the rows) and the null fraction. */
    public record Column(String schema, String table, String name, double nDistinct, double nullFraction) {
    }

    private final List<Table> tables;
    private final List<Index> indexes;
    private final List<Column> columns;
    private final String statsResetNote;

    public PgCatalog(List<Table> tables, List<Index> indexes, List<Column> columns, String statsResetNote) {
        this.tables = List.copyOf(tables);
        this.indexes = List.copyOf(indexes);
        this.columns = List.copyOf(columns);
        this.statsResetNote = statsResetNote;
    }

    public List<Table> tables() { return tables; }
    public List<Index> indexes() { return indexes; }
    public List<Column> columns() { return columns; }
    public boolean isEmpty() { return tables.isEmpty() && indexes.isEmpty() && columns.isEmpty(); }
    /** Since when index use is counted ("since 2024-05-01 10:00" or "since the server started"), or null. */
    public String statsResetNote() { return statsResetNote; }

    /** The table a plan names ("orders" or "public.orders"); null when unknown or ambiguous across schemas. */
    public Table table(String schema, String name) {
        if (name == null) return null;
        Table found = null;
        for (Table t : tables) {
            if (!same(t.name(), name) || schema != null && t.schema() != null && !same(t.schema(), schema)) continue;
            if (found != null) return null;
            found = t;
        }
        return found;
    }

    /** Indexes of a table, in catalog order. */
    public List<Index> indexesOf(Table t) {
        List<Index> out = new ArrayList<>();
        if (t == null) return out;
        for (Index i : indexes) if (same(i.table(), t.name()) && (i.schema() == null || t.schema() == null || same(i.schema(), t.schema()))) out.add(i);
        return out;
    }

    /** An index by name; null when unknown. */
    public Index index(String name) {
        if (name == null) return null;
        for (Index i : indexes) if (same(i.name(), name)) return i;
        return null;
    }

    /** Estimated distinct values of a column, or NaN when there are no statistics. */
    public double distinctValues(Table t, String column) {
        if (t == null || column == null) return Double.NaN;
        for (Column c : columns) {
            if (!same(c.table(), t.name()) || !same(c.name(), column)) continue;
            if (c.schema() != null && t.schema() != null && !same(c.schema(), t.schema())) continue;
            if (c.nDistinct() >= 0) return c.nDistinct();
            return t.rows() > 0 ? -c.nDistinct() * t.rows() : Double.NaN;
        }
        return Double.NaN;
    }

    /** Indexes grouped by table, for catalog-wide rules. */
    public Map<String, List<Index>> indexesByTable() {
        Map<String, List<Index>> out = new LinkedHashMap<>();
        for (Index i : indexes) {
            String key = (i.schema() == null ? "" : i.schema().toLowerCase(Locale.ROOT) + ".") + i.table().toLowerCase(Locale.ROOT);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Index>> e : out.entrySet()) e.setValue(Collections.unmodifiableList(e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
