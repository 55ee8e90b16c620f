package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.pg.PgStatements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the statements that cost the most from pg_stat_statements (this database, by total execution time). Only
 * statements the planner plans are kept (SELECT, WITH, INSERT, UPDATE, DELETE, MERGE, VALUES, TABLE); utility
 * statements and the monitoring queries of this tool and hypopg are skipped.
 */
public final class PgStatStatements {
    /** What pg_stat_statements shows for another role's statement to a role without pg_read_all_stats. */
    static final String HIDDEN = "<insufficient privilege>";

    private PgStatStatements() {
    }

    public static List<PgQueryStats> top(PgSession session, int limit) {
        try {
            if (!session.extensionInstalled("pg_stat_statements")) {
                throw new PgException("pg_stat_statements is not installed in database " + session.database() + ": add pg_stat_statements to "
                    + "shared_preload_libraries (server restart), then CREATE EXTENSION pg_stat_statements");
            }
        } catch (SQLException e) {
            throw new PgException("cannot check the extensions of database " + session.database() + ": " + PgErrors.statement(e), e);
        }
        String total = session.version() >= 130000 ? "total_exec_time" : "total_time";
        String mean = session.version() >= 130000 ? "mean_exec_time" : "mean_time";
        String sql = "SELECT s.queryid, s.query, s.calls, s." + total + ", s." + mean + ", s.rows, r.rolname "
            + "FROM pg_stat_statements s LEFT JOIN pg_roles r ON r.oid = s.userid "
            + "WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            + "ORDER BY s." + total + " DESC LIMIT 1000";
        List<PgQueryStats> out = new ArrayList<>();
        int hidden = 0;
        int seen = 0;
        try (Statement st = session.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                seen++;
                String query = r.getString(2);
                if (query == null || query.equals(HIDDEN)) {
                    hidden++;
                    continue;
                }
                if (out.size() < limit && plannable(query)) {
                    out.add(new PgQueryStats(r.getLong(1), query, r.getLong(3), r.getDouble(4), r.getDouble(5), r.getLong(6), r.getString(7)));
                }
            }
        } catch (SQLException e) {
            if ("55000".equals(e.getSQLState())) {
                throw new PgException("pg_stat_statements is installed in database " + session.database() + " but not loaded: add it to "
                    + "shared_preload_libraries and restart the server", e);
            }
            if ("42501".equals(e.getSQLState())) {
                throw new PgException("role " + session.user() + " may not read pg_stat_statements: GRANT pg_read_all_stats TO " + session.user(), e);
            }
            throw new PgException("cannot read pg_stat_statements: " + PgErrors.statement(e), e);
        }
        if (hidden > 0) {
            throw new PgException("role " + session.user() + " cannot see " + hidden + " of the " + seen + " statements in pg_stat_statements "
                + "(other roles' statements): GRANT pg_read_all_stats TO " + session.user());
        }
        return out;
    }

    /** A statement the planner plans, and not one of the monitoring queries of this tool or of hypopg. */
    static boolean plannable(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return !q.contains("pg_stat_statements") && !q.contains("hypopg") && !query.contains(PgSession.TAG.trim()) && PgStatements.isPlannable(query);
    }
}
