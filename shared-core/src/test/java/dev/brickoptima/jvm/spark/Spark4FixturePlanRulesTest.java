package dev.brickoptima.jvm.spark;

import dev.brickoptima.sparkfixture.SparkLine;

/** {@link SparkFixturePlanRulesTest} on the Spark 4 fixture application. */
class Spark4FixturePlanRulesTest extends SparkFixturePlanRulesTest {
    @Override
    SparkLine line() {
        return SparkLine.SPARK_4;
    }
}
