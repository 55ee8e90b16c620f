package org.teavm.classlib.java.sql;

import dev.brickoptima.browser.classlib.SqlDateText;

/** java.sql.Time for TeaVM (JSqlParser's TimeValue): valueOf and toString only. */
public class TTime extends java.util.Date {
    private final String text;

    public TTime(long millis) {
        super(millis);
        this.text = null;
    }

    private TTime(long millis, String text) {
        super(millis);
        this.text = text;
    }

    public static TTime valueOf(String s) {
        int[] t = SqlDateText.time(s);
        String text = SqlDateText.two(t[0]) + ":" + SqlDateText.two(t[1]) + ":" + SqlDateText.two(t[2]);
        return new TTime(((t[0] * 60L + t[1]) * 60L + t[2]) * 1000L, text);
    }

    @Override
    public String toString() {
        return text != null ? text : super.toString();
    }
}
