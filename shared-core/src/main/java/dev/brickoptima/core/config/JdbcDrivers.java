package dev.brickoptima.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database a project talks to, told by the JDBC driver it depends on: read from a Maven {@code pom.xml} or a
 * Gradle build file ({@link #inBuildFile}), or from the jar names on a classpath ({@link #onClasspath}). Test-only
 * dependencies (an H2 or HSQLDB for tests, a Testcontainers module) do not count, and in-memory databases are not
 * drivers of the project's database. Two drivers of different databases tell nothing (null).
 */
public final class JdbcDrivers {
    /** Maven artifact ids of JDBC drivers (and the group where the artifact id alone is ambiguous). */
    private static final String[][] DRIVERS = {
        {"postgresql", "postgres"}, {"pgjdbc-ng", "postgres"}, {"r2dbc-postgresql", "postgres"},
        {"mysql-connector-j", "mysql"}, {"mysql-connector-java", "mysql"}, {"mariadb-java-client", "mysql"},
        {"mssql-jdbc", "sqlserver"}, {"jtds", "sqlserver"},
        {"hive-jdbc", "hive"},
        {"databricks-jdbc", "spark"}, {"spark-jdbc", "spark"},
    };

    private JdbcDrivers() {
    }

    /** The dialect of the driver a driver artifact id names, or null. */
    public static Dialect ofArtifact(String artifactId) {
        if (artifactId == null) return null;
        String a = artifactId.trim().toLowerCase(Locale.ROOT);
        for (String[] d : DRIVERS) if (d[0].equals(a)) return Dialect.parse(d[1]);
        return null;
    }

    /**
     * The dialect of the JDBC driver a build file declares outside test scopes ({@code pom.xml}: {@code <dependency>}
     * elements; Gradle: {@code "group:artifact:version"} or {@code group: ..., name: ...} outside {@code test*}
     * configurations), or null when it declares none or drivers of different databases.
     */
    public static Dialect inBuildFile(String text) {
        if (text == null) return null;
        List<Dialect> found = new ArrayList<>();
        if (text.contains("<dependency>") || text.contains("<dependency ")) maven(text, found);
        else gradle(text, found);
        return single(found);
    }

    /** The dialect of the JDBC driver among jar file names ({@code postgresql-42.7.3.jar}), or null. */
    public static Dialect onClasspath(List<String> jarNames) {
        List<Dialect> found = new ArrayList<>();
        for (String jar : jarNames) {
            String name = jar.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (!name.endsWith(".jar")) continue;
            name = name.substring(0, name.length() - 4);
            // the artifact id is what precedes the version: the first "-<digit>"
            int v = -1;
            for (int i = 0; i + 1 < name.length(); i++) {
                if (name.charAt(i) == '-' && Character.isDigit(name.charAt(i + 1))) {
                    v = i;
                    break;
                }
            }
            Dialect d = ofArtifact(v < 0 ? name : name.substring(0, v));
            if (d != null) found.add(d);
        }
        return single(found);
    }

    private static Dialect single(List<Dialect> found) {
        Dialect one = null;
        for (Dialect d : found) {
            if (one != null && one != d) return null;
            one = d;
        }
        return one;
    }

    private static void maven(String pom, List<Dialect> out) {
        // commented-out dependencies and versions managed for child modules are not dependencies of this project
        String text = without(without(pom, "<!--", "-->"), "<dependencyManagement>", "</dependencyManagement>");
        int from = 0;
        while (true) {
            int open = text.indexOf("<dependency", from);
            if (open < 0) return;
            int close = text.indexOf("</dependency>", open);
            if (close < 0) return;
            String dep = text.substring(open, close);
            from = close + 1;
            String scope = element(dep, "scope");
            if (scope != null && scope.trim().equals("test")) continue;
            Dialect d = ofArtifact(element(dep, "artifactId"));
            if (d != null) out.add(d);
        }
    }

    /** {@code text} with every section from {@code open} to {@code close} removed (an unclosed one to the end). */
    private static String without(String text, String open, String close) {
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int s = text.indexOf(open, from);
            if (s < 0) return sb.append(text, from, text.length()).toString();
            sb.append(text, from, s);
            int e = text.indexOf(close, s + open.length());
            if (e < 0) return sb.toString();
            from = e + close.length();
        }
    }

    private static String element(String xml, String name) {
        int s = xml.indexOf("<" + name + ">");
        if (s < 0) return null;
        int e = xml.indexOf("</" + name + ">", s);
        return e < 0 ? null : xml.substring(s + name.length() + 2, e).trim();
    }

    private static void gradle(String text, List<Dialect> out) {
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("//")) continue;
            String config = line;
            int paren = 0;
            while (paren < config.length() && (Character.isLetterOrDigit(config.charAt(paren)))) paren++;
            config = config.substring(0, paren);
            if (config.toLowerCase(Locale.ROOT).startsWith("test")) continue;
            // "group:artifact:version" (also in Kotlin's implementation("...")), or group: 'g', name: 'a'
            for (String quoted : quotedStrings(line)) {
                String[] coords = quoted.split(":");
                if (coords.length >= 2) {
                    Dialect d = ofArtifact(coords[1]);
                    if (d != null) out.add(d);
                }
            }
            int name = line.indexOf("name:");
            if (name < 0) name = line.indexOf("name =");
            if (name >= 0) {
                List<String> rest = quotedStrings(line.substring(name));
                if (!rest.isEmpty()) {
                    Dialect d = ofArtifact(rest.get(0));
                    if (d != null) out.add(d);
                }
            }
        }
    }

    private static List<String> quotedStrings(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int j = line.indexOf(c, i + 1);
                if (j < 0) break;
                out.add(line.substring(i + 1, j));
                i = j + 1;
            } else i++;
        }
        return out;
    }
}
