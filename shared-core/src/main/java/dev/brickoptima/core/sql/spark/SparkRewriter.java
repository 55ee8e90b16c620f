package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

import java.util.List;

/**
 * Makes Spark SQL and Databricks SQL parseable by JSqlParser without changing a single offset: every rewrite
 * replaces text with text of the same length (clauses no rule needs are blanked, words become words of the same
 * length), so each finding points at the user's own text. Statements that are commands rather than SQL with
 * something to analyse (VACUUM, SHOW, DESCRIBE, ...) are recognised and skipped.
 */
public final class SparkRewriter {
    /** What to do with a statement: parse the rewritten buffer (as a statement or an expression) or skip it. */
    public record Result(String skipReason, boolean expression) {
        static final Result PARSE = new Result(null, false);
        static final Result EXPRESSION = new Result(null, true);

        static Result skip(String reason) {
            return new Result(reason, false);
        }
    }

    private SparkRewriter() {
    }

    /** Rewrites {@code buf} (a copy of {@code text}) in place before the first parse. */
    public static Result normalize(char[] buf, String text, List<SqlToken> tokens) {
        nestedComments(buf, text, tokens);
        SparkText s = new SparkText(buf, text, code(tokens));
        if (s.size() == 0) return Result.skip("empty statement");
        String skip = SparkCommands.skipReason(s);
        if (skip != null) return Result.skip(skip);
        if (SparkScripting.isCondition(s)) {
            SparkScripting.condition(s);
            SparkLiterals.rewrite(s);
            SparkNames.rewrite(s);
            return Result.EXPRESSION;
        }
        int head = SparkCommands.queryHead(s);
        if (head < 0) return Result.skip(s.word(0, "EXPLAIN") ? "EXPLAIN command" : "Spark CACHE command");
        SparkLiterals.adjacentStrings(s);
        skip = SparkStatements.rewrite(s, head);
        if (skip != null) return Result.skip(skip);
        SparkLiterals.rewrite(s);
        SparkClauses.rewrite(s, s.anyWord(head, "CREATE", "ALTER", "REPLACE"));
        SparkNames.rewrite(s);
        return Result.PARSE;
    }

    /**
     * After JSqlParser rejected a DDL or permission statement: the query it carries ({@code CREATE ... AS query}) is
     * analysed alone; a statement that carries no query is skipped as a command. Returns null when neither applies
     * (the parse error stands), {@link Result#PARSE} after rewriting {@code buf} for another attempt. {@code text} is
     * the statement as parsed (after {@link #normalize}), {@code original} as written.
     */
    public static Result fallback(char[] buf, String original, String text, List<SqlToken> tokens) {
        SparkText s = new SparkText(buf, text, code(tokens));
        int head = SparkCommands.queryHead(s);
        // SET name = value was parsed as SELECT value (SparkStatements): a value that is no expression is a
        // configuration value (SET key = any text), so the statement is a command. The parsed text says SELECT there.
        if (head >= 0 && s.at(head).isWord(original, "SET")) return Result.skip("SET command");
        if (head < 0 || !s.anyWord(head, "CREATE", "ALTER", "REPLACE", "DROP", "COMMENT", "TRUNCATE", "GRANT", "REVOKE", "DENY", "REPAIR", "LOAD")) {
            return null;
        }
        int d = 0;
        for (int k = head + 1; k < s.size(); k++) {
            if (s.punct(k, '(')) d++;
            else if (s.punct(k, ')')) d--;
            else if (d == 0 && s.word(k, "AS") && SparkStatements.startsQuery(s, k + 1)) {
                s.blank(s.at(head).start(), s.at(k + 1).start());
                return Result.PARSE;
            }
        }
        boolean permission = s.anyWord(head, "GRANT", "REVOKE", "DENY");
        for (int k = head; k < s.size() && !permission; k++) if (s.anyWord(k, "SELECT", "VALUES")) return null;
        StringBuilder kind = new StringBuilder();
        for (int k = head; k < s.size() && k < head + 3 && s.kind(k, SqlToken.Kind.WORD); k++) {
            if (kind.length() > 0) kind.append(' ');
            kind.append(s.tokenText(k).toUpperCase());
        }
        return Result.skip("Spark " + kind + " statement");
    }

    /** A nested bracketed comment ({@code /* a /* b *\/ c *\/}) is blanked: JSqlParser ends it at the first close. */
    private static void nestedComments(char[] buf, String text, List<SqlToken> tokens) {
        for (SqlToken t : tokens) {
            if (t.kind() != SqlToken.Kind.BLOCK_COMMENT) continue;
            int inner = text.indexOf("/*", t.start() + 2);
            if (inner >= 0 && inner < t.end()) {
                for (int i = t.start(); i < t.end(); i++) if (buf[i] != '\n' && buf[i] != '\r') buf[i] = ' ';
            }
        }
    }

    private static List<SqlToken> code(List<SqlToken> tokens) {
        boolean comments = false;
        for (SqlToken t : tokens) {
            if (t.isComment()) {
                comments = true;
                break;
            }
        }
        if (!comments) return tokens;
        List<SqlToken> out = new java.util.ArrayList<>(tokens.size());
        for (SqlToken t : tokens) if (!t.isComment()) out.add(t);
        return out;
    }
}
