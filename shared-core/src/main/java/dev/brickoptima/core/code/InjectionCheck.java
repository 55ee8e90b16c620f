package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL injection in code: a non-constant string concatenated into SQL that a sink runs. Hosts resolve the
 * operands of the SQL argument into {@link SqlPart}s (literals, resolved constants, holes) and ask
 * {@link #riskyHoles}; {@link #rewrite} says whether the holes can become bind parameters and how.
 */
public final class InjectionCheck {
    public static final RuleMetadata METADATA = RuleMetadata.rule("sql-injection")
        .title("SQL built from a non-constant string")
        .category(Category.SECURITY).severity(Severity.ERROR)
        .rationale("A value concatenated into SQL text becomes part of the statement: a value holding a quote changes "
            + "what the statement does (SQL injection), and every distinct value is a new statement for the database to "
            + "parse and plan. Pass the value as a bind parameter instead. Numbers, booleans and enum values cannot carry "
            + "a quote and are not reported.")
        .bad("stmt.executeQuery(\"SELECT id FROM users WHERE name = '\" + name + \"'\")")
        .good("PreparedStatement ps = conn.prepareStatement(\"SELECT id FROM users WHERE name = ?\"); ps.setString(1, name)")
        .build();

    private InjectionCheck() {
    }

    /**
     * Indexes (into {@code parts}) of holes that make the SQL given to {@code sink} an injection risk; empty if none.
     * With {@code atStart}, the parts start the statement, and a hole there is SQL text handed on
     * ({@code sql + " LIMIT 10"}): injection is a value spliced into SQL text, not SQL text passed through.
     */
    public static List<Integer> riskyHoles(SqlSink sink, List<SqlPart> parts, boolean atStart) {
        List<Integer> out = new ArrayList<>();
        if (sink == null || !sink.injectable()) return out;
        for (int i = 0; i < parts.size(); i++) {
            if (i == 0 && atStart) continue;
            if (parts.get(i).isHole() && !parts.get(i).safe() && !derivedTable(parts, i)) out.add(i);
        }
        return out;
    }

    /**
     * A hole that is a whole derived table, {@code FROM (" + sql + ") t}: SQL text handed on inside another statement
     * (counting or paging a query), not a value.
     */
    private static boolean derivedTable(List<SqlPart> parts, int i) {
        if (i == 0 || i + 1 >= parts.size() || parts.get(i - 1).isHole() || parts.get(i + 1).isHole()) return false;
        if (!parts.get(i + 1).literal().stripLeading().startsWith(")")) return false;
        String before = parts.get(i - 1).literal().stripTrailing();
        if (!before.endsWith("(")) return false;
        List<SqlToken> tokens = new SqlLexer(Dialect.ANSI).tokenize(before);
        if (tokens.size() < 2) return false;
        SqlToken keyword = tokens.get(tokens.size() - 2);
        return keyword.isWord(before, "FROM") || keyword.isWord(before, "JOIN");
    }

    /** The finding's one-line message for hole {@code expression} passed to {@code sink}. */
    public static String message(SqlSink sink, String expression) {
        String what = sink.owner().substring(sink.owner().lastIndexOf('.') + 1) + "." + sink.member();
        String verb = sink.executes() ? "runs" : sink.use() == SqlSink.Use.PREPARES ? "prepares" : "embeds";
        return "SQL injection risk: '" + abbreviate(expression) + "' is concatenated into SQL that " + what + " " + verb
            + "; pass it as a bind parameter";
    }

    /** The message for a MyBatis {@code ${x}} substitution, which pastes the value into the SQL text. */
    public static String myBatisMessage(String placeholder) {
        String bind = placeholder.startsWith("$") ? "#" + placeholder.substring(1) : placeholder;
        return "SQL injection risk: " + placeholder + " pastes the value into the SQL text; bind it with " + bind;
    }

    /**
     * Rewrites the SQL so every hole in a value position becomes a placeholder ({@code ?}, or {@code ?1, ?2...}
     * when {@code numbered}), with the holes in parameter order. Quotes around a hole ({@code name = '" + n + "'})
     * are dropped, and text inside them ({@code LIKE '%" + s + "%'}) moves into the parameter. Safe holes not in a
     * value position stay concatenated. Returns null when an unsafe hole is not in a value position (a column or
     * table name), or the text already has placeholders a rewrite would have to interleave with.
     */
    public static PreparedRewrite rewrite(List<SqlPart> parts, boolean numbered) {
        SqlLexer lexer = new SqlLexer(Dialect.ANSI);
        List<SqlPart> out = new ArrayList<>();
        List<PreparedRewrite.Param> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(); // the rewritten SQL so far, kept holes as "__"
        int existing = countPlaceholders(lexer, parts);
        if (existing > 0 && numbered) return null;
        int nextLiteralSkip = 0; // chars of the next literal consumed by a closing quote
        for (int i = 0; i < parts.size(); i++) {
            SqlPart p = parts.get(i);
            if (p.isConstant()) {
                // a named constant stays named; a closing quote cannot be taken out of it
                if (nextLiteralSkip > 0) return null;
                out.add(p);
                sql.append(p.literal());
                continue;
            }
            if (!p.isHole()) {
                String lit = p.literal().substring(Math.min(nextLiteralSkip, p.literal().length()));
                nextLiteralSkip = 0;
                appendLiteral(out, lit);
                sql.append(lit);
                continue;
            }
            String next = i + 1 < parts.size() && !parts.get(i + 1).isHole() ? parts.get(i + 1).literal() : null;
            boolean last = i + 1 == parts.size();
            int quoteStart = openQuote(sql);
            if (quoteStart >= 0 || valuePosition(lexer, sql.toString()) && (last || endsValue(next))) {
                // new parameters are appended after existing ones, so none may come before an existing placeholder
                if (countPlaceholders(lexer, List.of(SqlPart.literal(sql.toString()))) - params.size() < existing) return null;
            }
            if (quoteStart >= 0) {
                // inside a SQL string: the string '<prefix><hole><suffix>' becomes one parameter
                String prefix = sql.substring(quoteStart + 1);
                int close = next == null ? -1 : next.indexOf('\'');
                if (close < 0 || (close + 1 < next.length() && next.charAt(close + 1) == '\'')) return null;
                String suffix = next.substring(0, close);
                if (prefix.indexOf('\\') >= 0 || suffix.indexOf('\\') >= 0) return null;
                // the opening quote and the prefix must be in the literal right before the hole
                if (!trimLiteralTail(out, sql, sql.length() - quoteStart)) return null;
                String placeholder = placeholder(numbered, existing + params.size());
                appendLiteral(out, placeholder);
                sql.append(placeholder);
                params.add(new PreparedRewrite.Param(i, p.expression(), prefix.replace("''", "'"), suffix.replace("''", "'"), existing + params.size()));
                nextLiteralSkip = close + 1;
                continue;
            }
            if (valuePosition(lexer, sql.toString()) && (last || endsValue(next))) {
                String placeholder = placeholder(numbered, existing + params.size());
                appendLiteral(out, placeholder);
                sql.append(placeholder);
                params.add(new PreparedRewrite.Param(i, p.expression(), "", "", existing + params.size()));
                continue;
            }
            if (!p.safe()) return null;
            out.add(p);
            sql.append("__");
        }
        return new PreparedRewrite(out, params, existing);
    }

    private static String placeholder(boolean numbered, int index) {
        return numbered ? "?" + (index + 1) : "?";
    }

    private static void appendLiteral(List<SqlPart> out, String text) {
        if (text.isEmpty()) return;
        if (!out.isEmpty() && !out.get(out.size() - 1).isHole() && !out.get(out.size() - 1).isConstant()) {
            out.set(out.size() - 1, SqlPart.literal(out.get(out.size() - 1).literal() + text));
        } else out.add(SqlPart.literal(text));
    }

    /** Removes the last {@code n} chars of SQL text (the opening quote and the prefix) from the output. */
    private static boolean trimLiteralTail(List<SqlPart> out, StringBuilder sql, int n) {
        SqlPart last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last == null || last.isHole() || last.isConstant() || last.literal().length() < n) return false;
        sql.setLength(sql.length() - n);
        out.set(out.size() - 1, SqlPart.literal(last.literal().substring(0, last.literal().length() - n)));
        if (out.get(out.size() - 1).literal().isEmpty()) out.remove(out.size() - 1);
        return true;
    }

    /** Start of an unterminated single-quoted string at the end of {@code sql}, or -1. */
    private static int openQuote(CharSequence sql) {
        int open = -1;
        boolean lineComment = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (lineComment) {
                if (c == '\n') lineComment = false;
                continue;
            }
            if (open >= 0) {
                if (c == '\'') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') i++;
                    else open = -1;
                }
            } else if (c == '\'') open = i;
            else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') lineComment = true;
        }
        return open;
    }

    /** Whether the SQL so far ends where a value goes: after a comparison, LIKE, LIMIT, or in IN (...) / VALUES (...). */
    private static boolean valuePosition(SqlLexer lexer, String sql) {
        List<SqlToken> tokens = new ArrayList<>();
        for (SqlToken t : lexer.tokenize(sql)) if (!t.isComment()) tokens.add(t);
        if (tokens.isEmpty()) return false;
        SqlToken last = tokens.get(tokens.size() - 1);
        String text = last.text(sql);
        if (last.kind() == SqlToken.Kind.PUNCT) {
            char c = text.charAt(0);
            if (c == '=' || c == '<' || c == '>') return true;
            if (c == '(' || c == ',') return inValueList(sql, tokens);
            return false;
        }
        if (last.kind() != SqlToken.Kind.WORD) return false;
        // not IN: a hole right after IN is the whole list "(1, 2, 3)", which no single bind parameter can stand for
        for (String w : new String[] {"LIKE", "ILIKE", "LIMIT", "OFFSET", "BETWEEN"}) if (last.isWord(sql, w)) return true;
        // BETWEEN x AND <value>
        return last.isWord(sql, "AND") && tokens.size() >= 3 && tokens.get(tokens.size() - 3).isWord(sql, "BETWEEN");
    }

    /** Whether the innermost open parenthesis is an IN list or a VALUES row. */
    private static boolean inValueList(String sql, List<SqlToken> tokens) {
        int depth = 0;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            SqlToken t = tokens.get(k);
            if (t.is(sql, ')')) depth++;
            else if (t.is(sql, '(')) {
                if (depth == 0) {
                    if (k == 0) return false;
                    SqlToken before = tokens.get(k - 1);
                    if (before.isWord(sql, "IN") || before.isWord(sql, "VALUES")) return true;
                    // VALUES (...), (<here>
                    return before.is(sql, ',') && k >= 2 && tokens.get(k - 2).is(sql, ')') && containsValuesBefore(sql, tokens, k);
                }
                depth--;
            }
        }
        return false;
    }

    private static boolean containsValuesBefore(String sql, List<SqlToken> tokens, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (tokens.get(j).isWord(sql, "VALUES")) return true;
            if (tokens.get(j).isWord(sql, "SELECT")) return false;
        }
        return false;
    }

    /** Whether the literal after a hole starts where a value may end (not gluing more characters to it). */
    private static boolean endsValue(String next) {
        if (next == null) return false;
        if (next.isEmpty()) return true;
        char c = next.charAt(0);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\'' || c == '"' || c == '`');
    }

    /** Whether the literal text has named parameters ({@code :name}). */
    static boolean hasNamedParameters(List<SqlPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (SqlPart p : parts) sb.append(p.isHole() ? " __ " : p.literal());
        String s = sb.toString();
        for (SqlToken t : new SqlLexer(Dialect.ANSI).tokenize(s)) if (t.kind() == SqlToken.Kind.PARAMETER && s.charAt(t.start()) == ':') return true;
        return false;
    }

    private static int countPlaceholders(SqlLexer lexer, List<SqlPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (SqlPart p : parts) sb.append(p.isHole() ? " __ " : p.literal());
        String s = sb.toString();
        int n = 0;
        for (SqlToken t : lexer.tokenize(s)) if (t.kind() == SqlToken.Kind.PARAMETER && s.charAt(t.start()) == '?') n++;
        return n;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}
