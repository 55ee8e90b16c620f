package dev.brickoptima.core.plan;

/** One REST node metric: its name and the formatted value string exactly as Spark sent it. */
public record SqlMetric(String name, String value) {

    /** The parsed value, or null when Spark sent something that is not a number. */
    public MetricValue parsed() {
        return MetricValue.parse(value);
    }
}
