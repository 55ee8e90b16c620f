package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the executions of two runs of the same job: one plan on each side is simply a pair; otherwise executions are
 * matched by description (whitespace collapsed), then, for descriptions that are SQL statements, by normalised SQL
 * (keywords in one case, literals replaced by {@code ?}, comments and layout ignored). Repeated keys pair in order.
 */
public final class ExecutionMatcher {
    private static final Set<String> SQL_STARTS = Set.of("SELECT", "WITH", "INSERT", "MERGE", "UPDATE", "DELETE", "CREATE",
        "REPLACE", "CACHE", "FROM", "VALUES", "TABLE");

    public record Match(ComparedPlan old, ComparedPlan neu, String how) {
    }

    public record Matching(List<Match> pairs, List<ComparedPlan> onlyOld, List<ComparedPlan> onlyNew) {
    }

    private ExecutionMatcher() {
    }

    public static Matching match(List<ComparedPlan> olds, List<ComparedPlan> news) {
        if (olds.size() == 1 && news.size() == 1) {
            return new Matching(List.of(new Match(olds.get(0), news.get(0), "the only plan on each side")), List.of(), List.of());
        }
        List<ComparedPlan> leftOld = new ArrayList<>(olds);
        List<ComparedPlan> leftNew = new ArrayList<>(news);
        List<Match> pairs = new ArrayList<>();
        pairBy(leftOld, leftNew, pairs, "description", false);
        pairBy(leftOld, leftNew, pairs, "normalised SQL", true);
        return new Matching(pairs, leftOld, leftNew);
    }

    private static void pairBy(List<ComparedPlan> olds, List<ComparedPlan> news, List<Match> pairs, String how, boolean sql) {
        Map<String, List<ComparedPlan>> byKey = new LinkedHashMap<>();
        for (ComparedPlan n : news) {
            String k = key(n.description(), sql);
            if (k != null) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
        }
        for (ComparedPlan o : new ArrayList<>(olds)) {
            String k = key(o.description(), sql);
            List<ComparedPlan> candidates = k == null ? null : byKey.get(k);
            if (candidates == null || candidates.isEmpty()) continue;
            ComparedPlan n = candidates.remove(0);
            pairs.add(new Match(o, n, how));
            olds.remove(o);
            news.remove(n);
        }
    }

    private static String key(String description, boolean sql) {
        if (description == null || description.isBlank()) return null;
        if (!sql) return collapse(description);
        return looksLikeSql(description) ? normalisedSql(description) : null;
    }

    static boolean looksLikeSql(String s) {
        String t = s.trim();
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) i++;
        return SQL_STARTS.contains(t.substring(0, i).toUpperCase(Locale.ROOT));
    }

    /** SQL with literals as '?', words upper-cased (Spark identifiers are case-insensitive), comments and layout gone. */
    public static String normalisedSql(String sql) {
        StringBuilder sb = new StringBuilder();
        for (SqlToken t : new SqlLexer(Dialect.SPARK).tokenize(sql)) {
            if (t.isComment()) continue;
            String text;
            switch (t.kind()) {
                case NUMBER: case STRING: text = "?"; break;
                case WORD: text = t.text(sql).toUpperCase(Locale.ROOT); break;
                default: text = t.text(sql);
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(text);
        }
        // "IN (?, ?, ?)" and "IN (?)" are the same query with another parameter count
        String s = sb.toString();
        String prev;
        do {
            prev = s;
            s = s.replace("? , ?", "?");
        } while (!s.equals(prev));
        return s;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w);
        }
        return sb.toString();
    }
}
