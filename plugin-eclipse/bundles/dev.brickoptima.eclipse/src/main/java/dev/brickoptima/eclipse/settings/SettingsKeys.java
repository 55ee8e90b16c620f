package dev.brickoptima.eclipse.settings;

/** Preference keys (workspace: instance scope; project: project scope, used when {@link #PROJECT_SPECIFIC} is on). */
public final class SettingsKeys {
    /** Preference node: the bundle's symbolic name. */
    public static final String QUALIFIER = "dev.brickoptima.eclipse";

    public static final String ENABLED = "enabled";
    public static final String PROJECT_SPECIFIC = "projectSpecific";
    /** spark | postgres | ansi */
    public static final String DIALECT = "dialect";
    /** Comma-separated rule profiles (read-only, strict). */
    public static final String PROFILES = "profiles";
    /** Comma-separated rule ids that never run. */
    public static final String DISABLED_RULES = "disabledRules";
    /** One {@code rule-id.name = value} per line. */
    public static final String THRESHOLDS = "thresholds";
    /** One {@code table: column, column} per line. */
    public static final String PARTITION_COLUMNS = "partitionColumns";
    /** Also analyse string literals that clearly are SQL but reach no known sink. */
    public static final String HEURISTIC_LITERALS = "heuristicLiterals";
    /** Spark UI or History Server address, for "Analyze Spark plan" links. */
    public static final String SPARK_UI_URL = "sparkUiUrl";

    public static final String[] ALL = {ENABLED, DIALECT, PROFILES, DISABLED_RULES, THRESHOLDS, PARTITION_COLUMNS,
        HEURISTIC_LITERALS, SPARK_UI_URL};

    /** Default value of each key in {@link #ALL}. */
    public static String defaultValue(String key) {
        switch (key) {
            case ENABLED:
            case HEURISTIC_LITERALS: return "true";
            case DIALECT: return "spark";
            case SPARK_UI_URL: return "http://localhost:4040";
            default: return "";
        }
    }

    private SettingsKeys() {
    }
}
