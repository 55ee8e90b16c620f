package dev.brickoptima.core.sql.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Delta MERGE forms JSqlParser lacks. Delta's {@code THEN UPDATE SET *} and {@code THEN INSERT *} (every column) are not JSqlParser syntax. No rule looks
 * inside MERGE actions, so each becomes a same-length {@code DELETE} action (and {@code NOT MATCHED} a
 * {@code MATCHED} clause) that keeps the statement, its target, source and ON condition analysable.
 */
final class SparkMerge {
    private SparkMerge() {
    }

    /**
     * JSqlParser takes no WHEN clause after a {@code WHEN NOT MATCHED ... THEN INSERT} clause, which Delta allows
     * ({@code ... THEN INSERT ... WHEN NOT MATCHED BY SOURCE THEN DELETE}). Such an INSERT clause is blanked (no rule
     * reads MERGE actions); the clauses after it and the ON condition stay analysable.
     */
    static void insertBeforeOtherClauses(SparkText s, int head) {
        List<Integer> whens = new ArrayList<>();
        int d = 0;
        for (int i = head + 1; i < s.size(); i++) {
            if (s.punct(i, '(')) d++;
            else if (s.punct(i, ')')) d--;
            else if (d == 0 && s.word(i, "WHEN") && (s.word(i + 1, "MATCHED") || s.word(i + 1, "NOT"))) whens.add(i);
        }
        for (int w = 0; w + 1 < whens.size(); w++) {
            int start = whens.get(w);
            int end = whens.get(w + 1) - 1;
            boolean insert = false;
            for (int k = start; k < end; k++) {
                if (s.word(k, "THEN") && s.word(k + 1, "INSERT")) insert = true;
            }
            if (insert && s.word(start + 1, "NOT")) s.blankTokens(start, end);
        }
    }

    static void starActions(SparkText s, int head) {
        for (int i = head + 1; i + 1 < s.size(); i++) {
            int starAt = -1;
            if (s.word(i, "UPDATE") && s.word(i + 1, "SET") && s.punct(i + 2, '*')) starAt = i + 2;
            else if (s.word(i, "INSERT") && s.punct(i + 1, '*')) starAt = i + 1;
            // an action of a clause insertBeforeOtherClauses blanked is gone: writing DELETE there would break the text
            if (starAt < 0 || !s.word(i - 1, "THEN") || !s.live(i)) continue;
            s.blankTokens(i, starAt);
            s.put(s.at(i).start(), "DELETE");
            // the WHEN clause this action belongs to: NOT MATCHED [BY TARGET] cannot take DELETE, MATCHED can
            for (int k = i - 1; k > head; k--) {
                if (!s.word(k, "WHEN")) continue;
                if (s.word(k + 1, "NOT")) s.blankTokens(k + 1, k + 1);
                for (int m = k + 2; m < i && m + 1 < s.size(); m++) {
                    if (s.word(m, "BY") && (s.word(m + 1, "TARGET") || s.word(m + 1, "SOURCE"))) s.blankTokens(m, m + 1);
                }
                break;
            }
        }
    }
}
