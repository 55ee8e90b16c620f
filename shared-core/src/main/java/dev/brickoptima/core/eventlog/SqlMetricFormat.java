package dev.brickoptima.core.eventlog;

/**
 * Formats aggregated task values of a SQL metric the way Spark's UI and REST API print them
 * ({@code SQLMetrics.stringValue} in 3.5, {@code MetricUtils.stringValue} in 4.x, with {@code Utils.bytesToString} and
 * {@code Utils.msDurationToString}): "1,234", "2.3 KiB", "total (min, med, max (stageId: taskId))\n10.0 KiB (...)". The
 * strings are the same character for character, so the plan engine reads an event log's metrics exactly as it reads
 * the REST API's. Written without {@code String.format} (TeaVM).
 */
public final class SqlMetricFormat {
    public static final String SUM = "sum";
    public static final String SIZE = "size";
    public static final String TIMING = "timing";
    public static final String NS_TIMING = "nsTiming";
    public static final String AVERAGE = "average";
    private static final String SUFFIX = "(min, med, max (stageId: taskId))";
    private static final String[] BYTE_SUFFIXES = {"EiB", "PiB", "TiB", "GiB", "MiB", "KiB", "B"};

    private SqlMetricFormat() {
    }

    /** Whether Spark tracks the task with the maximum value for this type (all but sums). */
    public static boolean needsMax(String type) {
        return !SUM.equals(type);
    }

    /**
     * The display string. {@code max} is empty (a driver-side value) or {@code [value, stageId, stageAttemptId, taskId]}.
     * Unknown types print as Spark 4 prints them ("[unknown] 1,234"; Spark 3.5 failed on them).
     */
    public static String stringValue(String type, long[] values, long[] max) {
        String taskInfo = max.length == 0 ? "(driver)" : "(stage " + max[1] + "." + max[2] + ": task " + max[3] + ")";
        if (SUM.equals(type)) {
            long sum = 0;
            for (long v : values) sum += v;
            return grouped(sum);
        }
        if (AVERAGE.equals(type)) {
            long[] valid = filter(values, 1);
            if (valid.length <= 1) return average(valid.length == 0 ? 0 : valid[0]);
            java.util.Arrays.sort(valid);
            return SUFFIX + ":\n(" + average(valid[0]) + ", " + average(valid[valid.length / 2]) + ", "
                + average(valid[valid.length - 1]) + " " + taskInfo + ")";
        }
        long[] valid = filter(values, 0);
        if (valid.length <= 1) return format(type, valid.length == 0 ? 0 : valid[0]);
        java.util.Arrays.sort(valid);
        long sum = 0;
        for (long v : valid) sum += v;
        return "total " + SUFFIX + "\n" + format(type, sum) + " (" + format(type, valid[0]) + ", "
            + format(type, valid[valid.length / 2]) + ", " + format(type, valid[valid.length - 1]) + " " + taskInfo + ")";
    }

    private static long[] filter(long[] values, long min) {
        int n = 0;
        for (long v : values) if (v >= min) n++;
        long[] out = new long[n];
        int i = 0;
        for (long v : values) if (v >= min) out[i++] = v;
        return out;
    }

    private static String format(String type, long v) {
        if (SIZE.equals(type)) return bytesToString(v);
        if (TIMING.equals(type)) return msDurationToString(v);
        if (NS_TIMING.equals(type)) return msDurationToString(v / 1_000_000L);
        return "[unknown] " + grouped(v);
    }

    /** {@code Utils.bytesToString(Long)}: "%.1f %s" of the largest unit with at least 2 of it. */
    public static String bytesToString(long size) {
        int i = 0;
        while (i < BYTE_SUFFIXES.length - 1 && size < 2 * unit(i)) i++;
        return fixed(size / (double) unit(i), 1) + " " + BYTE_SUFFIXES[i];
    }

    private static long unit(int i) {
        return 1L << (10 * (BYTE_SUFFIXES.length - 1 - i));
    }

    /** {@code Utils.msDurationToString}: "%d ms", "%.1f s", "%.1f m", "%.2f h" of a float. */
    public static String msDurationToString(long ms) {
        if (ms < 1000) return ms + " ms";
        if (ms < 60_000) return fixed((float) ms / 1000f, 1) + " s";
        if (ms < 3_600_000) return fixed((float) ms / 60_000f, 1) + " m";
        return fixed((float) ms / 3_600_000f, 2) + " h";
    }

    /** {@code NumberFormat.getNumberInstance(US)} of value / 10: grouping, up to three fraction digits, half-even. */
    private static String average(long value) {
        java.math.BigDecimal d = new java.math.BigDecimal(value).divide(java.math.BigDecimal.TEN)
            .setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        boolean negative = intPart.startsWith("-");
        long whole = Long.parseLong(negative ? intPart.substring(1) : intPart);
        return (negative ? "-" : "") + grouped(whole) + (dot < 0 ? "" : plain.substring(dot));
    }

    /** Integer with US thousands separators. */
    static String grouped(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (v < 0) b.append('-');
        int lead = digits.length() % 3;
        if (lead == 0) lead = 3;
        b.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) b.append(',').append(digits, i, i + 3);
        return b.toString();
    }

    /**
     * {@code %.Nf} as {@code java.util.Formatter} prints it: the shortest decimal that identifies the double, rounded
     * half-up to {@code digits} fraction digits (so 0.15 prints 0.2, which exact binary rounding would not).
     */
    static String fixed(double v, int digits) {
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(v)).setScale(digits, java.math.RoundingMode.HALF_UP);
        return d.toPlainString();
    }
}
