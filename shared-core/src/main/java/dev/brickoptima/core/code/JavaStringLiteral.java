package dev.brickoptima.core.code;

import dev.brickoptima.core.sql.OffsetMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A Java string literal or text block as written in source, with its value ({@link #content()}) and the map from
 * each value offset to the source offset it came from (through {@code \n}, {@code \"}, {@code \\}, octal and
 * {@code \\}{@code uXXXX} escapes, and for text blocks through incidental-indentation stripping, trailing-space stripping,
 * {@code \<newline>} continuations and {@code \s}). Source offsets are relative to the literal's first quote.
 * <p>
 * Implements {@link OffsetMapper} so a {@code SqlTemplate} maps findings straight to the literal's source.
 * Follows JLS 3.3 (unicode escapes first), 3.10.6 (escapes) and 3.10.7 (text blocks).
 */
public final class JavaStringLiteral implements OffsetMapper {
    private final String source;
    private final boolean textBlock;
    private final String content;
    /** Source start and end of each content char; the value's char i came from source [starts[i], ends[i]). */
    private final int[] starts;
    private final int[] ends;
    /** Where the content begins and ends in source (used for empty content and the end offset). */
    private final int contentSourceStart;
    private final int contentSourceEnd;
    /** Text blocks: the incidental indentation removed from each line. */
    private final int indent;

    private JavaStringLiteral(String source, boolean textBlock, String content, int[] starts, int[] ends,
                              int contentSourceStart, int contentSourceEnd, int indent) {
        this.source = source;
        this.textBlock = textBlock;
        this.content = content;
        this.starts = starts;
        this.ends = ends;
        this.contentSourceStart = contentSourceStart;
        this.contentSourceEnd = contentSourceEnd;
        this.indent = indent;
    }

    /** Parses a literal token ({@code "..."} or a text block); throws IllegalArgumentException when malformed. */
    public static JavaStringLiteral parse(String sourceText) {
        JavaStringLiteral l = tryParse(sourceText);
        if (l == null) throw new IllegalArgumentException("not a Java string literal: " + abbreviate(sourceText));
        return l;
    }

    /** Parses a literal token, or returns null when it is not a well-formed string literal or text block. */
    public static JavaStringLiteral tryParse(String sourceText) {
        if (sourceText == null) return null;
        Chars raw = unicodeTranslate(sourceText);
        if (raw == null) return null;
        if (raw.startsWith("\"\"\"")) return textBlock(sourceText, raw);
        if (raw.size() < 2 || raw.c(0) != '"' || raw.c(raw.size() - 1) != '"') return null;
        Chars body = raw.slice(1, raw.size() - 1);
        for (int i = 0; i < body.size(); i++) if (body.c(i) == '\n' || body.c(i) == '\r') return null;
        Chars value = unescape(body, false);
        if (value == null) return null;
        return new JavaStringLiteral(sourceText, false, value.text(), value.startArray(), value.endArray(),
            raw.start(1), raw.start(raw.size() - 1), 0);
    }

    /** The string's value. */
    public String content() {
        return content;
    }

    /** The literal as written, quotes included. */
    public String sourceText() {
        return source;
    }

    public boolean isTextBlock() {
        return textBlock;
    }

    /** Text blocks: the incidental indentation (in characters) stripped from each line; 0 for plain literals. */
    public int indentation() {
        return indent;
    }

    /** Source offset (relative to the opening quote) where value char {@code contentOffset} starts. */
    @Override
    public int toSource(int contentOffset) {
        if (contentOffset <= 0) return content.isEmpty() ? contentSourceStart : starts[0];
        if (contentOffset >= content.length()) return contentSourceEnd(contentOffset);
        return starts[contentOffset];
    }

    /** Source offset just after value char {@code contentOffset - 1}: the end of a range ending at that offset. */
    @Override
    public int toSourceEnd(int contentOffset) {
        if (contentOffset <= 0) return toSource(0);
        if (contentOffset > content.length()) return contentSourceEnd;
        return ends[contentOffset - 1];
    }

    private int contentSourceEnd(int contentOffset) {
        return content.isEmpty() ? contentSourceStart : contentOffset == content.length() ? ends[content.length() - 1] : contentSourceEnd;
    }

    /** A mapper for the value's substring starting at {@code contentStart} (offset 0 = that char). */
    public OffsetMapper from(int contentStart) {
        JavaStringLiteral self = this;
        return new OffsetMapper() {
            @Override
            public int toSource(int offset) {
                return self.toSource(contentStart + offset);
            }

            @Override
            public int toSourceEnd(int offset) {
                return self.toSourceEnd(contentStart + offset);
            }
        };
    }

    /** The source range [start, end) covering value range [start, end). */
    public int[] toSourceRange(int start, int end) {
        int s = toSource(start);
        int e = end <= start ? s : toSourceEnd(end);
        return new int[] {s, Math.max(s, e)};
    }

    /** Escapes {@code text} for insertion into this literal's source (kind-aware: plain literal or text block). */
    public String escape(String text) {
        return textBlock ? escapeForTextBlock(text, spaces(indent)) : escapeForLiteral(text);
    }

    /** Escapes {@code text} so that {@code "\"" + result + "\""} is a Java literal whose value is {@code text}. */
    public static String escapeForLiteral(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '"': sb.append("\\\""); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    // \\uXXXX would be translated before lexing (\\u000a ends the literal), so control chars use octal
                    if (c < 0x20 || c == 0x7f) sb.append('\\').append(octal3(c));
                    else sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Escapes {@code text} for insertion into a text block whose lines are indented by {@code indent}: backslashes
     * and quote runs are escaped, each new line is indented, and trailing spaces are kept with {@code \s}.
     */
    public static String escapeForTextBlock(String text, String indent) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                // a third quote in a row would close the block
                if (++quotes == 3) {
                    sb.append("\\\"");
                    quotes = 0;
                } else sb.append(c);
                continue;
            }
            quotes = 0;
            if (c == '\\') sb.append("\\\\");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\n') {
                keepTrailingSpace(sb);
                sb.append('\n').append(indent);
            } else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append('\\').append(octal3(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    /** Trailing spaces before a line break would be stripped: turn the last one into {@code \s}. */
    private static void keepTrailingSpace(StringBuilder sb) {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') sb.replace(n - 1, n, "\\s");
    }

    private static String octal3(char c) {
        String o = Integer.toOctalString(c);
        while (o.length() < 3) o = "0" + o;
        return o;
    }

    private static String spaces(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(' ');
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    // ---- text blocks (JLS 3.10.7) ----

    private static JavaStringLiteral textBlock(String sourceText, Chars raw) {
        int n = raw.size();
        if (n < 6 || !raw.endsWith("\"\"\"")) return null;
        int i = 3;
        while (i < n && (raw.c(i) == ' ' || raw.c(i) == '\t' || raw.c(i) == '\f')) i++;
        if (i >= n || (raw.c(i) != '\n' && raw.c(i) != '\r')) return null;
        i += raw.c(i) == '\r' && i + 1 < n && raw.c(i + 1) == '\n' ? 2 : 1;
        int closing = n - 3;
        if (closing < i) return null;
        // the closing delimiter must not be escaped: an odd run of backslashes before it escapes the first quote
        int bs = 0;
        for (int k = closing - 1; k >= i && raw.c(k) == '\\'; k--) bs++;
        if (bs % 2 == 1) return null;
        Chars body = raw.slice(i, closing);
        int bodySourceStart = raw.start(i);
        List<Chars> lines = splitLines(body);
        // the last line is the one holding the closing delimiter; it counts for indentation when it is blank
        int min = Integer.MAX_VALUE;
        for (int k = 0; k < lines.size(); k++) {
            Chars line = lines.get(k);
            boolean last = k == lines.size() - 1;
            if (isBlank(line) && !last) continue;
            int ws = leadingWhitespace(line);
            if (last && isBlank(line)) ws = line.size();
            min = Math.min(min, ws);
        }
        if (min == Integer.MAX_VALUE) min = 0;
        Chars stripped = new Chars();
        for (int k = 0; k < lines.size(); k++) {
            Chars line = lines.get(k);
            boolean last = k == lines.size() - 1;
            int from = isBlank(line) ? line.size() : Math.min(min, line.size());
            int to = line.size();
            while (to > from && isWhite(line.c(to - 1))) to--;
            for (int p = from; p < to; p++) stripped.add(line.c(p), line.start(p), line.end(p));
            if (!last) {
                // the line terminator, normalized to \n; its source is the terminator itself
                stripped.add('\n', line.termStart, line.termEnd);
            }
        }
        Chars value = unescape(stripped, true);
        if (value == null) return null;
        int contentEnd = raw.start(closing);
        return new JavaStringLiteral(sourceText, true, value.text(), value.startArray(), value.endArray(),
            value.size() > 0 ? value.start(0) : bodySourceStart, contentEnd, min);
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isBlank(Chars line) {
        for (int i = 0; i < line.size(); i++) if (!isWhite(line.c(i))) return false;
        return true;
    }

    private static int leadingWhitespace(Chars line) {
        int i = 0;
        while (i < line.size() && isWhite(line.c(i))) i++;
        return i;
    }

    private static List<Chars> splitLines(Chars body) {
        List<Chars> out = new ArrayList<>();
        Chars cur = new Chars();
        int i = 0;
        while (i < body.size()) {
            char c = body.c(i);
            if (c == '\n' || c == '\r') {
                int termStart = body.start(i);
                int len = c == '\r' && i + 1 < body.size() && body.c(i + 1) == '\n' ? 2 : 1;
                cur.termStart = termStart;
                cur.termEnd = body.end(i + len - 1);
                out.add(cur);
                cur = new Chars();
                i += len;
            } else {
                cur.add(c, body.start(i), body.end(i));
                i++;
            }
        }
        out.add(cur);
        return out;
    }

    // ---- escapes (JLS 3.10.7) and unicode escapes (JLS 3.3) ----

    /** Interprets backslash escapes; null for an invalid escape. {@code textBlock} allows {@code \<newline>}. */
    private static Chars unescape(Chars in, boolean textBlock) {
        Chars out = new Chars();
        int i = 0;
        int n = in.size();
        while (i < n) {
            char c = in.c(i);
            if (c != '\\') {
                if (!textBlock && c == '"') return null;
                out.add(c, in.start(i), in.end(i));
                i++;
                continue;
            }
            if (i + 1 >= n) return null;
            char e = in.c(i + 1);
            int start = in.start(i);
            char v;
            int len = 2;
            switch (e) {
                case 'b': v = '\b'; break;
                case 't': v = '\t'; break;
                case 'n': v = '\n'; break;
                case 'f': v = '\f'; break;
                case 'r': v = '\r'; break;
                case 's': v = ' '; break;
                case '"': v = '"'; break;
                case '\'': v = '\''; break;
                case '\\': v = '\\'; break;
                case '\n':
                    if (!textBlock) return null;
                    // line continuation: neither the backslash nor the line break is part of the value
                    i += 2;
                    continue;
                default:
                    if (e >= '0' && e <= '7') {
                        int max = e <= '3' ? 3 : 2;
                        int val = 0;
                        len = 1;
                        while (len <= max && i + len < n && in.c(i + len) >= '0' && in.c(i + len) <= '7') {
                            val = val * 8 + (in.c(i + len) - '0');
                            len++;
                        }
                        v = (char) val;
                    } else {
                        return null;
                    }
            }
            out.add(v, start, in.end(i + len - 1));
            i += len;
        }
        return out;
    }

    /**
     * Translates unicode escapes: a backslash preceded by an even number of backslashes, one or more 'u', four hex
     * digits. Null when such an escape is malformed (javac rejects it too).
     */
    private static Chars unicodeTranslate(String s) {
        Chars out = new Chars();
        int i = 0;
        int n = s.length();
        int backslashes = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < n && s.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < n && s.charAt(j) == 'u') j++;
                if (j + 4 > n) return null;
                int val = 0;
                for (int k = j; k < j + 4; k++) {
                    int d = Character.digit(s.charAt(k), 16);
                    if (d < 0) return null;
                    val = val * 16 + d;
                }
                out.add((char) val, i, j + 4);
                // a translated backslash never starts another unicode escape (JLS 3.3)
                backslashes = 0;
                i = j + 4;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.add(c, i, i + 1);
            i++;
        }
        return out;
    }

    /** A growable run of chars, each with the source range it came from. */
    private static final class Chars {
        private char[] cs = new char[16];
        private int[] st = new int[16];
        private int[] en = new int[16];
        private int size;
        int termStart;
        int termEnd;

        void add(char c, int start, int end) {
            if (size == cs.length) {
                int cap = size * 2;
                char[] c2 = new char[cap];
                int[] s2 = new int[cap];
                int[] e2 = new int[cap];
                System.arraycopy(cs, 0, c2, 0, size);
                System.arraycopy(st, 0, s2, 0, size);
                System.arraycopy(en, 0, e2, 0, size);
                cs = c2;
                st = s2;
                en = e2;
            }
            cs[size] = c;
            st[size] = start;
            en[size] = end;
            size++;
        }

        int size() { return size; }
        char c(int i) { return cs[i]; }
        int start(int i) { return st[i]; }
        int end(int i) { return en[i]; }

        boolean startsWith(String p) {
            if (size < p.length()) return false;
            for (int i = 0; i < p.length(); i++) if (cs[i] != p.charAt(i)) return false;
            return true;
        }

        boolean endsWith(String p) {
            if (size < p.length()) return false;
            for (int i = 0; i < p.length(); i++) if (cs[size - p.length() + i] != p.charAt(i)) return false;
            return true;
        }

        Chars slice(int from, int to) {
            Chars c = new Chars();
            for (int i = from; i < to; i++) c.add(cs[i], st[i], en[i]);
            return c;
        }

        String text() {
            return new String(cs, 0, size);
        }

        int[] startArray() {
            int[] a = new int[size];
            System.arraycopy(st, 0, a, 0, size);
            return a;
        }

        int[] endArray() {
            int[] a = new int[size];
            System.arraycopy(en, 0, a, 0, size);
            return a;
        }
    }
}
