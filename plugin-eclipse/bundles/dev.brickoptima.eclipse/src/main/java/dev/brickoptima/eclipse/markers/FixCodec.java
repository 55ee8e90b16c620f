package dev.brickoptima.eclipse.markers;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores fixes in a marker's string attribute: length-prefixed fields ({@code 5:hello}), so any text (quotes,
 * newlines, separators) round-trips. Returns an empty list for a value it cannot read rather than failing.
 */
public final class FixCodec {
    /** Eclipse keeps marker strings below 64 KB of UTF-8; longer fix lists are not stored. */
    static final int MAX_CHARS = 20_000;

    private FixCodec() {
    }

    public static String encode(List<Fix> fixes) {
        StringBuilder sb = new StringBuilder();
        field(sb, Integer.toString(fixes.size()));
        for (Fix f : fixes) {
            field(sb, f.description());
            field(sb, Integer.toString(f.edits().size()));
            for (TextEdit e : f.edits()) {
                field(sb, Integer.toString(e.start()));
                field(sb, Integer.toString(e.end()));
                field(sb, e.replacement());
            }
        }
        return sb.length() > MAX_CHARS ? encode(List.of()) : sb.toString();
    }

    public static List<Fix> decode(String s) {
        if (s == null || s.isEmpty()) return List.of();
        try {
            Reader r = new Reader(s);
            int n = Integer.parseInt(r.next());
            List<Fix> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String desc = r.next();
                int m = Integer.parseInt(r.next());
                List<TextEdit> edits = new ArrayList<>();
                for (int k = 0; k < m; k++) {
                    int start = Integer.parseInt(r.next());
                    int end = Integer.parseInt(r.next());
                    edits.add(new TextEdit(start, end, r.next()));
                }
                out.add(new Fix(desc, edits));
            }
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void field(StringBuilder sb, String v) {
        sb.append(v.length()).append(':').append(v);
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        String next() {
            int colon = s.indexOf(':', pos);
            if (colon < 0) throw new IllegalArgumentException("truncated");
            int len = Integer.parseInt(s.substring(pos, colon));
            String v = s.substring(colon + 1, colon + 1 + len);
            pos = colon + 1 + len;
            return v;
        }
    }
}
