package dev.brickoptima.core.plan;

/**
 * One SQL metric of an operator, parsed from the Spark UI / REST formatted string. {@code total} is always set;
 * {@code min}, {@code med}, {@code max} are NaN unless Spark printed a per-task distribution. The stage and task of
 * the max are kept (stage -1 when absent) because they link node metrics to stage summaries.
 */
public final class MetricValue {
    private final String raw;
    private final MetricUnit unit;
    private final double total;
    private final double min;
    private final double med;
    private final double max;
    private final int stageId;
    private final int stageAttempt;
    private final long taskId;

    public MetricValue(String raw, MetricUnit unit, double total, double min, double med, double max,
                       int stageId, int stageAttempt, long taskId) {
        this.raw = raw;
        this.unit = unit;
        this.total = total;
        this.min = min;
        this.med = med;
        this.max = max;
        this.stageId = stageId;
        this.stageAttempt = stageAttempt;
        this.taskId = taskId;
    }

    /** A plain value without distribution. */
    public static MetricValue of(MetricUnit unit, double total) {
        return new MetricValue(null, unit, total, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1);
    }

    /** Parses a REST/UI metric string; null when it is not a metric Spark prints. */
    public static MetricValue parse(String text) {
        return MetricText.parse(text);
    }

    public String raw() { return raw; }
    public MetricUnit unit() { return unit; }
    public double total() { return total; }
    public double min() { return min; }
    public double med() { return med; }
    public double max() { return max; }
    /** Stage of the task with the max value, or -1. */
    public int stageId() { return stageId; }
    public int stageAttempt() { return stageAttempt; }
    public long taskId() { return taskId; }

    public boolean hasDistribution() {
        return !Double.isNaN(max) && !Double.isNaN(med);
    }

    /** The value formatted with its unit ("1.5 MiB", "230 ms", "1,234"). */
    public String format(double v) {
        return PlanNumbers.withUnit(v, unit);
    }

    @Override
    public String toString() {
        String s = format(total);
        if (hasDistribution()) s += " (min " + format(min) + ", med " + format(med) + ", max " + format(max) + ")";
        return s;
    }
}
