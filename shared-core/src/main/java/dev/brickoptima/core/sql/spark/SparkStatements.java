package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

/**
 * Spark statement forms JSqlParser lacks, read as the query or expression they carry so rules still see it:
 * {@code DECLARE v INT DEFAULT expr} and {@code SET VAR v = expr} as {@code SELECT expr} (the keyword overwritten
 * by a same-length {@code SELECT}), a SQL function's {@code RETURN expr} as {@code SELECT expr}, a
 * {@code RETURN query} or {@code CACHE TABLE t AS query} as the query, {@code INSERT ... REPLACE WHERE cond query}
 * and {@code INSERT OVERWRITE DIRECTORY ... query} as the insert of the query, and a top-level
 * {@code VALUES ... AS t(c)} without its alias.
 */
final class SparkStatements {
    private SparkStatements() {
    }

    /** Handles the statement starting at token {@code head}; returns a skip reason or null. */
    static String rewrite(SparkText s, int head) {
        if (s.word(head, "DECLARE")) return declare(s, head);
        if (s.word(head, "SET")) return setVariable(s, head);
        if (s.word(head, "CREATE") && functionKeyword(s, head) > 0) return sqlFunction(s, head, functionKeyword(s, head));
        for (int i = head; i < s.size(); i++) {
            // VALUES as a query of its own: at the start, in parentheses, after AS or a set operator (not FROM VALUES)
            if (s.word(i, "VALUES") && (i == head || s.punct(i - 1, '(') || s.anyWord(i - 1, "AS", "UNION", "ALL", "EXCEPT", "INTERSECT", "DISTINCT"))) {
                valuesAlias(s, i);
            }
        }
        if (s.word(head, "INSERT")) {
            replaceWhere(s, head);
            directory(s, head);
        }
        if (s.word(head, "MERGE")) {
            SparkMerge.insertBeforeOtherClauses(s, head);
            SparkMerge.starActions(s, head);
        }
        valuesItemAliases(s, head);
        return null;
    }

    /**
     * Databricks {@code COPY INTO t FROM (SELECT exprs FROM 'path') FILEFORMAT = ...}: the SELECT is analysed, with the
     * path read as an unknown table name. Returns false (a plain command) when no SELECT is given.
     */
    static boolean copyIntoQuery(SparkText s) {
        if (!s.word(1, "INTO")) return false;
        for (int k = 2; k + 1 < s.size(); k++) {
            if (!s.word(k, "FROM")) continue;
            if (!s.punct(k + 1, '(') || !s.word(k + 2, "SELECT")) return false;
            int close = s.matching(k + 1);
            if (close < 0) return false;
            s.blank(s.at(0).start(), s.at(k + 2).start());
            s.blank(s.at(close).start(), s.at(s.size() - 1).end());
            for (int m = k + 3; m + 1 < close; m++) {
                if (s.word(m, "FROM") && s.kind(m + 1, SqlToken.Kind.STRING)) s.hole(s.at(m + 1).start(), s.at(m + 1).end());
            }
            return true;
        }
        return false;
    }

    /** {@code DECLARE [OR REPLACE] [VARIABLE] name [type] [DEFAULT | =] expr}: {@code SELECT expr}. */
    private static String declare(SparkText s, int head) {
        if (s.anyWord(head + 1, "EXIT", "CONTINUE") || s.word(head + 2, "CONDITION") || s.word(head + 2, "HANDLER")) {
            return "Spark scripting declaration";
        }
        int value = topLevel(s, head + 1, true);
        if (value < 0) return "variable declaration";
        s.blank(s.at(head).start(), s.at(value).end());
        s.put(s.at(head).start(), "SELECT ");
        return null;
    }

