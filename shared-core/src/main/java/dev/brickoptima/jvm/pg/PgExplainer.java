package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.pg.PgParameters;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs EXPLAIN (FORMAT JSON) for a statement. A statement with parameters ($1, as pg_stat_statements normalises
 * constants) gets its generic plan, the plan PostgreSQL uses when it does not know the values: on 16+ with
 * {@code EXPLAIN (GENERIC_PLAN)}; on 12 to 15 by preparing it with plan_cache_mode = force_generic_plan and explaining
 * {@code EXECUTE} with NULL for every parameter (the generic plan does not depend on the values, so NULL only fills the
 * slots); below 12 it cannot. ANALYZE runs the statement, so it is done in a transaction that is rolled back, and
 * only for statements without parameters (their values are unknown).
 */
public final class PgExplainer {
    /** The plan as JSON text and how it was obtained. */
    public record Explained(String json, boolean generic, boolean analyzed) {
    }

    private final Connection connection;
    private final int version;

    public PgExplainer(Connection connection, int version) {
        this.connection = connection;
        this.version = version;
    }

    /** Whether a statement has $n parameters (and so gets a generic plan, never ANALYZE). */
    public static boolean hasParameters(String sql) {
        return PgParameters.highestPositional(sql) > 0;
    }

    /** EXPLAIN of the statement; with {@code analyze} (and no parameters) EXPLAIN ANALYZE, rolled back. */
    public Explained explain(String statement, boolean analyze) throws SQLException {
        String sql = trimStatement(statement);
        int params = PgParameters.highestPositional(sql);
        String settings = version >= 120000 ? ", SETTINGS" : "";
        if (params == 0 && analyze) return new Explained(analyzeRolledBack(sql, settings), false, true);
        if (params == 0) return new Explained(single("EXPLAIN (FORMAT JSON" + settings + ") " + sql), false, false);
        if (version >= 160000) return new Explained(single("EXPLAIN (GENERIC_PLAN, FORMAT JSON" + settings + ") " + sql), true, false);
        if (version >= 120000) return new Explained(genericByPrepare(sql, params, settings), true, false);
        throw new PgException("the statement has parameters ($1...) and PostgreSQL " + version / 10000 + " has no generic plans to explain "
            + "(needs 12 or newer); run it with --query and literal values");
    }

    private String analyzeRolledBack(String sql, String settings) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return single("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON" + settings + ") " + sql);
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
    }

    /**
     * Three round trips: read plan_cache_mode and force generic plans; prepare and explain; deallocate and restore the
     * setting. When preparing or explaining fails, the clean-up is tried and the statement's own error is thrown (in
     * an aborted transaction the clean-up fails too, and the rollback undoes the setting anyway).
     */
    private String genericByPrepare(String sql, int params, String settings) throws SQLException {
        // one name per thread, not per call: pg_stat_statements (track_utility) keeps an entry per distinct PREPARE text
        String name = "brickoptima_explain_" + Thread.currentThread().getId();
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < params; i++) args.append(i == 0 ? "" : ", ").append("NULL");
        try (Statement s = connection.createStatement()) {
            String old;
            // the select list runs left to right: the old value is read before set_config changes it
            try (ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "current_setting('plan_cache_mode'), set_config('plan_cache_mode', 'force_generic_plan', false)")) {
                r.next();
                old = r.getString(1);
            }
            String restore = "SELECT " + PgSession.TAG + "set_config('plan_cache_mode', '" + (old.matches("[a-z_]+") ? old : "auto") + "', false)";
            String plan;
            try {
                s.execute("PREPARE " + name + " AS " + sql + "; EXPLAIN (FORMAT JSON" + settings + ") EXECUTE " + name + "(" + args + ")");
                plan = explainResult(s);
            } catch (SQLException e) {
                quietly(s, "DEALLOCATE " + name);
                quietly(s, restore);
                throw e;
            }
            s.execute("DEALLOCATE " + name + "; " + restore);
            return plan;
        }
    }

    /** The result set of the EXPLAIN after the PREPARE of one multi-statement execute. */
    private static String explainResult(Statement s) throws SQLException {
        boolean isResult = false;
        for (int i = 0; i < 4 && !(isResult = s.getMoreResults()) && s.getUpdateCount() != -1; i++) {
            // skip the PREPARE's (empty) update count
        }
        if (!isResult) throw new SQLException("EXPLAIN EXECUTE returned no plan");
        try (ResultSet r = s.getResultSet()) {
            if (!r.next()) throw new SQLException("EXPLAIN EXECUTE returned no plan");
            return r.getString(1);
        }
    }

    private static void quietly(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException ignored) {
            // clean-up after a failure: the failure itself is what the caller gets
        }
    }

    private String single(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return scalar(s, sql);
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) throw new SQLException("no result from " + sql);
            return r.getString(1);
        }
    }

    /** Without trailing semicolons and whitespace: EXPLAIN takes one statement. */
    static String trimStatement(String sql) {
        String s = sql.trim();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).trim();
        return s;
    }
}
