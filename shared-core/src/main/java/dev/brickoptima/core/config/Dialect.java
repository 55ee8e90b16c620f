package dev.brickoptima.core.config;

/**
 * SQL dialects BrickOptima understands. Databricks SQL is Spark SQL; Hive shares Spark's syntax (Spark's parser
 * rewrites apply to it) but not its engine.
 */
public enum Dialect {
    SPARK, POSTGRES, ANSI, MYSQL, SQLSERVER, HIVE;

    /**
     * Parses "spark"/"databricks", "postgres"/"postgresql", "ansi"/"generic", "mysql"/"mariadb",
     * "sqlserver"/"mssql"/"tsql", "hive"; null if unknown.
     */
    public static Dialect parse(String s) {
        if (s == null) return null;
        switch (s.trim().toLowerCase()) {
            case "spark":
            case "sparksql":
            case "spark-sql":
            case "databricks": return SPARK;
            case "postgres":
            case "postgresql":
            case "pg": return POSTGRES;
            case "ansi":
            case "generic": return ANSI;
            case "mysql":
            case "mariadb": return MYSQL;
            case "sqlserver":
            case "sql-server":
            case "mssql":
            case "tsql": return SQLSERVER;
            case "hive":
            case "hiveql": return HIVE;
            default: return null;
        }
    }

    /** The names a configuration may use, for messages: "spark, databricks, postgres, ...". */
    public static String names() {
        return "spark, databricks, postgres, ansi, mysql, sqlserver, hive";
    }

    /** The name people know the dialect by: "Spark", "PostgreSQL". */
    public String title() {
        switch (this) {
            case SPARK: return "Spark";
            case POSTGRES: return "PostgreSQL";
            case ANSI: return "ANSI";
            case MYSQL: return "MySQL";
            case SQLSERVER: return "SQL Server";
            case HIVE: return "Hive";
            default: return label();
        }
    }

    public String label() {
        return name().toLowerCase();
    }

    /** Spark SQL syntax: Spark's parser rewrites and scripting apply (Spark, Databricks, Hive). */
    public boolean sparkSyntax() {
        return this == SPARK || this == HIVE;
    }

    /** {@code "..."} is a string, not a quoted identifier. */
    public boolean doubleQuotedStrings() {
        return sparkSyntax() || this == MYSQL;
    }

    /** A backslash escapes the next character inside a string. */
    public boolean backslashEscapes() {
        return sparkSyntax() || this == MYSQL;
    }

    /** Bracketed comments nest (a comment opened inside a comment needs its own close). */
    public boolean nestedComments() {
        return this != ANSI && this != MYSQL;
    }

    /** {@code $tag$ ... $tag$} is a string (PostgreSQL). */
    public boolean dollarQuotes() {
        return this == POSTGRES || this == ANSI;
    }

    /** {@code [name]} is a quoted identifier (SQL Server). */
    public boolean bracketIdentifiers() {
        return this == SQLSERVER;
    }
}
