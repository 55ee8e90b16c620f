package dev.brickoptima.guard;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * JDBC driver for {@code jdbc:brickoptima:postgresql://host:port/db?brickoptima.profile=read-only&brickoptima.maxCost=50000}:
 * connects with the PostgreSQL driver to {@code jdbc:postgresql://host:port/db} and returns the connection wrapped by
 * a {@link SqlGuard}. Guard settings come from {@code brickoptima.*} URL parameters or connection properties and are
 * removed before the PostgreSQL driver sees them; every other parameter goes to it unchanged.
 */
public final class GuardDriver implements Driver {
    public static final String URL_PREFIX = "jdbc:brickoptima:";
    private static final String PG_PREFIX = URL_PREFIX + "postgresql:";

    static {
        try {
            DriverManager.registerDriver(new GuardDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver postgres = new org.postgresql.Driver();

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PG_PREFIX);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) return null; // JDBC: not ours, let DriverManager try the next driver
        Map<String, String> settings = new LinkedHashMap<>(GuardPolicy.settingsOf(info));
        String pgUrl = stripSettings("jdbc:" + url.substring(URL_PREFIX.length()), settings);
        Properties pgInfo = new Properties();
        if (info != null) for (String k : info.stringPropertyNames()) if (!settings.containsKey(k)) pgInfo.setProperty(k, info.getProperty(k));
        GuardPolicy policy;
        try {
            policy = GuardPolicy.from(settings);
        } catch (IllegalArgumentException e) {
            throw new SQLException("brickoptima guard: " + e.getMessage(), "08001");
        }
        Connection raw = postgres.connect(pgUrl, pgInfo);
        return new SqlGuard(policy).wrap(raw);
    }

    /** Moves {@code brickoptima.*} query parameters of the URL into {@code settings}; returns the URL without them. */
    static String stripSettings(String url, Map<String, String> settings) {
        int q = url.indexOf('?');
        if (q < 0) return url;
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.startsWith(GuardPolicy.PREFIX)) settings.put(key, eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            else kept.add(pair);
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        List<DriverPropertyInfo> out = new ArrayList<>();
        if (acceptsURL(url)) {
            for (DriverPropertyInfo p : postgres.getPropertyInfo(stripSettings("jdbc:" + url.substring(URL_PREFIX.length()), new LinkedHashMap<>()), info)) out.add(p);
        }
        DriverPropertyInfo profile = new DriverPropertyInfo(GuardPolicy.PROFILE, info == null ? null : info.getProperty(GuardPolicy.PROFILE));
        profile.description = "read-only: reject statements that change data, schema or permissions";
        profile.choices = new String[]{"read-only", "none"};
        DriverPropertyInfo cost = new DriverPropertyInfo(GuardPolicy.MAX_COST, info == null ? null : info.getProperty(GuardPolicy.MAX_COST));
        cost.description = "reject statements whose estimated plan cost is above this";
        DriverPropertyInfo rows = new DriverPropertyInfo(GuardPolicy.MAX_ROWS, info == null ? null : info.getProperty(GuardPolicy.MAX_ROWS));
        rows.description = "reject statements estimated to return or write more rows than this";
        out.add(profile);
        out.add(cost);
        out.add(rows);
        return out.toArray(new DriverPropertyInfo[0]);
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    @Override
    public boolean jdbcCompliant() {
        return false; // it passes the PostgreSQL driver's behaviour through, but refuses statements by design
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the guard logs through System.Logger \"dev.brickoptima.guard\"");
    }
}
