package dev.brickoptima.sparkfixture;

/**
 * The Spark release lines the fixture application runs on. The fixture classes are the same for both; only the runtime
 * classpath differs (3.5 from this module's dependencies, 4.x from module spark-fixture-spark4), as do the environment
 * variables through which {@code scripts/spark-fixture} hands a running application to the tests.
 */
public enum SparkLine {
    SPARK_3_5("3.5", "fixture-classpath.txt", "spark-fixture", "BRICKOPTIMA_SPARK_FIXTURE_URL", "BRICKOPTIMA_SPARK_FIXTURE_STATE"),
    SPARK_4("4", "fixture-classpath-spark4.txt", "spark-fixture-spark4", "BRICKOPTIMA_SPARK4_FIXTURE_URL",
        "BRICKOPTIMA_SPARK4_FIXTURE_STATE");

    private final String versionPrefix;
    private final String classpathResource;
    private final String module;
    private final String urlEnv;
    private final String stateEnv;

    SparkLine(String versionPrefix, String classpathResource, String module, String urlEnv, String stateEnv) {
        this.versionPrefix = versionPrefix;
        this.classpathResource = classpathResource;
        this.module = module;
        this.urlEnv = urlEnv;
        this.stateEnv = stateEnv;
    }

    /** What {@code spark.version} starts with on this line ("3.5", "4"). */
    public String versionPrefix() {
        return versionPrefix;
    }

    /** The classpath file the build writes (in the package of this class). */
    String classpathResource() {
        return classpathResource;
    }

    /** The Maven module that writes {@link #classpathResource()}; a test needs it on its classpath. */
    String module() {
        return module;
    }

    public String urlEnv() {
        return urlEnv;
    }

    public String stateEnv() {
        return stateEnv;
    }
}
