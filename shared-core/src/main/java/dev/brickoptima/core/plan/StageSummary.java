package dev.brickoptima.core.plan;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A stage from {@code /api/v1/applications/<app>/stages?details=true&withSummaries=true}: totals and the task
 * quantiles of {@code taskMetricsDistributions}. Quantile arrays are keyed by their JSON path in that object
 * ({@link #DURATION} = {@code "duration"}, {@link #SHUFFLE_READ_RECORDS} = {@code "shuffleReadMetrics.readRecords"},
 * ...), so a mapper can copy every array it finds without knowing which ones rules use. Built with {@link #builder}.
 */
public final class StageSummary {
    public static final String DURATION = "duration";
    public static final String EXECUTOR_RUN_TIME = "executorRunTime";
    public static final String SHUFFLE_READ_RECORDS = "shuffleReadMetrics.readRecords";
    public static final String SHUFFLE_READ_BYTES = "shuffleReadMetrics.readBytes";
    public static final String INPUT_BYTES = "inputMetrics.bytesRead";
    public static final String INPUT_RECORDS = "inputMetrics.recordsRead";
    public static final String MEMORY_SPILLED = "memoryBytesSpilled";
    public static final String DISK_SPILLED = "diskBytesSpilled";
    public static final String SHUFFLE_WRITE_BYTES = "shuffleWriteMetrics.writeBytes";
    public static final String SHUFFLE_WRITE_RECORDS = "shuffleWriteMetrics.writeRecords";

    private final int stageId;
    private final int attemptId;
    private final String status;
    private final String name;
    private final int numTasks;
    private final long executorRunTimeMs;
    private final long memoryBytesSpilled;
    private final long diskBytesSpilled;
    private final long inputBytes;
    private final long inputRecords;
    private final long shuffleReadBytes;
    private final long shuffleReadRecords;
    private final long shuffleWriteBytes;
    private final double[] quantiles;
    private final Map<String, double[]> distributions;

    private StageSummary(Builder b) {
        stageId = b.stageId;
        attemptId = b.attemptId;
        status = b.status;
        name = b.name;
        numTasks = b.numTasks;
        executorRunTimeMs = b.executorRunTimeMs;
        memoryBytesSpilled = b.memoryBytesSpilled;
        diskBytesSpilled = b.diskBytesSpilled;
        inputBytes = b.inputBytes;
        inputRecords = b.inputRecords;
        shuffleReadBytes = b.shuffleReadBytes;
        shuffleReadRecords = b.shuffleReadRecords;
        shuffleWriteBytes = b.shuffleWriteBytes;
        quantiles = b.quantiles == null ? new double[0] : b.quantiles.clone();
        Map<String, double[]> d = new HashMap<>();
        for (Map.Entry<String, double[]> e : b.distributions.entrySet()) d.put(e.getKey(), e.getValue().clone());
        distributions = Collections.unmodifiableMap(d);
    }

    public static Builder builder(int stageId) {
        return new Builder(stageId);
    }

    public int stageId() { return stageId; }
    public int attemptId() { return attemptId; }
    public String status() { return status; }
    public String name() { return name; }
    public int numTasks() { return numTasks; }
    public long executorRunTimeMs() { return executorRunTimeMs; }
    public long memoryBytesSpilled() { return memoryBytesSpilled; }
    public long diskBytesSpilled() { return diskBytesSpilled; }
    public long inputBytes() { return inputBytes; }
    public long inputRecords() { return inputRecords; }
    public long shuffleReadBytes() { return shuffleReadBytes; }
    public long shuffleReadRecords() { return shuffleReadRecords; }
    public long shuffleWriteBytes() { return shuffleWriteBytes; }
    /** The quantile levels, usually {@code [0.0, 0.25, 0.5, 0.75, 1.0]}. */
    public double[] quantiles() { return quantiles.clone(); }
    public Map<String, double[]> distributions() { return distributions; }

    /** Whether task quantiles were reported (skipped stages have none). */
    public boolean hasDistributions() {
        return quantiles.length > 0 && !distributions.isEmpty();
    }

    /** Value of a metric at quantile level {@code q} (exact level match, else nearest), or NaN. */
    public double quantile(String metric, double q) {
        double[] v = distributions.get(metric);
        if (v == null || v.length == 0 || v.length != quantiles.length) return Double.NaN;
        int best = 0;
        for (int i = 1; i < quantiles.length; i++) {
            if (Math.abs(quantiles[i] - q) < Math.abs(quantiles[best] - q)) best = i;
        }
        return v[best];
    }

    public double median(String metric) { return quantile(metric, 0.5); }
    public double max(String metric) { return quantile(metric, 1.0); }

    /** Mutable builder. */
    public static final class Builder {
        private final int stageId;
        private int attemptId;
        private String status = "";
        private String name = "";
        private int numTasks;
        private long executorRunTimeMs;
        private long memoryBytesSpilled;
        private long diskBytesSpilled;
        private long inputBytes;
        private long inputRecords;
        private long shuffleReadBytes;
        private long shuffleReadRecords;
        private long shuffleWriteBytes;
        private double[] quantiles;
        private final Map<String, double[]> distributions = new HashMap<>();

        Builder(int stageId) {
            this.stageId = stageId;
        }

        public Builder attemptId(int v) { attemptId = v; return this; }
        public Builder status(String v) { status = v == null ? "" : v; return this; }
        public Builder name(String v) { name = v == null ? "" : v; return this; }
        public Builder numTasks(int v) { numTasks = v; return this; }
        public Builder executorRunTimeMs(long v) { executorRunTimeMs = v; return this; }
        public Builder memoryBytesSpilled(long v) { memoryBytesSpilled = v; return this; }
        public Builder diskBytesSpilled(long v) { diskBytesSpilled = v; return this; }
        public Builder inputBytes(long v) { inputBytes = v; return this; }
        public Builder inputRecords(long v) { inputRecords = v; return this; }
        public Builder shuffleReadBytes(long v) { shuffleReadBytes = v; return this; }
        public Builder shuffleReadRecords(long v) { shuffleReadRecords = v; return this; }
        public Builder shuffleWriteBytes(long v) { shuffleWriteBytes = v; return this; }
        /** The {@code taskMetricsDistributions.quantiles} array. */
        public Builder quantiles(double[] q) { quantiles = q == null ? null : q.clone(); return this; }
        /** One quantile array of {@code taskMetricsDistributions}, keyed by its dotted JSON path. */
        public Builder distribution(String path, double[] values) {
            if (path != null && values != null) distributions.put(path, values.clone());
            return this;
        }

        public StageSummary build() {
            return new StageSummary(this);
        }
    }
}
