package dev.brickoptima.core.sql;

import dev.brickoptima.core.rule.Suppression;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suppression comments: {@code -- brickoptima:ignore rule-a, rule-b} (or with no ids: every rule) in or just
 * before a statement, or trailing on its last line, silences those rules for that statement.
 */
public final class Suppressions implements Suppression {
    public static final String MARKER = "brickoptima:ignore";
    private final Set<String> ids;
    private final boolean all;

    private Suppressions(Set<String> ids, boolean all) {
        this.ids = ids;
        this.all = all;
    }

    public static Suppressions of(String text, List<SqlToken> comments) {
        Set<String> ids = new HashSet<>();
        boolean all = false;
        for (SqlToken c : comments) {
            String body = c.text(text);
            int i = body.indexOf(MARKER);
            if (i < 0) continue;
            String rest = body.substring(i + MARKER.length());
            if (rest.endsWith("*/")) rest = rest.substring(0, rest.length() - 2);
            boolean any = false;
            for (String part : rest.split("[,\\s]+")) {
                String id = part.trim();
                if (!id.isEmpty()) {
                    ids.add(id);
                    any = true;
                }
            }
            if (!any) all = true;
        }
        return new Suppressions(ids, all);
    }

    @Override
    public boolean suppresses(String ruleId) {
        return all || ids.contains(ruleId);
    }
}
