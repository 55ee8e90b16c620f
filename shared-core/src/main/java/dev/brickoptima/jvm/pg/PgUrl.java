package dev.brickoptima.jvm.pg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A PostgreSQL connection as libpq describes it, read from a URI ({@code postgresql://user@host:5432/db?sslmode=require},
 * {@code postgres://...}), a keyword/value string ({@code host=db port=5432 dbname=shop}) or a JDBC URL
 * ({@code jdbc:postgresql://host/db?user=...}), with libpq's environment defaults (PGHOST, PGPORT, PGDATABASE, PGUSER,
 * PGSSLMODE, PGAPPNAME, PGCONNECT_TIMEOUT). The password is kept apart and never appears in {@link #toString()} or
 * {@link #redacted()}.
 */
public final class PgUrl {
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;

    private PgUrl(String host, int port, String database, String user, String password, Map<String, String> params) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.params = params;
    }

    public String host() { return host; }
    public int port() { return port; }
    public String database() { return database; }
    public String user() { return user; }
    /** The password the URL itself carried, or null. */
    public String password() { return password; }
    /** Connection parameters in libpq's names (sslmode, connect_timeout, application_name, ...). */
    public Map<String, String> params() { return params; }

    /** Parses any of the three forms; {@code env} supplies the PG* defaults. Throws IllegalArgumentException on nonsense. */
    public static PgUrl parse(String url, Map<String, String> env) {
        String s = url == null ? "" : url.trim();
        Map<String, String> kv = new LinkedHashMap<>();
        String user = null;
        String password = null;
        String host = null;
        String port = null;
        String db = null;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            String rest = s.substring(s.indexOf(':', lower.startsWith("jdbc:") ? 5 : 0) + 1);
            if (!rest.startsWith("//")) throw new IllegalArgumentException("expected '//' after the scheme in " + safe(s));
            rest = rest.substring(2);
            int q = rest.indexOf('?');
            String query = q >= 0 ? rest.substring(q + 1) : "";
            if (q >= 0) rest = rest.substring(0, q);
            int slash = rest.indexOf('/');
            String authority = slash >= 0 ? rest.substring(0, slash) : rest;
            if (slash >= 0 && slash + 1 < rest.length()) db = decode(rest.substring(slash + 1));
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                authority = authority.substring(at + 1);
                int colon = userInfo.indexOf(':');
                user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
                if (colon >= 0) password = decode(userInfo.substring(colon + 1));
            }
            if (!authority.isEmpty()) {
                if (authority.contains(",")) throw new IllegalArgumentException("several hosts in one URL are not supported: " + safe(s));
                if (authority.startsWith("[")) {
                    int close = authority.indexOf(']');
                    if (close < 0) throw new IllegalArgumentException("unclosed IPv6 address in " + safe(s));
                    host = authority.substring(1, close);
                    if (close + 1 < authority.length() && authority.charAt(close + 1) == ':') port = authority.substring(close + 2);
                } else {
                    int colon = authority.lastIndexOf(':');
                    host = decode(colon >= 0 ? authority.substring(0, colon) : authority);
                    if (colon >= 0) port = authority.substring(colon + 1);
                }
                if (host.isEmpty()) host = null;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                kv.put(decode(eq >= 0 ? pair.substring(0, eq) : pair), eq >= 0 ? decode(pair.substring(eq + 1)) : "");
            }
        } else if (s.contains("=")) {
            kv.putAll(keywordValues(s));
        } else if (!s.isEmpty()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + safe(s) + " (postgresql://user@host:5432/db, host=... dbname=..., or jdbc:postgresql://...)");
        }
        // keyword parameters (also allowed in URI query strings) win over the URI parts, as in libpq
        user = orElse(kv.remove("user"), user);
        password = orElse(kv.remove("password"), password);
        host = orElse(kv.remove("host"), host);
        port = orElse(kv.remove("port"), port);
        db = orElse(kv.remove("dbname"), db);
        user = orElse(user, env.get("PGUSER"), System.getProperty("user.name"));
        host = orElse(host, env.get("PGHOST"), "localhost");
        port = orElse(port, env.get("PGPORT"), "5432");
        db = orElse(db, env.get("PGDATABASE"), user);
        putDefault(kv, "sslmode", env.get("PGSSLMODE"));
        putDefault(kv, "application_name", env.get("PGAPPNAME"));
        putDefault(kv, "connect_timeout", env.get("PGCONNECT_TIMEOUT"));
        if (host.startsWith("/")) {
            throw new IllegalArgumentException("host " + host + " is a Unix-domain socket directory; connect over TCP (host=127.0.0.1 or a host name)");
        }
        int p;
        try {
            p = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port '" + port + "'");
        }
        if (p < 1 || p > 65535) throw new IllegalArgumentException("invalid port " + p);
        return new PgUrl(host, p, db, user, password, kv);
    }

    /** The JDBC URL for the PostgreSQL driver, without user or password (those go in the connection properties). */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + encode(database);
    }

    /**
     * Driver properties for libpq's parameters: sslmode and the certificate files keep their names, connect_timeout
     * becomes connectTimeout, application_name ApplicationName, target_session_attrs targetServerType; anything else
     * is passed as given.
     */
    public Map<String, String> driverProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            switch (e.getKey()) {
                case "connect_timeout": out.put("connectTimeout", e.getValue()); break;
                case "application_name": out.put("ApplicationName", e.getValue()); break;
                case "target_session_attrs":
                    out.put("targetServerType", e.getValue().equals("read-write") ? "primary" : e.getValue().equals("read-only") ? "secondary" : e.getValue());
                    break;
                default: out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** "postgresql://user@host:port/db": what messages show. */
    public String redacted() {
        return "postgresql://" + (user == null ? "" : user + "@") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** libpq's keyword/value form: {@code host=db port=5432 password='a b\'c'}. */
    static Map<String, String> keywordValues(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int eq = s.indexOf('=', i);
            if (eq < 0) throw new IllegalArgumentException("missing '=' after \"" + s.substring(i).split("\\s")[0] + "\" in the connection string");
            String key = s.substring(i, eq).trim();
            i = eq + 1;
            while (i < n && s.charAt(i) == ' ') i++;
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '\'') {
                i++;
                while (i < n && s.charAt(i) != '\'') {
                    if (s.charAt(i) == '\\' && i + 1 < n) i++;
                    v.append(s.charAt(i++));
                }
                if (i >= n) throw new IllegalArgumentException("unterminated quoted value for " + key + " in the connection string");
                i++;
            } else {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    if (s.charAt(i) == '\\' && i + 1 < n) i++;
                    v.append(s.charAt(i++));
                }
            }
            out.put(key, v.toString());
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.') sb.append(c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16))).append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return sb.toString();
    }

    private static void putDefault(Map<String, String> kv, String key, String value) {
        if (value != null && !value.isEmpty() && !kv.containsKey(key)) kv.put(key, value);
    }

    @SafeVarargs
    private static <T> T orElse(T... values) {
        for (T v : values) if (v != null && !(v instanceof String && ((String) v).isEmpty())) return v;
        return null;
    }

    /** The URL with any password replaced, for error messages. */
    static String safe(String url) {
        return url.replaceAll("(?i)(password=)[^&\\s]*", "$1***").replaceAll("(//[^/@:]*):[^@/]*@", "$1:***@");
    }
}
