package dev.brickoptima.core.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parsed JSON value with the offsets it came from, so findings can point into the JSON text. Objects keep their
 * members in document order; a member value also knows where its key starts.
 */
public final class JsonValue {
    /** The JSON type. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final int start;
    private final int end;
    private final String text;
    private final double number;
    private final boolean bool;
    private final Map<String, JsonValue> members;
    private final List<JsonValue> items;
    private int keyStart = -1;

    private JsonValue(Kind kind, int start, int end, String text, double number, boolean bool,
                      Map<String, JsonValue> members, List<JsonValue> items) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.number = number;
        this.bool = bool;
        this.members = members;
        this.items = items;
    }

    static JsonValue object(int start, int end, Map<String, JsonValue> members) {
        return new JsonValue(Kind.OBJECT, start, end, null, Double.NaN, false, Collections.unmodifiableMap(members), null);
    }

    static JsonValue array(int start, int end, List<JsonValue> items) {
        return new JsonValue(Kind.ARRAY, start, end, null, Double.NaN, false, null, Collections.unmodifiableList(items));
    }

    static JsonValue string(int start, int end, String s) {
        return new JsonValue(Kind.STRING, start, end, s, Double.NaN, false, null, null);
    }

    static JsonValue number(int start, int end, String raw, double v) {
        return new JsonValue(Kind.NUMBER, start, end, raw, v, false, null, null);
    }

    static JsonValue bool(int start, int end, boolean b) {
        return new JsonValue(Kind.BOOLEAN, start, end, b ? "true" : "false", Double.NaN, b, null, null);
    }

    static JsonValue nullValue(int start, int end) {
        return new JsonValue(Kind.NULL, start, end, null, Double.NaN, false, null, null);
    }

    void setKeyStart(int offset) {
        this.keyStart = offset;
    }

    public Kind kind() { return kind; }
    public boolean isObject() { return kind == Kind.OBJECT; }
    public boolean isArray() { return kind == Kind.ARRAY; }
    public boolean isString() { return kind == Kind.STRING; }
    public boolean isNumber() { return kind == Kind.NUMBER; }
    public boolean isBoolean() { return kind == Kind.BOOLEAN; }
    public boolean isNull() { return kind == Kind.NULL; }

    /** Offset of the value's first character in the parsed text. */
    public int start() { return start; }
    /** Offset just after the value's last character. */
    public int end() { return end; }
    /** For a member value: offset of its key's opening quote; -1 for array items and the root. */
    public int keyStart() { return keyStart; }

    /** Members of an object in document order (empty for other kinds). A repeated key keeps its last value. */
    public Map<String, JsonValue> members() { return members == null ? Map.of() : members; }

    /** Items of an array (empty for other kinds). */
    public List<JsonValue> items() { return items == null ? List.of() : items; }

    /** A member of an object, or null (also when this is not an object). */
    public JsonValue get(String key) {
        return members == null ? null : members.get(key);
    }

    /** The string of a STRING value, or null. */
    public String string() { return kind == Kind.STRING ? text : null; }

    /** The value of a NUMBER, or NaN. */
    public double number() { return number; }

    /** The value of a BOOLEAN (false for other kinds). */
    public boolean bool() { return bool; }

    /** Scalars as text (numbers as written, true/false); null for objects, arrays and null. */
    public String scalarText() { return text; }

    @Override
    public String toString() {
        return kind + "@" + start;
    }
}
