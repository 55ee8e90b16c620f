package dev.brickoptima.core.sql.rules;

/**
 * An exact decimal number read from a SQL numeric literal ("42", "-1.50", "2.5E3"), compared without rounding. Takes
 * the place of {@code java.math.BigDecimal}, the only use of which in the SQL engine was comparing literal bounds: its
 * TeaVM translation made the browser's sql-engine.js about 10 KB (gzip) larger. Value = sign x 0.digits x 10^exponent,
 * with digits free of leading and trailing zeros (zero has no digits).
 */
final class DecimalNumber implements Comparable<DecimalNumber> {
    private final int sign;
    private final String digits;
    private final int exponent;

    private DecimalNumber(int sign, String digits, int exponent) {
        this.sign = digits.isEmpty() ? 0 : sign;
        this.digits = digits;
        this.exponent = digits.isEmpty() ? 0 : exponent;
    }

    /** Parses [+-]digits[.digits][(e|E)[+-]digits]; anything else (hex, empty) throws NumberFormatException. */
    static DecimalNumber parse(String text) {
        String s = text == null ? "" : text.trim();
        int i = 0;
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) sign = s.charAt(i++) == '-' ? -1 : 1;
        StringBuilder mantissa = new StringBuilder();
        int pointAt = -1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') mantissa.append(c);
            else if (c == '.' && pointAt < 0) pointAt = mantissa.length();
            else break;
        }
        if (mantissa.length() == 0) throw new NumberFormatException("not a decimal number: " + text);
        int exp = 0;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            int expSign = 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) expSign = s.charAt(j++) == '-' ? -1 : 1;
            int start = j;
            for (; j < s.length() && j - start < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9'; j++) exp = exp * 10 + (s.charAt(j) - '0');
            if (j == start) throw new NumberFormatException("not a decimal number: " + text);
            exp *= expSign;
            i = j;
        }
        if (i != s.length()) throw new NumberFormatException("not a decimal number: " + text);
        int intDigits = pointAt < 0 ? mantissa.length() : pointAt;
        int lead = 0;
        while (lead < mantissa.length() && mantissa.charAt(lead) == '0') lead++;
        int end = mantissa.length();
        while (end > lead && mantissa.charAt(end - 1) == '0') end--;
        return new DecimalNumber(sign, mantissa.substring(lead, end), intDigits - lead + exp);
    }

    DecimalNumber negate() {
        return new DecimalNumber(-sign, digits, exponent);
    }

    @Override
    public int compareTo(DecimalNumber o) {
        if (sign != o.sign) return Integer.compare(sign, o.sign);
        if (sign == 0) return 0;
        int magnitude = exponent != o.exponent ? Integer.compare(exponent, o.exponent) : digits.compareTo(o.digits);
        return sign * Integer.signum(magnitude);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecimalNumber && compareTo((DecimalNumber) o) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sign + digits.hashCode()) + exponent;
    }

    @Override
    public String toString() {
        return (sign < 0 ? "-" : "") + (digits.isEmpty() ? "0" : "0." + digits + "E" + exponent);
    }
}