    /**
     * {@code SET VAR name = expr}, {@code SET VARIABLE (a, b) = (query)} and, in a scripting block, {@code SET name = expr}:
     * {@code SELECT expr}. A configuration {@code SET key=value} is a command (and so is any SET whose value does not
     * parse as an expression: see {@link SparkRewriter#fallback}).
     */
    private static String setVariable(SparkText s, int head) {
        boolean variable = s.word(head + 1, "VAR") || s.word(head + 1, "VARIABLE");
        if (!variable && !(s.kind(head + 1, SqlToken.Kind.WORD) && s.punct(head + 2, '='))) return "SET command";
        int eq = -1;
        int d = 0;
        for (int k = head + 1; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) d--;
            else if (d == 0 && s.punct(k, '=')) {
                eq = k;
                break;
            }
        }
        if (eq < 0) return "SET VARIABLE command";
        s.blank(s.at(head).start(), s.at(eq).end());
        s.put(s.at(head).start(), "SELECT");
        return null;
    }

    /** Index of the DEFAULT word or {@code =} at parenthesis depth 0 from {@code from}, or -1. */
    private static int topLevel(SparkText s, int from, boolean defaultWord) {
        int d = 0;
        for (int k = from; k < s.size(); k++) {
            if (s.punct(k, '(') || s.punct(k, '<')) d++;
            else if (s.punct(k, ')') || s.punct(k, '>')) d--;
            else if (d == 0 && (s.punct(k, '=') || (defaultWord && s.word(k, "DEFAULT")))) return k;
        }
        return -1;
    }

    /** Index of FUNCTION in {@code CREATE [OR REPLACE] [TEMPORARY] FUNCTION}, or -1. */
    private static int functionKeyword(SparkText s, int head) {
        for (int k = head + 1; k < s.size() && k <= head + 4; k++) {
            if (s.word(k, "FUNCTION")) return k;
            if (!s.anyWord(k, "OR", "REPLACE", "TEMPORARY", "TEMP")) return -1;
        }
        return -1;
    }

    /**
     * A SQL function {@code CREATE FUNCTION f(x INT) RETURNS INT ... RETURN body}: the body is analysed, an
     * expression as {@code SELECT expr} (RETURN and SELECT have the same length), a query as itself.
     * A function without RETURN (a JVM class or Python body) is a command.
     */
    private static String sqlFunction(SparkText s, int head, int fn) {
        int d = 0;
        for (int k = fn + 1; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) d--;
            // LANGUAGE PYTHON AS $$ ... $$: the body is not SQL, and a Python 'return' is not its RETURN
            else if (d == 0 && s.word(k, "LANGUAGE") && !s.word(k + 1, "SQL")) break;
            else if (d == 0 && s.word(k, "RETURN") && k + 1 < s.size()) {
                boolean query = startsQuery(s, k + 1);
                s.blank(s.at(head).start(), s.at(k).end());
                if (!query) s.put(s.at(k).start(), "SELECT");
                return null;
            }
        }
        return "Spark CREATE FUNCTION command";
    }

    /** Whether a query starts at token {@code i}. */
    static boolean startsQuery(SparkText s, int i) {
        if (s.anyWord(i, "SELECT", "WITH", "VALUES", "FROM", "TABLE")) return true;
        int k = i;
        while (s.punct(k, '(')) k++;
        return k > i && s.anyWord(k, "SELECT", "WITH", "VALUES", "FROM", "TABLE");
    }

    /** {@code VALUES (1, 2) [AS] t(a, b)} as a query of its own (not a FROM item): the alias is blanked. */
    private static void valuesAlias(SparkText s, int head) {
        int d = 0;
        for (int k = head + 1; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) {
                if (--d < 0) return;
            } else if (s.punct(k, ';')) {
                return;
            } else if (d == 0 && (s.word(k, "AS") || (s.kind(k, SqlToken.Kind.WORD) && !s.punct(k - 1, ',') && !s.anyWord(k, "ORDER", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "OFFSET")
                    && (s.punct(k - 1, ')') || isPlainValue(s, k - 1))))) {
                int end = k;
                if (s.word(k, "AS") && s.punct(k + 1, '(')) end = Math.max(k, s.matching(k + 1));
                else if (s.word(k, "AS")) end = k + 1;
                if (s.punct(end + 1, '(') && !s.punct(end, ')')) end = Math.max(end, s.matching(end + 1));
                s.blankTokens(k, end);
                return;
            }
        }
    }

    private static boolean isPlainValue(SparkText s, int i) {
        return s.kind(i, SqlToken.Kind.NUMBER) || s.kind(i, SqlToken.Kind.STRING);
    }

    /** {@code VALUES (1 AS id, 'a' AS name)}: Spark names inline-table columns; the names are blanked. */
    private static void valuesItemAliases(SparkText s, int head) {
        for (int i = head; i < s.size(); i++) {
            if (!s.word(i, "VALUES")) continue;
            int k = i + 1;
            while (s.punct(k, '(')) {
                int close = s.matching(k);
                if (close < 0) return;
                int d = 0;
                for (int m = k + 1; m < close; m++) {
                    if (s.punct(m, '(')) d++;
                    else if (s.punct(m, ')')) d--;
                    else if (d == 0 && s.word(m, "AS") && (s.kind(m + 1, SqlToken.Kind.WORD) || s.kind(m + 1, SqlToken.Kind.QUOTED_IDENTIFIER))
                            && (s.punct(m + 2, ',') || m + 2 == close)) {
                        s.blankTokens(m, m + 1);
                    }
                }
                if (!s.punct(close + 1, ',')) break;
                k = close + 2;
            }
        }
    }

    /**
     * {@code INSERT OVERWRITE [LOCAL] DIRECTORY ['path'] [USING fmt] [OPTIONS (...)] [ROW FORMAT ...] [STORED AS fmt]
     * query} (Spark and Hive): the insert of the query into an unknown table, so the query is analysed. A directory has
     * no columns to name (insert-without-column-list knows), and the query is a write, not a result to sort.
     */
    private static void directory(SparkText s, int head) {
        int overwrite = head + 1;
        if (!s.word(overwrite, "OVERWRITE")) return;
        int dir = s.word(overwrite + 1, "LOCAL") ? overwrite + 2 : overwrite + 1;
        if (!s.word(dir, "DIRECTORY")) return;
        for (int m = dir + 1; m < s.size(); m++) {
            if (startsQuery(s, m) && !s.word(m, "TABLE")) {
                s.blank(s.at(overwrite).start(), s.at(m).start());
                s.put(s.at(overwrite).start(), "INTO");
                s.hole(s.at(dir).start(), s.at(dir).end());
                return;
            }
            if (s.punct(m, '(')) {
                int close = s.matching(m);
                if (close < 0) return;
                m = close;
            }
        }
    }

    /** Databricks {@code INSERT INTO t REPLACE WHERE cond query} / {@code REPLACE USING (cols) query}: the insert of the query. */
    private static void replaceWhere(SparkText s, int head) {
        for (int k = head + 1; k < s.size(); k++) {
            if (!s.word(k, "REPLACE") || !(s.word(k + 1, "WHERE") || s.word(k + 1, "USING") || s.word(k + 1, "ON"))) continue;
            int d = 0;
            for (int m = k + 2; m < s.size(); m++) {
                if (s.punct(m, '(')) d++;
                else if (s.punct(m, ')')) d--;
                if (d == 0 && m > k + 2 && startsQuery(s, m) && !s.punct(m - 1, '(') && !isComparison(s, m - 1)) {
                    s.blank(s.at(k).start(), s.at(m).start());
                    return;
                }
            }
            return;
        }
    }

    private static boolean isComparison(SparkText s, int i) {
        return s.punct(i, '=') || s.punct(i, '<') || s.punct(i, '>') || s.anyWord(i, "IN", "EXISTS", "AND", "OR", "NOT");
    }
}
