package dev.brickoptima.core.sql.rules;

import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimestampValue;

import java.math.BigDecimal;

/** Constant values of literal expressions, for rules that compare bounds. */
final class Literals {
    /** A literal: a number, an ISO date/timestamp (by text; ISO text sorts like the time) or another string. */
    record Value(Kind kind, BigDecimal number, String text) {
    }

    enum Kind { NUMBER, DATE, STRING }

    private Literals() {
    }

    /** The value of a literal expression, or null when it is not a literal this class understands. */
    static Value of(Expression expression) {
        Expression e = SqlExpressions.unwrap(expression);
        try {
            if (e instanceof LongValue) return number(new BigDecimal(((LongValue) e).getStringValue()));
            if (e instanceof DoubleValue) return number(new BigDecimal(((DoubleValue) e).toString()));
            if (e instanceof SignedExpression) {
                SignedExpression s = (SignedExpression) e;
                Value inner = of(s.getExpression());
                if (inner == null || inner.kind != Kind.NUMBER) return null;
                return s.getSign() == '-' ? number(inner.number.negate()) : inner;
            }
        } catch (NumberFormatException ex) {
            return null; // hex and other forms: not compared
        }
        if (e instanceof StringValue) {
            String v = ((StringValue) e).getValue();
            return isIsoDate(v) ? date(v) : new Value(Kind.STRING, null, v);
        }
        if (e instanceof DateTimeLiteralExpression) {
            DateTimeLiteralExpression d = (DateTimeLiteralExpression) e;
            String v = unquote(d.getValue());
            return isIsoDate(v) ? date(v) : null;
        }
        if (e instanceof DateValue || e instanceof TimestampValue) {
            String v = e.toString();
            int q = v.indexOf('\'');
            int r = v.lastIndexOf('\'');
            if (q < 0 || r <= q) return null;
            v = v.substring(q + 1, r);
            return isIsoDate(v) ? date(v) : null;
        }
        return null;
    }

    /** Ordering of two values of the same ordered kind (numbers, ISO dates); null when they cannot be ordered. */
    static Integer compare(Value a, Value b) {
        if (a == null || b == null || a.kind != b.kind) return null;
        if (a.kind == Kind.NUMBER) return a.number.compareTo(b.number);
        if (a.kind == Kind.DATE) return a.text.compareTo(b.text);
        return null;
    }

    /** True when both are known and certainly different values. */
    static boolean differ(Value a, Value b) {
        if (a == null || b == null || a.kind != b.kind) return false;
        if (a.kind == Kind.NUMBER) return a.number.compareTo(b.number) != 0;
        // dates of different precision ('2020-01-01' vs '2020-01-01 00:00:00') may still be equal
        if (a.kind == Kind.DATE) return a.text.length() == b.text.length() && !a.text.equals(b.text);
        return !a.text.equals(b.text);
    }

    /** '2024-01-01T10:00' and '2024-01-01 10:00' are the same time: one separator so the texts sort as times. */
    private static Value date(String iso) {
        return new Value(Kind.DATE, null, iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) + ' ' + iso.substring(11) : iso);
    }

    private static Value number(BigDecimal n) {
        return new Value(Kind.NUMBER, n, null);
    }

    private static String unquote(String s) {
        if (s == null) return "";
        String t = s.trim();
        if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') return t.substring(1, t.length() - 1);
        return t;
    }

    /** yyyy-mm-dd, optionally followed by a time. */
    private static boolean isIsoDate(String v) {
        if (v == null || v.length() < 10) return false;
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : !Character.isDigit(c)) return false;
        }
        return v.length() == 10 || v.charAt(10) == ' ' || v.charAt(10) == 'T';
    }
}
