package dev.brickoptima.core.config;

/** SQL dialects BrickOptima understands. Databricks SQL is Spark SQL. */
public enum Dialect {
    SPARK, POSTGRES, ANSI;

    /** Parses "spark", "databricks", "postgres"/"postgresql", "ansi"/"generic"; null if unknown. */
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
            default: return null;
        }
    }

    public String label() {
        return name().toLowerCase();
    }
}
