package dev.brickoptima.core.eventlog;

/** A SQL metric an operator declares in its plan info: display name, accumulator id and Spark's metric type. */
public record PlanMetric(String name, long accumulatorId, String metricType) {
}
