package org.teavm.classlib.java.sql;

import dev.brickoptima.browser.classlib.SqlDateText;

/** java.sql.Timestamp for TeaVM (JSqlParser's TimestampValue): "yyyy-[m]m-[d]d hh:mm:ss[.f...]" only. */
public class TTimestamp extends java.util.Date {
    private final String text;

    public TTimestamp(long millis) {
        super(millis);
        this.text = null;
    }

    private TTimestamp(long millis, String text) {
        super(millis);
        this.text = text;
    }

    public static TTimestamp valueOf(String s) {
        if (s == null) throw new IllegalArgumentException("null timestamp");
        String v = s.trim();
        int space = v.indexOf(' ');
        if (space < 0) throw new IllegalArgumentException("bad timestamp: " + s);
        int[] d = SqlDateText.date(v.substring(0, space));
        String timePart = v.substring(space + 1).trim();
        String fraction = "";
        int dot = timePart.indexOf('.');
        if (dot >= 0) {
            fraction = timePart.substring(dot + 1);
            timePart = timePart.substring(0, dot);
            SqlDateText.num(fraction, s);
        }
        int[] t = SqlDateText.time(timePart);
        long millis = SqlDateText.days(d[0], d[1], d[2]) * 86_400_000L + ((t[0] * 60L + t[1]) * 60L + t[2]) * 1000L;
        String text = d[0] + "-" + SqlDateText.two(d[1]) + "-" + SqlDateText.two(d[2]) + " "
            + SqlDateText.two(t[0]) + ":" + SqlDateText.two(t[1]) + ":" + SqlDateText.two(t[2])
            + "." + (fraction.isEmpty() ? "0" : fraction);
        return new TTimestamp(millis, text);
    }

    @Override
    public String toString() {
        return text != null ? text : super.toString();
    }
}
