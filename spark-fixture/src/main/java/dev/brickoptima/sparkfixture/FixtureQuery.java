package dev.brickoptima.sparkfixture;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.spark.sql.SparkSession;

/**
 * One named query of the fixture: the session configuration it needs (set just for it) and the action that runs it.
 * The name is the stable key tests use; the description is what the Spark UI shows for the SQL execution.
 */
record FixtureQuery(String name, String description, Map<String, String> conf, Consumer<SparkSession> action) {

    static String descriptionOf(String name, String text) {
        return "[fixture:" + name + "] " + text;
    }
}
