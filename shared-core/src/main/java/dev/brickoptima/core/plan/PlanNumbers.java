package dev.brickoptima.core.plan;

/** Number formatting for finding messages, without String.format (not available in the browser build). */
public final class PlanNumbers {
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private PlanNumbers() {
    }

    /** 182510 -> "182,510". */
    public static String count(double v) {
        long n = Math.round(v);
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return n < 0 ? "-" + sb : sb.toString();
    }

    /** 1572864 -> "1.5 MiB". */
    public static String bytes(double v) {
        int u = 0;
        double x = v;
        while (Math.abs(x) >= 1024 && u < BYTE_UNITS.length - 1) {
            x /= 1024;
            u++;
        }
        return (u == 0 ? count(x) : oneDecimal(x)) + " " + BYTE_UNITS[u];
    }

    /** Milliseconds, switching to seconds / minutes for readability. */
    public static String millis(double v) {
        if (v < 1_000) return count(v) + " ms";
        if (v < 600_000) return oneDecimal(v / 1000) + " s";
        return oneDecimal(v / 60_000) + " min";
    }

    /** 61.99 -> "62x"; below 10 one decimal ("3.5x"). */
    public static String ratio(double r) {
        if (Double.isInfinite(r)) return "unbounded";
        return (r >= 10 ? count(r) : oneDecimal(r)) + "x";
    }

    public static String withUnit(double v, MetricUnit unit) {
        switch (unit) {
            case BYTES: return bytes(v);
            case MILLIS: return millis(v);
            default: return count(v);
        }
    }

    public static String oneDecimal(double x) {
        long tenths = Math.round(x * 10);
        long whole = tenths / 10;
        long frac = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return sign + count(whole) + "." + frac;
    }
}
