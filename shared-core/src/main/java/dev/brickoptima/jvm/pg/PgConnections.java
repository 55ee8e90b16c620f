package dev.brickoptima.jvm.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Opens connections the way libpq would: the password from the URL, else PGPASSWORD, else the password file. It is
 * handed to the driver in its properties and appears in no message. Needs the PostgreSQL JDBC driver at run time.
 */
public final class PgConnections {
    private final PgUrl url;
    private final String password;
    private final List<String> warnings;

    private PgConnections(PgUrl url, String password, List<String> warnings) {
        this.url = url;
        this.password = password;
        this.warnings = List.copyOf(warnings);
    }

    /** Resolves the password for {@code url} from {@code env} (PGPASSWORD, PGPASSFILE) and {@code home}/.pgpass. */
    public static PgConnections of(PgUrl url, Map<String, String> env, Path home) {
        List<String> warnings = new ArrayList<>();
        String password = url.password();
        if (password == null) password = emptyToNull(env.get("PGPASSWORD"));
        if (password == null) {
            PgPassFile.Lookup l = PgPassFile.lookup(url, env, home);
            password = l.password();
            if (l.warning() != null) warnings.add(l.warning());
        }
        return new PgConnections(url, password, warnings);
    }

    public PgUrl url() { return url; }

    /** Warnings found while resolving credentials (an ignored password file), to show the user. */
    public List<String> warnings() { return warnings; }

    /** A new connection, or a one-line {@link PgException}. */
    public Connection open(int connectTimeoutSeconds, String applicationName) {
        Properties p = new Properties();
        p.putAll(url.driverProperties());
        p.setProperty("user", url.user());
        if (password != null) p.setProperty("password", password);
        p.putIfAbsent("connectTimeout", Integer.toString(connectTimeoutSeconds));
        p.putIfAbsent("ApplicationName", applicationName);
        try {
            return DriverManager.getConnection(url.jdbcUrl(), p);
        } catch (SQLException e) {
            throw PgErrors.connecting(url, e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
