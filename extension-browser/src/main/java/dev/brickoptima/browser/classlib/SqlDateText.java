package dev.brickoptima.browser.classlib;

/** Parsing shared by the java.sql stand-ins: JDBC escape formats to epoch milliseconds (UTC). */
public final class SqlDateText {
    private SqlDateText() {
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil algorithm). */
    public static long days(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (long) era * 146097 + doe - 719468;
    }

    /** Parses "yyyy-[m]m-[d]d" into {year, month, day}. */
    public static int[] date(String s) {
        if (s == null) throw new IllegalArgumentException("null date");
        String[] p = s.trim().split("-");
        if (p.length != 3 || p[0].length() != 4) throw new IllegalArgumentException("bad date: " + s);
        int y = num(p[0], s);
        int m = num(p[1], s);
        int d = num(p[2], s);
        if (m < 1 || m > 12 || d < 1 || d > 31) throw new IllegalArgumentException("bad date: " + s);
        return new int[] {y, m, d};
    }

    /** Parses "hh:mm:ss" into {hour, minute, second}. */
    public static int[] time(String s) {
        if (s == null) throw new IllegalArgumentException("null time");
        String[] p = s.trim().split(":");
        if (p.length != 3) throw new IllegalArgumentException("bad time: " + s);
        int h = num(p[0], s);
        int mi = num(p[1], s);
        int se = num(p[2], s);
        if (h > 23 || mi > 59 || se > 59) throw new IllegalArgumentException("bad time: " + s);
        return new int[] {h, mi, se};
    }

    public static int num(String p, String whole) {
        if (p.isEmpty() || p.length() > 9) throw new IllegalArgumentException("bad value: " + whole);
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("bad value: " + whole);
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
