package dev.brickoptima.jvm.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Facts about the server and the role a connection has: version, role, privileges, extensions. */
public final class PgSession {
    /**
     * Marks this tool's own queries: pg_stat_statements keeps comments inside a statement, so its listing can leave
     * them out ({@link PgStatStatements}). Placed after the first keyword, because a leading comment is not kept.
     */
    public static final String TAG = "/* brickoptima */ ";

    private final Connection connection;
    private final int version;
    private final String user;
    private final String database;
    private final boolean superuser;

    private PgSession(Connection connection, int version, String user, String database, boolean superuser) {
        this.connection = connection;
        this.version = version;
        this.user = user;
        this.database = database;
        this.superuser = superuser;
    }

    public static PgSession of(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + PgSession.TAG + "current_setting('server_version_num')::int, current_user, current_database(), "
                 + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
            r.next();
            return new PgSession(c, r.getInt(1), r.getString(2), r.getString(3), r.getBoolean(4));
        }
    }

    public Connection connection() { return connection; }
    /** server_version_num: 150018 for 15.18. */
    public int version() { return version; }
    public int majorVersion() { return version / 10000; }
    public String user() { return user; }
    public String database() { return database; }
    public boolean superuser() { return superuser; }

    /** Whether the role may see every role's statements and statistics (pg_read_all_stats, or superuser). */
    public boolean canReadAllStats() throws SQLException {
        if (superuser) return true;
        return bool("SELECT " + PgSession.TAG + "pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')");
    }

    public boolean extensionInstalled(String name) throws SQLException {
        return bool("SELECT " + PgSession.TAG + "EXISTS (SELECT 1 FROM pg_extension WHERE extname = ?)", name);
    }

    public boolean extensionAvailable(String name) throws SQLException {
        return bool("SELECT " + PgSession.TAG + "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = ?)", name);
    }

    /** statement_timeout for this session, so no catalog query or EXPLAIN ANALYZE of the tool runs away. */
    public void statementTimeout(int millis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + Math.max(0, millis));
        }
    }

    private boolean bool(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
