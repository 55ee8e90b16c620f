package dev.brickoptima.core.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement built in code from literal parts and holes ({@code "SELECT a FROM t WHERE id = " + id}).
 * Each hole becomes an unknown identifier ({@code __1}) or parameter so the text parses; findings are mapped
 * back to the literal parts through {@link #toSource(int)}.
 */
public final class SqlTemplate {
    private final String text;
    private final List<Segment> segments;

    /** A piece of the analysed text: literal content (with its source mapping) or a hole. */
    private record Segment(int start, int end, boolean hole, int sourceBase, OffsetMapper mapper) {
    }

    private SqlTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A template of one literal with no holes, content offsets mapped by {@code mapper}. */
    public static SqlTemplate ofLiteral(String content, int sourceBase, OffsetMapper mapper) {
        return builder().literal(content, sourceBase, mapper).build();
    }

    /** The text to analyse: literal parts with holes filled in. */
    public String text() {
        return text;
    }

    public int holeCount() {
        int n = 0;
        for (Segment s : segments) if (s.hole) n++;
        return n;
    }

    /** True when [start, end) of the analysed text lies within one literal part. */
    public boolean withinOneLiteral(int start, int end) {
        Segment s = segmentAt(start, false);
        return s != null && !s.hole && end <= s.end;
    }

    /** True when [start, end) overlaps a hole. */
    public boolean touchesHole(int start, int end) {
        for (Segment s : segments) if (s.hole && s.start < Math.max(end, start + 1) && s.end > start) return true;
        return false;
    }

    /**
     * Source offset of an analysed-text offset. Offsets in a hole snap to the nearest literal boundary
     * ({@code endSide} picks the end of the previous literal rather than the start of the next).
     */
    public int toSource(int offset, boolean endSide) {
        Segment s = segmentAt(offset, endSide);
        if (s == null) return segments.isEmpty() ? offset : lastSource();
        if (!s.hole) return s.sourceBase + (endSide ? s.mapper.toSourceEnd(offset - s.start) : s.mapper.toSource(offset - s.start));
        int i = segments.indexOf(s);
        if (endSide) {
            for (int k = i - 1; k >= 0; k--) if (!segments.get(k).hole) return sourceEnd(segments.get(k));
            for (int k = i + 1; k < segments.size(); k++) if (!segments.get(k).hole) return sourceStart(segments.get(k));
        } else {
            for (int k = i + 1; k < segments.size(); k++) if (!segments.get(k).hole) return sourceStart(segments.get(k));
            for (int k = i - 1; k >= 0; k--) if (!segments.get(k).hole) return sourceEnd(segments.get(k));
        }
        return 0;
    }

    public int toSource(int offset) {
        return toSource(offset, false);
    }

    private int lastSource() {
        for (int k = segments.size() - 1; k >= 0; k--) if (!segments.get(k).hole) return sourceEnd(segments.get(k));
        return 0;
    }

    private static int sourceStart(Segment s) {
        return s.sourceBase + s.mapper.toSource(0);
    }

    private static int sourceEnd(Segment s) {
        return s.sourceBase + s.mapper.toSourceEnd(s.end - s.start);
    }

    private Segment segmentAt(int offset, boolean endSide) {
        Segment found = null;
        for (Segment s : segments) {
            if (offset >= s.start && offset < s.end) return s;
            if (endSide && offset == s.end && offset > s.start) found = s;
        }
        if (found != null) return found;
        if (!segments.isEmpty() && offset >= segments.get(segments.size() - 1).end) return segments.get(segments.size() - 1);
        return null;
    }

    /** Whether an identifier is a hole placeholder. */
    public static boolean isHole(String identifier) {
        return identifier != null && identifier.length() >= 3 && identifier.startsWith("__");
    }

    /** Overwrites [start, end) with a hole identifier of the same length (at least 3 chars). */
    static void fillHole(char[] buf, int start, int end) {
        for (int i = start; i < end; i++) buf[i] = '_';
    }

    /** Collects parts in order. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private final List<Segment> segments = new ArrayList<>();
        private int holes;

        public Builder literal(String content, int sourceBase, OffsetMapper mapper) {
            int start = sb.length();
            sb.append(content);
            segments.add(new Segment(start, sb.length(), false, sourceBase, mapper == null ? OffsetMapper.IDENTITY : mapper));
            return this;
        }

        public Builder literal(String content, int sourceBase) {
            return literal(content, sourceBase, OffsetMapper.IDENTITY);
        }

        /**
         * An unknown part (a variable, a method call). It becomes a parameter after LIMIT/OFFSET, a parenthesised list
         * after IN (the code builds the whole list: {@code "id IN " + ids}), else an identifier.
         */
        public Builder hole() {
            holes++;
            String word = previousWord();
            String placeholder = isLimit(word) ? "?" : word.equals("IN") ? "(__" + holes + ")" : "__" + holes;
            int start = sb.length();
            sb.append(placeholder);
            segments.add(new Segment(start, sb.length(), true, 0, OffsetMapper.IDENTITY));
            return this;
        }

        /** The word right before the end of the text so far, upper case ("" when it ends otherwise). */
        private String previousWord() {
            int i = sb.length() - 1;
            while (i >= 0 && Character.isWhitespace(sb.charAt(i))) i--;
            int end = i + 1;
            while (i >= 0 && Character.isLetter(sb.charAt(i))) i--;
            if (i >= 0 && (Character.isLetterOrDigit(sb.charAt(i)) || sb.charAt(i) == '_')) return "";
            return sb.substring(i + 1, end).toUpperCase();
        }

        private static boolean isLimit(String word) {
            return word.equals("LIMIT") || word.equals("OFFSET") || word.equals("TOP") || word.equals("FETCH");
        }

        public SqlTemplate build() {
            return new SqlTemplate(sb.toString(), Collections.unmodifiableList(new ArrayList<>(segments)));
        }
    }
}
