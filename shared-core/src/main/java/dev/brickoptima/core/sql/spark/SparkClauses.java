package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

/**
 * Spark clauses JSqlParser lacks, inside any statement, in one pass over the tokens. Clauses that change no rule's
 * result are blanked ({@code DISTRIBUTE BY}, {@code TABLESAMPLE}, {@code WITH CUBE}, a Hive script tail); others are
 * read as the nearest shape JSqlParser knows ({@code LEFT ANTI JOIN} as {@code LEFT SEMI JOIN}, {@code TABLE t |>}
 * as {@code FROM t |>}, a {@code GROUPING SETS} after other grouping expressions as a {@code GROUPING(...)} call).
 */
final class SparkClauses {
    private SparkClauses() {
    }

    static void rewrite(SparkText s, boolean ddl) {
        for (int i = 0; i < s.size(); i++) {
            SqlToken t = s.at(i);
            if (t.kind() == SqlToken.Kind.PUNCT) {
                if (s.punct(i, '(')) {
                    rowAliases(s, i);
                } else if (s.punct(i, '$') && s.punct(i + 1, '{')) {
                    variable(s, i);
                }
                continue;
            }
            if (t.kind() != SqlToken.Kind.WORD || !s.live(i)) continue;
            if (s.word(i + 1, "BY") && (s.word(i, "DISTRIBUTE") || s.word(i, "SORT") || (s.word(i, "CLUSTER") && i > 0 && !ddl))) {
                s.blank(t.start(), clauseEnd(s, i + 2));
                // |> DISTRIBUTE BY x: the whole pipe step goes
                if (s.punct(i - 1, '>') && s.punct(i - 2, '|') && s.adjacent(i - 1)) s.blankTokens(i - 2, i - 1);
            } else if (s.word(i, "BY") && s.word(i + 1, "NAME") && s.word(0, "INSERT")) {
                // INSERT INTO t BY NAME SELECT ...: matching by name changes no rule here
                s.blankTokens(i, i + 1);
            } else if (s.word(i, "ANTI") && s.word(i + 1, "JOIN")) {
                // LEFT ANTI JOIN: the same join shape as SEMI for every rule here
                s.replaceToken(i, "SEMI");
            } else if (s.word(i, "TABLESAMPLE") && s.punct(i + 1, '(')) {
                int close = s.matching(i + 1);
                // |> TABLESAMPLE (...): the whole pipe step goes
                if (s.punct(i - 1, '>') && s.punct(i - 2, '|') && s.adjacent(i - 1)) s.blankTokens(i - 2, i - 1);
                int end = close >= 0 ? close : i;
                // TABLESAMPLE (BUCKET 1 OUT OF 4 ON x) and TABLESAMPLE (10 ROWS) REPEATABLE (1)
                if (s.word(end + 1, "REPEATABLE") && s.punct(end + 2, '(')) end = Math.max(end, s.matching(end + 2));
                s.blankTokens(i, end);
            } else if (s.word(i, "WITH") && s.word(i + 1, "CUBE")) {
                // GROUP BY a, b WITH CUBE: the grouped columns are the same for every rule
                s.blankTokens(i, i + 1);
            } else if (s.word(i, "GROUPING") && s.word(i + 1, "SETS") && s.punct(i + 2, '(') && !s.word(i - 1, "BY")) {
                if (s.punct(i - 1, ',')) groupingSetsCall(s, i);
                else if (!s.punct(i - 1, '(')) hiveGroupingSets(s, i);
            } else if (s.word(i, "OVER") && s.punct(i + 1, '(') && s.kind(i + 2, SqlToken.Kind.WORD) && s.punct(i + 3, ')')
                    && !s.anyWord(i + 2, "PARTITION", "ORDER", "ROWS", "RANGE")) {
                // OVER (w): a named window in parentheses
                s.blankTokens(i + 1, i + 1);
                s.blankTokens(i + 3, i + 3);
            } else if (s.word(i, "WINDOW") && s.kind(i + 1, SqlToken.Kind.WORD) && s.word(i + 2, "AS") && inPipeSelect(s, i)) {
                // |> SELECT ... WINDOW w AS (...): JSqlParser takes WINDOW only as a pipe step of its own
                i = pipeWindow(s, i);
            } else if (s.word(i, "UNPIVOT") && s.anyWord(i + 1, "INCLUDE", "EXCLUDE") && s.word(i + 2, "NULLS") && s.punct(i - 1, '>')) {
                s.blankTokens(i + 1, i + 2);
            } else if (s.word(i, "STREAM") && s.anyWord(i - 1, "FROM", "JOIN") && (s.kind(i + 1, SqlToken.Kind.WORD) || s.kind(i + 1, SqlToken.Kind.QUOTED_IDENTIFIER))) {
                // Lakeflow / DLT: FROM STREAM read_files(...) or FROM STREAM events reads the source incrementally
                s.blankTokens(i, i);
            } else if (s.word(i, "MAX") && s.word(i + 1, "RECURSION") && s.word(i + 2, "LEVEL")) {
                // WITH RECURSIVE r MAX RECURSION LEVEL 100 AS (...): a limit no rule reads
                s.blankTokens(i, s.kind(i + 3, SqlToken.Kind.NUMBER) ? i + 3 : i + 2);
            } else if (s.word(i, "TABLE") && s.punct(i + 1, '(') && (s.punct(i - 1, '(') || s.punct(i - 1, ','))) {
                i = tableArgument(s, i);
            } else if (s.word(i, "COLLATE") && s.kind(i + 1, SqlToken.Kind.WORD) && s.punct(i + 2, ')') && castTypeBefore(s, i)) {
                // CAST(x AS STRING COLLATE UTF8_LCASE): JSqlParser takes no collation in a type
                s.blankTokens(i, i + 1);
            } else if (s.word(i, "TABLE") && startsQuery(s, i - 1) && isName(s, i + 1) && pipeAfterName(s, i + 1)) {
                // TABLE t |> ... (a pipe source): FROM t |> ..., which JSqlParser reads; TABLE t alone it reads itself
                s.replaceToken(i, "FROM");
            } else if (s.word(i, "WITHIN") && s.word(i + 1, "GROUP") && s.punct(i + 2, '(') && s.word(s.matching(i + 2) + 1, "OVER")) {
                // percentile_cont(0.5) WITHIN GROUP (ORDER BY x) OVER w: JSqlParser takes only OVER (PARTITION BY ...)
                // after WITHIN GROUP; the ordering changes no rule, the window stays
                int close = s.matching(i + 2);
                s.blankTokens(i, close);
                i = close;
            } else if (s.word(i, "FILTER") && s.punct(i + 1, '(') && s.word(i + 2, "WHERE") && s.punct(i - 1, ')') && withinGroupBefore(s, i - 1)) {
                // percentile_cont(...) WITHIN GROUP (ORDER BY x) FILTER (WHERE ...): JSqlParser takes no FILTER there
                int close = s.matching(i + 1);
                if (close > 0) s.blankTokens(i, close);
            } else if ((s.word(i, "APPROX") || s.word(i, "EXACT")) && s.word(i + 1, "NEAREST")) {
                nearestJoin(s, i);
            } else if (s.anyWord(i, "TRANSFORM", "MAP", "REDUCE") && s.punct(i + 1, '(') && (s.word(i - 1, "SELECT") || s.punct(i - 1, '/'))) {
                i = hiveTransform(s, i);
            }
        }
    }

