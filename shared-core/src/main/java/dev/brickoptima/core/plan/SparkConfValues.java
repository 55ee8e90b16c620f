package dev.brickoptima.core.plan;

/**
 * Reads Spark configuration values the way Spark does: sizes such as {@code 10485760}, {@code 10m}, {@code 10MB} or
 * {@code 1.5g} (binary units, case-insensitive, as {@code JavaUtils.byteStringAsBytes}; {@code -1} stays -1).
 */
public final class SparkConfValues {
    private SparkConfValues() {
    }

    /** Bytes of a Spark size string, or NaN when it is not one. */
    public static double bytes(String value) {
        if (value == null) return Double.NaN;
        String v = value.trim().toLowerCase();
        int i = 0;
        if (i < v.length() && v.charAt(i) == '-') i++;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) i++;
        if (i == 0 || i == 1 && v.charAt(0) == '-') return Double.NaN;
        double n;
        try {
            n = Double.parseDouble(v.substring(0, i));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        String unit = v.substring(i).trim();
        if (unit.endsWith("ib")) unit = unit.substring(0, unit.length() - 2); // 10MiB
        else if (unit.length() > 1 && unit.endsWith("b")) unit = unit.substring(0, unit.length() - 1); // 10mb
        switch (unit) {
            case "": case "b": return n;
            case "k": return n * 1024;
            case "m": return n * 1024 * 1024;
            case "g": return n * 1024 * 1024 * 1024;
            case "t": return n * 1024 * 1024 * 1024 * 1024;
            case "p": return n * 1024 * 1024 * 1024 * 1024 * 1024;
            default: return Double.NaN;
        }
    }
}
