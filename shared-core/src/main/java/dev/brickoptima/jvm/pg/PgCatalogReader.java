package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.pg.PgCatalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what the rules and the index advisor use from a live server's catalog: user tables with their row and page
 * estimates and scan counts, their indexes with key columns, flags, use counts and sizes, and column statistics
 * (pg_stats shows only columns the role may read). Needs no privilege beyond connecting.
 */
public final class PgCatalogReader {
    private static final String USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'";

    private PgCatalogReader() {
    }

    public static PgCatalog read(PgSession session) throws SQLException {
        List<PgCatalog.Table> tables = new ArrayList<>();
        List<PgCatalog.Index> indexes = new ArrayList<>();
        List<PgCatalog.Column> columns = new ArrayList<>();
        String keyCount = session.version() >= 110000 ? "i.indnkeyatts" : "i.indnatts";
        try (Statement s = session.connection().createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "n.nspname, c.relname, c.reltuples, c.relpages, st.seq_scan, st.idx_scan "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_stat_all_tables st ON st.relid = c.oid "
                + "WHERE c.relkind IN ('r', 'p', 'm') AND " + USER_SCHEMAS + " ORDER BY 1, 2")) {
                while (r.next()) {
                    tables.add(new PgCatalog.Table(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4),
                        nullable(r, 5), nullable(r, 6)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "n.nspname, t.relname, ic.relname, i.indisunique, i.indisprimary, "
                + "EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid), st.idx_scan, pg_relation_size(i.indexrelid), "
                + "am.amname, pg_get_expr(i.indpred, i.indrelid), pg_get_indexdef(i.indexrelid), "
                + "ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, " + keyCount + ") AS k ORDER BY k) "
                + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = ic.relam "
                + "LEFT JOIN pg_stat_all_indexes st ON st.indexrelid = i.indexrelid "
                + "WHERE i.indisvalid AND " + USER_SCHEMAS + " ORDER BY 1, 2, 3")) {
                while (r.next()) {
                    Array cols = r.getArray(12);
                    indexes.add(new PgCatalog.Index(r.getString(1), r.getString(2), r.getString(3), Arrays.asList((String[]) cols.getArray()),
                        r.getBoolean(4), r.getBoolean(5), r.getBoolean(6), nullable(r, 7), r.getLong(8), r.getString(9), r.getString(10),
                        r.getString(11)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "schemaname, tablename, attname, n_distinct, null_frac FROM pg_stats "
                + "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') LIMIT 200000")) {
                while (r.next()) columns.add(new PgCatalog.Column(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getDouble(5)));
            }
            String since;
            try (ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "to_char(stats_reset, 'YYYY-MM-DD HH24:MI') FROM pg_stat_database WHERE datname = current_database()")) {
                String reset = r.next() ? r.getString(1) : null;
                since = reset == null ? "since the statistics began" : "since the statistics reset of " + reset;
            }
            return new PgCatalog(tables, indexes, columns, since);
        }
    }

    private static double nullable(ResultSet r, int col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? Double.NaN : v;
    }
}
