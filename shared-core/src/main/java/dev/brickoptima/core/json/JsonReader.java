package dev.brickoptima.core.json;

import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure engine's JSON reader (RFC 8259): no reflection, no I/O, so it runs under TeaVM where Jackson cannot. The JVM
 * adapters use Jackson; this reader is for input the pure engine itself must understand (PostgreSQL EXPLAIN JSON).
 * Linear in the input; nesting is bounded so a hostile input cannot overflow the stack.
 */
public final class JsonReader {
    /** Default nesting bound: PostgreSQL plans nest two levels per plan node, far below this. */
    public static final int DEFAULT_MAX_DEPTH = 1000;

    private final String text;
    private final int maxDepth;
    private int pos;

    private JsonReader(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /** Parses one JSON value that fills {@code text} (surrounding whitespace allowed). */
    public static JsonValue parse(String text) throws JsonParseException {
        return parse(text, 0, text.length(), DEFAULT_MAX_DEPTH);
    }

    /** Parses one JSON value that fills {@code text[from, to)}; offsets in the result are offsets into {@code text}. */
    public static JsonValue parse(String text, int from, int to, int maxDepth) throws JsonParseException {
        JsonReader r = new JsonReader(text.substring(0, to), maxDepth);
        r.pos = from;
        r.skipSpace();
        if (r.pos >= to) throw r.error("no JSON value");
        JsonValue v = r.value(0);
        r.skipSpace();
        if (r.pos < to) throw r.error("unexpected '" + r.text.charAt(r.pos) + "' after the JSON value");
        return v;
    }

    private JsonValue value(int depth) throws JsonParseException {
        if (pos >= text.length()) throw error("unexpected end of input");
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object(depth + 1);
            case '[': return array(depth + 1);
            case '"': {
                int s = pos;
                String str = string();
                return JsonValue.string(s, pos, str);
            }
            case 't': return literal("true", JsonValue.bool(pos, pos + 4, true));
            case 'f': return literal("false", JsonValue.bool(pos, pos + 5, false));
            case 'n': return literal("null", JsonValue.nullValue(pos, pos + 4));
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw error("unexpected '" + c + "'");
        }
    }

    private JsonValue object(int depth) throws JsonParseException {
        if (depth > maxDepth) throw error("nested deeper than " + maxDepth + " levels");
        int s = pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return JsonValue.object(s, pos, members);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw error(pos >= text.length() ? "unexpected end of input in an object" : "expected a member name");
            int keyStart = pos;
            String key = string();
            skipSpace();
            expect(':', "expected ':' after a member name");
            skipSpace();
            JsonValue v = value(depth);
            v.setKeyStart(keyStart);
            members.put(key, v);
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                return JsonValue.object(s, pos, members);
            } else {
                throw error(pos >= text.length() ? "unexpected end of input in an object" : "expected ',' or '}'");
            }
        }
    }

    private JsonValue array(int depth) throws JsonParseException {
        if (depth > maxDepth) throw error("nested deeper than " + maxDepth + " levels");
        int s = pos++;
        List<JsonValue> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return JsonValue.array(s, pos, items);
        }
        while (true) {
            skipSpace();
            items.add(value(depth));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return JsonValue.array(s, pos, items);
            } else {
                throw error(pos >= text.length() ? "unexpected end of input in an array" : "expected ',' or ']'");
            }
        }
    }

    private String string() throws JsonParseException {
        pos++; // opening quote
        StringBuilder sb = null;
        int runStart = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                String s = sb == null ? text.substring(runStart, pos) : sb.append(text, runStart, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) throw error("control character in a string");
            if (c != '\\') {
                pos++;
                continue;
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(text, runStart, pos);
            pos++;
            if (pos >= text.length()) break;
            char e = text.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': sb.append(hex4()); break;
                default:
                    pos--;
                    throw error("bad escape '\\" + e + "'");
            }
            runStart = pos;
        }
        throw error("unterminated string");
    }

    private char hex4() throws JsonParseException {
        if (pos + 4 > text.length()) throw error("bad \\u escape");
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) throw error("bad \\u escape");
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private JsonValue number() throws JsonParseException {
        int s = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) pos++;
        } else {
            throw error("bad number");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) throw error("bad number");
            while (isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!isDigit(peek())) throw error("bad number");
            while (isDigit(peek())) pos++;
        }
        String raw = text.substring(s, pos);
        return JsonValue.number(s, pos, raw, Double.parseDouble(raw));
    }

    private JsonValue literal(String word, JsonValue v) throws JsonParseException {
        if (!text.startsWith(word, pos)) throw error("unexpected '" + text.charAt(pos) + "'");
        pos += word.length();
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c, String message) throws JsonParseException {
        if (peek() != c) throw error(message);
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private JsonParseException error(String message) {
        LineIndex lines = new LineIndex(text);
        int at = Math.min(pos, text.length());
        return new JsonParseException(message, at, lines.line(at), lines.column(at));
    }
}
