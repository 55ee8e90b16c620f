package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The findings a Java fixture expects, written next to the offending line ({@code // expect: rule@12-18}, several
 * comma-separated) or, for a line that cannot hold a comment, anywhere as {@code // expect@LINE: rule@12-18}.
 * Columns are 1-based, the end exclusive. Every host's conformance test compares its findings with these through
 * {@link #describe}, so "the same findings" means the same rule, line and column range.
 */
public final class ExpectedFindings {
    private static final String MARK = "// expect";
    private static final String QUIET = "// quiet";

    private ExpectedFindings() {
    }

    /** {@code rule LINE:COLUMN-ENDCOLUMN}, sorted, for every expectation in {@code source}. */
    public static List<String> of(String source) {
        List<String> out = new ArrayList<>();
        for (Mark m : marks(source, MARK)) {
            for (String item : m.text().split(",")) {
                String t = item.trim();
                int a = t.lastIndexOf('@');
                int dash = t.indexOf('-', a);
                out.add(t.substring(0, a) + " " + m.line() + ":" + t.substring(a + 1, dash) + "-" + t.substring(dash + 1));
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * {@code rule LINE}, sorted, for every {@code // quiet: rule, ...} mark: a trap a host must not fall into (text
     * after a further {@code //} is a comment).
     */
    public static List<String> quiet(String source) {
        List<String> out = new ArrayList<>();
        for (Mark m : marks(source, QUIET)) {
            String ids = m.text();
            int next = ids.indexOf("//");
            if (next >= 0) ids = ids.substring(0, next);
            for (String id : ids.split(",")) out.add(id.trim() + " " + m.line());
        }
        Collections.sort(out);
        return out;
    }

    /** A mark's line (its own, or the {@code @N} it names) and the text after its colon. */
    private record Mark(int line, String text) {
    }

    private static List<Mark> marks(String source, String marker) {
        List<Mark> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(marker);
            if (at < 0) continue;
            String rest = lines[i].substring(at + marker.length());
            int line = i + 1;
            if (rest.startsWith("@")) {
                int colon = rest.indexOf(':');
                line = Integer.parseInt(rest.substring(1, colon).trim());
                rest = rest.substring(colon);
            }
            if (rest.startsWith(":")) out.add(new Mark(line, rest.substring(1)));
        }
        return out;
    }

    /** A finding in the same form. */
    public static String describe(String ruleId, Location l) {
        return ruleId + " " + l.line() + ":" + l.column() + "-" + l.endColumn();
    }

    /**
     * A fix offered for a finding as one line of the golden fix list ({@code fixtures/java/expected-fixes.txt}):
     * {@code File.java rule LINE:COL-END | [suppression ]description | start-end:replacement ...}, escaped.
     */
    public static String fixLine(String fileName, String ruleId, Location l, Fix fix, boolean suppression) {
        StringBuilder sb = new StringBuilder(fileName).append(' ').append(describe(ruleId, l)).append(" | ");
        if (suppression) sb.append("suppression ");
        sb.append(fix.description());
        List<TextEdit> edits = new ArrayList<>(fix.edits());
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (TextEdit e : edits) {
            sb.append(" | ").append(e.start()).append('-').append(e.end()).append(':')
                .append(e.replacement().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return sb.toString();
    }

    /** The host's findings in that form, sorted. */
    public static List<String> describe(List<CodeFinding> findings) {
        List<String> out = new ArrayList<>();
        for (CodeFinding f : findings) out.add(describe(f.ruleId(), f.finding().location()));
        Collections.sort(out);
        return out;
    }
}
