package org.teavm.classlib.java.sql;

import dev.brickoptima.browser.classlib.SqlDateText;

/**
 * java.sql.Date for TeaVM (JSqlParser's DateValue keeps one). Only what the parser and deparser call:
 * valueOf and toString; the text is kept as given so it round-trips exactly.
 */
public class TDate extends java.util.Date {
    private final String text;

    public TDate(long millis) {
        super(millis);
        this.text = null;
    }

    private TDate(long millis, String text) {
        super(millis);
        this.text = text;
    }

    public static TDate valueOf(String s) {
        int[] d = SqlDateText.date(s);
        String text = d[0] + "-" + SqlDateText.two(d[1]) + "-" + SqlDateText.two(d[2]);
        return new TDate(SqlDateText.days(d[0], d[1], d[2]) * 86_400_000L, text);
    }

    @Override
    public String toString() {
        return text != null ? text : super.toString();
    }
}
