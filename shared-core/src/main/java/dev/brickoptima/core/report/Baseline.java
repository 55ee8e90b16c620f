package dev.brickoptima.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings recorded at one point in time ({@code brickoptima baseline}), matched later by path, rule and fingerprint
 * only, so line shifts and edits elsewhere in a file do not turn old findings into new ones.
 */
public record Baseline(List<Entry> entries) {
    public Baseline {
        entries = List.copyOf(entries);
    }

    /** One recorded finding; {@code line} and {@code message} are kept for people reading the file and the fixed list. */
    public record Entry(String path, String ruleId, String fingerprint, int line, String message) {
        String key() {
            return path + "\n" + ruleId + "\n" + fingerprint;
        }
    }

    /** What changed since the baseline: {@code isNew} flags each current entry, in order; {@code fixed} lists the rest. */
    public record Comparison(List<Boolean> isNew, List<Entry> fixed) {
        public long newCount() {
            return isNew.stream().filter(b -> b).count();
        }
    }

    /** Matches current findings against the baseline; each recorded entry absorbs at most one current finding. */
    public Comparison compare(List<Entry> current) {
        Map<String, List<Entry>> left = new HashMap<>();
        for (Entry e : entries) left.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        List<Boolean> isNew = new ArrayList<>(current.size());
        for (Entry c : current) {
            List<Entry> l = left.get(c.key());
            if (l != null && !l.isEmpty()) {
                l.remove(0);
                isNew.add(false);
            } else {
                isNew.add(true);
            }
        }
        List<Entry> fixed = new ArrayList<>();
        for (Entry e : entries) {
            List<Entry> l = left.get(e.key());
            if (l != null && l.contains(e)) {
                l.remove(e);
                fixed.add(e);
            }
        }
        return new Comparison(isNew, fixed);
    }
}
