package dev.brickoptima.core.plan;

/**
 * Size estimates Spark printed for an operator: {@code Statistics(sizeInBytes=3.1 KiB, rowCount=100)} on AQE query
 * stages, or a {@code Statistics} detail line. NaN when a number is absent.
 */
public record PlanStatistics(double sizeInBytes, double rowCount) {

    public boolean hasSize() {
        return !Double.isNaN(sizeInBytes);
    }

    public boolean hasRowCount() {
        return !Double.isNaN(rowCount);
    }

    /** Parses {@code Statistics(sizeInBytes=1562.5 KiB, rowCount=1.00E+5)} or the text inside the parentheses. */
    public static PlanStatistics parse(String text) {
        if (text == null) return null;
        double size = Double.NaN;
        double rows = Double.NaN;
        int s = text.indexOf("sizeInBytes=");
        if (s >= 0) size = MetricText.size(text.substring(s + "sizeInBytes=".length(), valueEnd(text, s)));
        int r = text.indexOf("rowCount=");
        if (r >= 0) rows = MetricText.size(text.substring(r + "rowCount=".length(), valueEnd(text, r)));
        if (Double.isNaN(size) && Double.isNaN(rows)) return null;
        return new PlanStatistics(size, rows);
    }

    private static int valueEnd(String text, int from) {
        int e = from;
        while (e < text.length() && text.charAt(e) != ',' && text.charAt(e) != ')') e++;
        return e;
    }
}
