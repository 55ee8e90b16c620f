package dev.brickoptima.jvm.spark;

import dev.brickoptima.sparkfixture.SparkLine;

/** {@link SparkRestClientLiveTest} on the Spark 4 fixture application. */
class Spark4RestClientLiveTest extends SparkRestClientLiveTest {
    @Override
    SparkLine line() {
        return SparkLine.SPARK_4;
    }
}
