package dev.brickoptima.core.sql;

import java.util.List;

/**
 * Spark SQL (and Databricks SQL) syntax that JSqlParser does not accept, rewritten in place so every
 * offset stays exact: clauses that change no analysis result are blanked with spaces, words are replaced
 * by words of the same length. Rules therefore report positions in the user's own text.
 */
final class SparkSyntax {
    /** Statements that are Spark commands, not queries: nothing to analyse. */
    private static final String[] COMMANDS = {
        "UNCACHE", "REFRESH", "MSCK", "OPTIMIZE", "VACUUM", "ANALYZE", "ADD", "LIST", "RESET", "CLEAR",
        "FSCK", "CONVERT", "RESTORE", "COPY", "GENERATE", "SYNC", "DESC", "DESCRIBE", "SHOW", "USE", "SET"
    };

    private SparkSyntax() {
    }

    /** Returns a skip reason, or null after rewriting {@code buf} in place. */
    static String normalize(char[] buf, String text, List<SqlToken> tokens) {
        if (tokens.isEmpty()) return "empty statement";
        SqlToken first = tokens.get(0);
        for (String c : COMMANDS) {
            if (first.isWord(text, c)) {
                if ((c.equals("SET") || c.equals("USE") || c.startsWith("DESC") || c.equals("SHOW"))) return c + " command";
                return "Spark " + c + " command";
            }
        }
        if (first.isWord(text, "CACHE")) {
            // CACHE [LAZY] TABLE t [OPTIONS (...)] AS query: analyse the query
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).isWord(text, "AS") && i + 1 < tokens.size()) {
                    blank(buf, first.start(), tokens.get(i).end());
                    return null;
                }
            }
            return "Spark CACHE command";
        }
        if (first.isWord(text, "EXPLAIN")) {
            int i = 1;
            while (i < tokens.size() && isExplainMode(text, tokens.get(i))) i++;
            if (i >= tokens.size()) return "EXPLAIN command";
            blank(buf, first.start(), tokens.get(i).start());
        }
        if (first.isWord(text, "MERGE")) mergeStarActions(buf, text, tokens);
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(text, '(')) depth++;
            else if (t.is(text, ')')) depth--;
            else if (t.kind() == SqlToken.Kind.WORD && i + 1 < tokens.size() && tokens.get(i + 1).isWord(text, "BY")
                    && (t.isWord(text, "DISTRIBUTE") || t.isWord(text, "SORT") || (t.isWord(text, "CLUSTER") && i > 0 && !isDdlContext(text, tokens)))) {
                int end = clauseEnd(text, tokens, i + 2, depth);
                blank(buf, t.start(), end);
            } else if (t.isWord(text, "BY") && i + 1 < tokens.size() && tokens.get(i + 1).isWord(text, "NAME")
                    && first.isWord(text, "INSERT")) {
                // INSERT INTO t BY NAME SELECT ...: matching by name changes no rule here
                blank(buf, t.start(), tokens.get(i + 1).end());
            } else if (t.isWord(text, "ANTI") && i + 1 < tokens.size() && tokens.get(i + 1).isWord(text, "JOIN")) {
                // LEFT ANTI JOIN: same join shape as SEMI for every rule here
                "SEMI".getChars(0, 4, buf, t.start());
            } else if (t.isWord(text, "TABLESAMPLE") && i + 1 < tokens.size() && tokens.get(i + 1).is(text, '(')) {
                int close = matching(text, tokens, i + 1);
                blank(buf, t.start(), close >= 0 ? tokens.get(close).end() : t.end());
            } else if (t.is(text, '$') && i + 2 < tokens.size() && tokens.get(i + 1).is(text, '{')) {
                // ${var} substitution: an unknown identifier of the same length
                for (int k = i + 2; k < tokens.size() && k < i + 8; k++) {
                    if (tokens.get(k).is(text, '}')) {
                        SqlTemplate.fillHole(buf, t.start(), tokens.get(k).end());
                        break;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Delta's {@code THEN UPDATE SET *} and {@code THEN INSERT *} (every column) are not JSqlParser syntax. No rule looks
     * inside MERGE actions, so each becomes a same-length {@code DELETE} action (and {@code NOT MATCHED} a
     * {@code MATCHED} clause) that keeps the statement, its target, source and ON condition analysable.
     */
    private static void mergeStarActions(char[] buf, String text, List<SqlToken> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            int starAt = -1;
            if (t.isWord(text, "UPDATE") && i + 2 < tokens.size() && tokens.get(i + 1).isWord(text, "SET") && tokens.get(i + 2).is(text, '*')) {
                starAt = i + 2;
            } else if (t.isWord(text, "INSERT") && tokens.get(i + 1).is(text, '*')) {
                starAt = i + 1;
            }
            if (starAt < 0 || !tokens.get(i - 1).isWord(text, "THEN")) continue;
            blank(buf, t.start(), tokens.get(starAt).end());
            "DELETE".getChars(0, 6, buf, t.start());
            // the WHEN clause this action belongs to: NOT MATCHED [BY TARGET] cannot take DELETE, MATCHED can
            for (int k = i - 1; k >= 1; k--) {
                if (tokens.get(k).isWord(text, "WHEN")) {
                    if (k + 1 < tokens.size() && tokens.get(k + 1).isWord(text, "NOT")) blank(buf, tokens.get(k + 1).start(), tokens.get(k + 1).end());
                    for (int m = k + 2; m < i && m + 1 < tokens.size(); m++) {
                        if (tokens.get(m).isWord(text, "BY") && (tokens.get(m + 1).isWord(text, "TARGET") || tokens.get(m + 1).isWord(text, "SOURCE"))) {
                            blank(buf, tokens.get(m).start(), tokens.get(m + 1).end());
                        }
                    }
                    break;
                }
            }
        }
    }

    private static boolean isExplainMode(String text, SqlToken t) {
        return t.isWord(text, "EXTENDED") || t.isWord(text, "FORMATTED") || t.isWord(text, "CODEGEN")
            || t.isWord(text, "COST") || t.isWord(text, "LOGICAL") || t.isWord(text, "ANALYZE");
    }

    private static boolean isDdlContext(String text, List<SqlToken> tokens) {
        SqlToken f = tokens.get(0);
        return f.isWord(text, "CREATE") || f.isWord(text, "ALTER") || f.isWord(text, "REPLACE");
    }

    /** End offset of a DISTRIBUTE/SORT/CLUSTER BY clause starting at token {@code from}. */
    private static int clauseEnd(String text, List<SqlToken> tokens, int from, int depth) {
        int d = depth;
        int end = from < tokens.size() ? tokens.get(from).start() : tokens.get(tokens.size() - 1).end();
        for (int k = from; k < tokens.size(); k++) {
            SqlToken t = tokens.get(k);
            if (t.is(text, '(')) d++;
            else if (t.is(text, ')')) {
                if (d == depth) return end;
                d--;
            } else if (d == depth && (t.isWord(text, "LIMIT") || t.isWord(text, "UNION") || t.isWord(text, "INTERSECT")
                    || t.isWord(text, "EXCEPT") || t.isWord(text, "SORT") || t.isWord(text, "DISTRIBUTE"))) {
                return end;
            }
            end = t.end();
        }
        return end;
    }

    static int matching(String text, List<SqlToken> tokens, int open) {
        int d = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is(text, '(')) d++;
            else if (tokens.get(k).is(text, ')') && --d == 0) return k;
        }
        return -1;
    }

    static void blank(char[] buf, int start, int end) {
        for (int i = start; i < end && i < buf.length; i++) {
            if (buf[i] != '\n' && buf[i] != '\r') buf[i] = ' ';
        }
    }
}
