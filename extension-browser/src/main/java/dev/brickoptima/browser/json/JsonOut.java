package dev.brickoptima.browser.json;

/** A minimal JSON writer (TeaVM-safe: no reflection, no String.format); callers emit well-formed nesting. */
public final class JsonOut {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    public JsonOut beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public JsonOut endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public JsonOut beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    public JsonOut endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    public JsonOut name(String name) {
        comma();
        string(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    public JsonOut value(String v) {
        comma();
        if (v == null) sb.append("null");
        else string(v);
        needComma = true;
        return this;
    }

    public JsonOut value(long v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    /** A whole number as an integer literal, anything else as a decimal; NaN and infinities (not JSON) as null. */
    public JsonOut value(double v) {
        comma();
        if (Double.isNaN(v) || Double.isInfinite(v)) sb.append("null");
        else if (v == Math.rint(v) && Math.abs(v) < 1e15) sb.append((long) v);
        else sb.append(v);
        needComma = true;
        return this;
    }

    public JsonOut value(boolean v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    public JsonOut field(String name, String v) {
        return name(name).value(v);
    }

    public JsonOut field(String name, long v) {
        return name(name).value(v);
    }

    private void comma() {
        if (needComma) sb.append(',');
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u");
                        for (int k = hex.length(); k < 4; k++) sb.append('0');
                        sb.append(hex);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