    /**
     * Spark names the fields of a parenthesised row: {@code aggregate(xs, (0 AS sum, 0 AS n), ...)},
     * {@code (a2 AS a, b2 AS b)}. The names are blanked; the row stays. Subqueries, CAST and PIVOT lists keep theirs.
     */
    private static void rowAliases(SparkText s, int open) {
        if (s.anyWord(open + 1, "SELECT", "WITH", "VALUES", "FROM", "TABLE") || s.punct(open + 1, '(')
                || s.anyWord(open - 1, "CAST", "TRY_CAST", "PIVOT", "UNPIVOT", "IN", "STRUCT", "NAMED_STRUCT", "AS", "NULLS")) {
            return;
        }
        int close = s.matching(open);
        if (close < 0) return;
        int d = 0;
        boolean row = false;
        for (int k = open + 1; k < close; k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) d--;
            else if (d == 0 && s.punct(k, ',')) row = true;
        }
        if (!row) return;
        d = 0;
        for (int k = open + 1; k < close; k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) d--;
            else if (d == 0 && s.word(k, "AS") && (s.kind(k + 1, SqlToken.Kind.WORD) || s.kind(k + 1, SqlToken.Kind.QUOTED_IDENTIFIER))
                    && (s.punct(k + 2, ',') || k + 2 == close)) {
                s.blankTokens(k, k + 1);
            }
        }
    }

    /** {@code ${var}} substitution: an unknown identifier of the same length. */
    private static void variable(SparkText s, int i) {
        for (int k = i + 2; k < s.size() && k < i + 8; k++) {
            if (s.punct(k, '}')) {
                s.hole(s.at(i).start(), s.at(k).end());
                return;
            }
        }
    }

    /**
     * End offset of a DISTRIBUTE/SORT/CLUSTER BY clause starting at token {@code from}: the clause ends at the first
     * clause keyword, pipe or {@code ;} outside the parentheses it opens, or at the {@code )} that closes its query.
     */
    private static int clauseEnd(SparkText s, int from) {
        int d = 0;
        int end = from < s.size() ? s.at(from).start() : s.at(s.size() - 1).end();
        for (int k = from; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) {
                if (d == 0) return end;
                d--;
            } else if (d == 0 && (s.anyWord(k, "LIMIT", "UNION", "INTERSECT", "EXCEPT", "SORT", "DISTRIBUTE", "WINDOW", "OFFSET")
                    || s.punct(k, '|') || s.punct(k, ';'))) {
                return end;
            }
            end = s.at(k).end();
        }
        return end;
    }

    /**
     * {@code GROUP BY a, GROUPING SETS ((a, b), ())}: JSqlParser takes GROUPING SETS only as the whole GROUP BY.
     * Read as a {@code GROUPING(...)} call over the same columns, the empty set {@code ()} as an unknown name.
     */
    private static void groupingSetsCall(SparkText s, int i) {
        int close = s.matching(i + 2);
        if (close < 0) return;
        s.blankTokens(i + 1, i + 1);
        for (int k = i + 3; k < close; k++) {
            if (s.word(k, "GROUPING") && s.word(k + 1, "SETS")) s.blankTokens(k + 1, k + 1);
            if (s.punct(k, '(') && s.punct(k + 1, ')') && s.adjacent(k + 1)) s.hole(s.at(k).start(), s.at(k + 1).end());
        }
    }

    /**
     * Hive's {@code GROUP BY a, b GROUPING SETS ((a), (b))}: the list before the sets names every grouped column
     * (a column outside a set is null in that set's rows), so the sets are blanked and rules see {@code GROUP BY a, b}.
     */
    private static void hiveGroupingSets(SparkText s, int i) {
        int close = s.matching(i + 2);
        if (close > 0) s.blankTokens(i, close);
    }

    /**
     * A table argument of a table function, {@code f(TABLE(t) PARTITION BY a ORDER BY b)} or {@code WITH SINGLE
     * PARTITION}: the partitioning is blanked. Returns the last token handled.
     */
    private static int tableArgument(SparkText s, int i) {
        int close = s.matching(i + 1);
        if (close < 0) return i;
        int k = close + 1;
        int end = close;
        while (k < s.size() && !s.punct(k, ',') && !s.punct(k, ')')) {
            if (s.punct(k, '(')) k = Math.max(k, s.matching(k));
            end = k;
            k++;
        }
        if (end > close) s.blankTokens(close + 1, end);
        return end;
    }

    /** Whether {@code i} follows a pipe {@code |> SELECT} or {@code |> EXTEND} step at the same depth. */
    private static boolean inPipeSelect(SparkText s, int i) {
        int d = 0;
        for (int k = i - 1; k > 0; k--) {
            if (s.punct(k, ')')) d++;
            else if (s.punct(k, '(') && --d < 0) return false;
            else if (d == 0 && s.punct(k, '>') && s.punct(k - 1, '|')) return s.anyWord(k + 1, "SELECT", "EXTEND");
        }
        return false;
    }

    /** Blanks {@code WINDOW w AS (...) [, w2 AS (...)]}; returns the last token blanked. */
    private static int pipeWindow(SparkText s, int i) {
        int k = i;
        int end = i;
        while (s.kind(k + 1, SqlToken.Kind.WORD) && s.word(k + 2, "AS") && s.punct(k + 3, '(')) {
            end = s.matching(k + 3);
            if (end < 0) return i;
            if (!s.punct(end + 1, ',')) break;
            k = end + 1;
        }
        s.blankTokens(i, end);
        return end;
    }

    /** Whether the COLLATE at {@code i} sits in the type of a CAST: {@code CAST(x AS STRING COLLATE c)}. */
    private static boolean castTypeBefore(SparkText s, int i) {
        return s.word(i - 2, "AS") && s.kind(i - 1, SqlToken.Kind.WORD);
    }

    /** Whether a query may start after token {@code prev}: statement start, {@code (}, a set operator, {@code AS (}. */
    private static boolean startsQuery(SparkText s, int prev) {
        return prev < 0 || s.punct(prev, '(') || s.anyWord(prev, "UNION", "EXCEPT", "INTERSECT", "MINUS", "ALL", "DISTINCT");
    }

    /** Whether a (qualified) name starting at {@code i} is followed by the pipe operator {@code |>}. */
    private static boolean pipeAfterName(SparkText s, int i) {
        int k = i + 1;
        while (s.punct(k, '.') && isName(s, k + 1)) k += 2;
        return s.punct(k, '|') && s.punct(k + 1, '>') && s.adjacent(k + 1);
    }

    private static boolean isName(SparkText s, int i) {
        return s.kind(i, SqlToken.Kind.WORD) || s.kind(i, SqlToken.Kind.QUOTED_IDENTIFIER);
    }

    /** True when the {@code )} at {@code close} ends {@code WITHIN GROUP (...)}. */
    private static boolean withinGroupBefore(SparkText s, int close) {
        int open = s.matchingOpen(close);
        return open > 1 && s.word(open - 1, "GROUP") && s.word(open - 2, "WITHIN");
    }

    /**
     * Spark 4.2's nearest-neighbour join {@code JOIN p APPROX NEAREST k BY SIMILARITY expr}: read as
     * {@code JOIN p ON expr}, a join on an expression (what it is: a non-equi join).
     */
    private static void nearestJoin(SparkText s, int i) {
        int k = i + 2;
        if (s.kind(k, SqlToken.Kind.NUMBER)) k++;
        if (!s.word(k, "BY") || !(s.word(k + 1, "SIMILARITY") || s.word(k + 1, "DISTANCE"))) return;
        s.blankTokens(i, k + 1);
        s.put(s.at(i).start(), "ON");
    }

    /**
     * Hive {@code SELECT TRANSFORM (a, b) [ROW FORMAT ...] USING 'script' [AS (x, y)] [ROW FORMAT ...]} (also
     * {@code MAP} and {@code REDUCE}): the call over the input columns stays, the script tail up to FROM is blanked.
     * Returns the last token handled; nothing changes unless a {@code USING 'script'} follows.
     */
    private static int hiveTransform(SparkText s, int i) {
        int close = s.matching(i + 1);
        if (close < 0) return i;
        int d = 0;
        int end = -1;
        boolean using = false;
        for (int k = close + 1; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) {
                if (d == 0) break;
                d--;
            } else if (d == 0 && (s.anyWord(k, "FROM", "WHERE", "GROUP", "ORDER", "LIMIT", "UNION", "CLUSTER", "DISTRIBUTE", "SORT") || s.punct(k, ';'))) {
                break;
            }
            if (s.word(k, "USING") && s.kind(k + 1, SqlToken.Kind.STRING)) using = true;
            end = k;
        }
        if (!using || end < 0) return i;
        if (!s.word(i, "TRANSFORM")) s.replaceToken(i, s.word(i, "MAP") ? "ma_" : "reduc_");
        s.blankTokens(close + 1, end);
        return end;
    }

}
