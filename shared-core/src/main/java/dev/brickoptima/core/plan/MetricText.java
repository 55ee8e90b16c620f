package dev.brickoptima.core.plan;

/**
 * Parses the metric strings of the Spark UI and REST API, in every shape Spark 2.x-3.5 prints:
 * {@code "1,234"}, {@code "5 ms"}, {@code "2.3 KiB"},
 * {@code "total (min, med, max (stageId: taskId))\n54 ms (23 ms, 31 ms, 31 ms (stage 7.0: task 10))"},
 * {@code "total (min, med, max)\n10.0 KiB (1024.0 B, 2.0 KiB, 4.0 KiB)"},
 * {@code "(min, med, max (stageId: taskId)):\n(1, 1, 1 (stage 22.0: task 26))"} (no total: total is NaN) and the
 * Spark 3.0 {@code "(stage 3 (attempt 0): task 17)"} suffix. A hand-written scanner: linear, no regular expressions.
 */
final class MetricText {
    /**
     * Spark's SQL metrics are longs: a value beyond this (after the unit, 8 EiB is 9.2e18) is not one Spark printed,
     * and is ignored rather than shown as an absurd figure in a message.
     */
    private static final double MAX_METRIC = 1e19;

    private MetricText() {
    }

    /** A number read at some position. */
    private static final class Num {
        double value;
        MetricUnit unit = MetricUnit.COUNT;
        int end;
    }

