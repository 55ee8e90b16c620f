package dev.brickoptima.cli;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which fixes {@code brickoptima fix} applies. A fix is safe when the query returns the same rows after it; fixes
 * that correct a bug change the results (the query was wrong), so they are applied only with {@code --unsafe-fixes},
 * as ruff and ESLint do with suggestions.
 */
final class SafeFixes {
    /**
     * Rules whose fix changes what the query returns, or rewrites the Java code around it (the injection fix turns a
     * {@code Statement} into a {@code PreparedStatement} with bound values): right, but a person should see it happen.
     */
    static final Set<String> CHANGE_RESULTS = Set.of("null-comparison", "between-reversed", "having-without-group-by", "sql-injection");

    private SafeFixes() {
    }

    record Selection(List<TextEdit> edits, List<Finding> fixed, int skippedUnsafe, int skippedOverlapping) {
    }

    /** The edits to apply: the first fix with edits of each finding, skipping unsafe ones unless allowed and overlaps. */
    static Selection select(List<Finding> findings, boolean unsafe) {
        List<TextEdit> edits = new ArrayList<>();
        List<Finding> fixed = new ArrayList<>();
        int skippedUnsafe = 0;
        int overlapping = 0;
        for (Finding f : findings) {
            Fix fix = f.fixes().stream().filter(x -> !x.isHint()).findFirst().orElse(null);
            if (fix == null) continue;
            if (!unsafe && CHANGE_RESULTS.contains(f.ruleId())) {
                skippedUnsafe++;
                continue;
            }
            if (fix.edits().stream().anyMatch(e -> overlaps(e, edits))) {
                overlapping++; // the next run picks it up once the first edit is in
                continue;
            }
            edits.addAll(fix.edits());
            fixed.add(f);
        }
        edits.sort(Comparator.comparingInt(TextEdit::start));
        return new Selection(edits, fixed, skippedUnsafe, overlapping);
    }

    private static boolean overlaps(TextEdit e, List<TextEdit> taken) {
        for (TextEdit t : taken) {
            if (e.start() < t.end() && t.start() < e.end()) return true;
            if (e.start() == e.end() && e.start() == t.start()) return true;
        }
        return false;
    }

    static String apply(String text, List<TextEdit> sortedEdits) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = sortedEdits.size() - 1; i >= 0; i--) {
            TextEdit e = sortedEdits.get(i);
            sb.replace(e.start(), e.end(), e.replacement());
        }
        return sb.toString();
    }
}
