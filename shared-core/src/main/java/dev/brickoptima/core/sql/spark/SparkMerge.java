package dev.brickoptima.core.sql.spark;

/**
 * Delta's {@code THEN UPDATE SET *} and {@code THEN INSERT *} (every column) are not JSqlParser syntax. No rule looks
 * inside MERGE actions, so each becomes a same-length {@code DELETE} action (and {@code NOT MATCHED} a
 * {@code MATCHED} clause) that keeps the statement, its target, source and ON condition analysable.
 */
final class SparkMerge {
    private SparkMerge() {
    }

    static void starActions(SparkText s, int head) {
        for (int i = head + 1; i + 1 < s.size(); i++) {
            int starAt = -1;
            if (s.word(i, "UPDATE") && s.word(i + 1, "SET") && s.punct(i + 2, '*')) starAt = i + 2;
            else if (s.word(i, "INSERT") && s.punct(i + 1, '*')) starAt = i + 1;
            if (starAt < 0 || !s.word(i - 1, "THEN")) continue;
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
