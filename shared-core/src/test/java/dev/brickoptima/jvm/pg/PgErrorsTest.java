package dev.brickoptima.jvm.pg;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line each kind of PostgreSQL driver error becomes (what to change), built from SQL states and causes. */
class PgErrorsTest {
    private static final PgUrl URL = PgUrl.parse("postgresql://monitor@db.example:6543/shop", Map.of());

    private static SQLException error(String message, String state, Throwable cause) {
        return new SQLException(message, state, cause);
    }

    private static String connecting(SQLException e) {
        PgException p = PgErrors.connecting(URL, e);
        assertThat(p.getCause()).isSameAs(e);
        return p.getMessage();
    }

    @Test
    void connectionProblems() {
        assertThat(connecting(error("Connection to db.example:6543 refused.", "08001", new ConnectException("Connection refused"))))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: connection refused (is the server running and accepting TCP connections on that host and port?)");
        assertThat(connecting(error("Connection refused. Check that the hostname and port are correct", "08001", null)))
            .startsWith("cannot connect to PostgreSQL at db.example:6543: connection refused");
        assertThat(connecting(error("The connection attempt failed.", "08001", new RuntimeException(new UnknownHostException("db.example")))))
            .isEqualTo("cannot connect to PostgreSQL: unknown host db.example");
        assertThat(connecting(error("The connection attempt failed.", "08001", new SocketTimeoutException("connect timed out"))))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: timed out (check the host, port and firewall)");
        assertThat(connecting(error("Connection attempt timed out.", "08001", null)))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: timed out (check the host, port and firewall)");
        // "timed out" counts only for the connection-failure state
        assertThat(connecting(error("Connection attempt timed out.", "08006", null)))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: Connection attempt timed out.");
    }

    @Test
    void authenticationAndServerRefusals() {
        assertThat(connecting(error("FATAL: password authentication failed for user \"monitor\"", "28P01", null)))
            .isEqualTo("password authentication failed for user monitor at db.example:6543 (check the password in PGPASSWORD or ~/.pgpass)");
        assertThat(connecting(error("The server requested password-based authentication, but no password was provided.", "08004", null)))
            .isEqualTo("the server at db.example:6543 wants a password for user monitor: set PGPASSWORD or add a ~/.pgpass line "
                + "db.example:6543:shop:monitor:<password>");
        assertThat(connecting(error("The server does not support SSL.", "08004", null)))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: The server does not support SSL.");
        assertThat(connecting(error("FATAL: database \"shop\" does not exist", "3D000", null)))
            .isEqualTo("database shop does not exist at db.example:6543");
        assertThat(connecting(error("FATAL: role \"monitor\" is not permitted to log in\n  Detail: more", "28000", null)))
            .isEqualTo("the server at db.example:6543 refused user monitor: role \"monitor\" is not permitted to log in");
        assertThat(connecting(error("FATAL: sorry, too many clients already", "53300", null)))
            .isEqualTo("the server at db.example:6543 has no free connection slots: sorry, too many clients already");
        assertThat(connecting(error(null, null, null)))
            .isEqualTo("cannot connect to PostgreSQL at db.example:6543: SQLException");
    }

    @Test
    void statementErrors() {
        assertThat(PgErrors.statement(error("ERROR: canceling statement due to statement timeout", "57014", null)))
            .isEqualTo("cancelled after the statement timeout");
        assertThat(PgErrors.statement(error("ERROR: permission denied for table orders\n  Where: x", "42501", null)))
            .isEqualTo("permission denied for table orders");
        assertThat(PgErrors.statement(error("  plain message  ", null, null))).isEqualTo("plain message");
        assertThat(PgErrors.serverMessage(error("FATAL: gone", "57P01", null))).isEqualTo("gone");
    }
}