    static MetricValue parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty()) return null;
        int nl = s.indexOf('\n');
        if (nl < 0) {
            Num v = metric(s, 0);
            if (v == null || skipSpaces(s, v.end) != s.length()) return null;
            return new MetricValue(text, v.unit, v.value, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1);
        }
        String header = s.substring(0, nl).trim();
        String body = s.substring(nl + 1).trim();
        double total = Double.NaN;
        MetricUnit unit = null;
        int p = 0;
        if (header.startsWith("total")) {
            Num t = metric(body, 0);
            if (t == null) return null;
            total = t.value;
            unit = t.unit;
            p = t.end;
        }
        p = skipSpaces(body, p);
        if (p >= body.length() || body.charAt(p) != '(') {
            return unit == null ? null : new MetricValue(text, unit, total, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1);
        }
        p++;
        Num min = metric(body, p);
        if (min == null) return null;
        p = expect(body, min.end, ',');
        Num med = p < 0 ? null : metric(body, p);
        if (med == null) return null;
        p = expect(body, med.end, ',');
        Num max = p < 0 ? null : metric(body, p);
        if (max == null) return null;
        if (unit == null) unit = max.unit;
        int stage = -1;
        int attempt = -1;
        long task = -1;
        int q = skipSpaces(body, max.end);
        if (q < body.length() && body.charAt(q) == '(') {
            int st = body.indexOf("stage ", q);
            if (st >= 0) {
                int a = st + 6;
                int b = digitsEnd(body, a);
                stage = toInt(body, a, b);
                if (b < body.length() && body.charAt(b) == '.') {
                    int c = digitsEnd(body, b + 1);
                    attempt = toInt(body, b + 1, c);
                } else {
                    int at = body.indexOf("attempt ", b);
                    if (at >= 0 && at - b < 4) attempt = toInt(body, at + 8, digitsEnd(body, at + 8));
                }
                int tk = body.indexOf("task ", b);
                if (tk >= 0) {
                    int e = digitsEnd(body, tk + 5);
                    if (e > tk + 5 && e - (tk + 5) <= 18) task = Long.parseLong(body.substring(tk + 5, e));
                }
            }
        }
        return new MetricValue(text, unit, total, min.value, med.value, max.value, stage, attempt, task);
    }

    private static int expect(String s, int p, char c) {
        int q = skipSpaces(s, p);
        if (q < s.length() && s.charAt(q) == c) return q + 1;
        return -1;
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && s.charAt(p) == ' ') p++;
        return p;
    }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && Character.isDigit(s.charAt(p))) p++;
        return p;
    }

    private static int toInt(String s, int a, int b) {
        if (b <= a || b - a > 9) return -1;
        return Integer.parseInt(s.substring(a, b));
    }

    /** A number as a metric value: finite and within what a Spark long metric can hold, else null. */
    private static Num metric(String s, int p) {
        Num n = number(s, p);
        return n == null || Math.abs(n.value) > MAX_METRIC ? null : n;
    }

    /** A number with thousands separators and an optional unit word, starting at {@code p} (after spaces); null when not finite. */
    private static Num number(String s, int p) {
        p = skipSpaces(s, p);
        int start = p;
        StringBuilder digits = new StringBuilder();
        if (p < s.length() && s.charAt(p) == '-') {
            digits.append('-');
            p++;
        }
        boolean any = false;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (Character.isDigit(c)) {
                digits.append(c);
                any = true;
                p++;
            } else if (c == ',' && any && p + 1 < s.length() && Character.isDigit(s.charAt(p + 1))) {
                p++; // thousands separator; list separators are ", "
            } else if (c == '.' && p + 1 < s.length() && Character.isDigit(s.charAt(p + 1))) {
                digits.append(c);
                p++;
            } else if ((c == 'E' || c == 'e') && any && p + 1 < s.length()
                && (Character.isDigit(s.charAt(p + 1)) || s.charAt(p + 1) == '+' || s.charAt(p + 1) == '-')) {
                digits.append('E').append(s.charAt(p + 1));
                p += 2;
            } else {
                break;
            }
        }
        if (!any || p == start) return null;
        Num n = new Num();
        double v;
        try {
            v = Double.parseDouble(digits.toString());
        } catch (NumberFormatException e) {
            return null;
        }
        int q = skipSpaces(s, p);
        int w = q;
        while (w < s.length() && Character.isLetter(s.charAt(w))) w++;
        String word = s.substring(q, w);
        double factor = 1;
        MetricUnit unit = MetricUnit.COUNT;
        boolean known = true;
        switch (word) {
            case "": known = false; break;
            case "ns": unit = MetricUnit.MILLIS; factor = 1e-6; break;
            case "ms": unit = MetricUnit.MILLIS; break;
            case "s": unit = MetricUnit.MILLIS; factor = 1000; break;
            case "m": case "min": unit = MetricUnit.MILLIS; factor = 60_000; break;
            case "h": unit = MetricUnit.MILLIS; factor = 3_600_000; break;
            case "B": case "bytes": unit = MetricUnit.BYTES; break;
            case "KiB": case "KB": unit = MetricUnit.BYTES; factor = 1024d; break;
            case "MiB": case "MB": unit = MetricUnit.BYTES; factor = 1024d * 1024; break;
            case "GiB": case "GB": unit = MetricUnit.BYTES; factor = 1024d * 1024 * 1024; break;
            case "TiB": case "TB": unit = MetricUnit.BYTES; factor = 1024d * 1024 * 1024 * 1024; break;
            case "PiB": case "PB": unit = MetricUnit.BYTES; factor = 1024d * 1024 * 1024 * 1024 * 1024; break;
            case "EiB": case "EB": unit = MetricUnit.BYTES; factor = 1024d * 1024 * 1024 * 1024 * 1024 * 1024; break;
            default: known = false;
        }
        n.value = v * factor;
        if (Double.isNaN(n.value) || Double.isInfinite(n.value)) return null; // "1e999 B", a 2,000-digit number
        n.unit = unit;
        n.end = known ? w : p;
        return n;
    }

    /** Parses a size as printed in {@code Statistics(sizeInBytes=1562.5 KiB, ...)}; NaN when unreadable. */
    static double size(String s) {
        Num n = number(s, 0);
        return n == null ? Double.NaN : n.value;
    }
}
