package dev.brickoptima.core.plan;

/** Unit of a Spark SQL metric value once parsed: plain count, bytes, or milliseconds. */
public enum MetricUnit {
    COUNT, BYTES, MILLIS
}
