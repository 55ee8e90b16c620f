package dev.brickoptima.jvm.pg;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Words a PostgreSQL driver error as one line that says what to change: connection refused, unknown host, a password
 * the server wanted or rejected, a missing role or database, a missing privilege. The server's own message is kept
 * to its first line; passwords never appear in it.
 */
public final class PgErrors {
    private PgErrors() {
    }

    /** An error while connecting to {@code url}. */
    public static PgException connecting(PgUrl url, SQLException e) {
        String where = url.host() + ":" + url.port();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable root = rootCause(e);
        String m;
        if (root instanceof ConnectException || firstLine(e).contains("refused")) {
            m = "cannot connect to PostgreSQL at " + where + ": connection refused (is the server running and accepting TCP connections on that host and port?)";
        } else if (root instanceof UnknownHostException) {
            m = "cannot connect to PostgreSQL: unknown host " + url.host();
        } else if (root instanceof SocketTimeoutException || state.equals("08001") && firstLine(e).contains("timed out")) {
            m = "cannot connect to PostgreSQL at " + where + ": timed out (check the host, port and firewall)";
        } else if (state.equals("28P01")) {
            m = "password authentication failed for user " + url.user() + " at " + where + " (check the password in PGPASSWORD or ~/.pgpass)";
        } else if (state.equals("08004") && firstLine(e).toLowerCase().contains("password")) {
            m = "the server at " + where + " wants a password for user " + url.user() + ": set PGPASSWORD or add a ~/.pgpass line "
                + url.host() + ":" + url.port() + ":" + url.database() + ":" + url.user() + ":<password>";
        } else if (state.equals("3D000")) {
            m = "database " + url.database() + " does not exist at " + where;
        } else if (state.equals("28000")) {
            m = "the server at " + where + " refused user " + url.user() + ": " + serverMessage(e);
        } else if (state.equals("53300")) {
            m = "the server at " + where + " has no free connection slots: " + serverMessage(e);
        } else {
            m = "cannot connect to PostgreSQL at " + where + ": " + serverMessage(e);
        }
        return new PgException(m, e);
    }

    /** An error of a statement the tool ran (catalog queries, EXPLAIN). */
    public static String statement(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014")) return "cancelled after the statement timeout";
        return serverMessage(e);
    }

    /** The server's message without "ERROR: " and without the detail lines the driver appends. */
    static String serverMessage(SQLException e) {
        String m = firstLine(e);
        if (m.startsWith("ERROR: ")) m = m.substring(7);
        if (m.startsWith("FATAL: ")) m = m.substring(7);
        return m.trim();
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c;
    }
}
