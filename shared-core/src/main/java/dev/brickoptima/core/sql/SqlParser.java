package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.rule.Deadline;
import dev.brickoptima.core.sql.spark.SparkRewriter;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one statement with JSqlParser's {@code CCJSqlParser} (never {@code CCJSqlParserUtil}, which needs
 * threads). Dialect syntax JSqlParser lacks is rewritten in place first ({@link SparkRewriter}); on some known
 * failures a same-length rewrite is tried and the statement parsed again. A condition cut out of a Spark
 * scripting block ({@code IF cond}) is parsed as an expression and handed to rules as {@code SELECT cond}.
 */
public final class SqlParser {
    private static final int MAX_RETRIES = 6;
    private final Dialect dialect;
    private final SqlLexer lexer;
    private final ParserWatch watch;

    public SqlParser(Dialect dialect, ParserWatch watch) {
        this.dialect = dialect;
        this.lexer = new SqlLexer(dialect);
        this.watch = watch == null ? ParserWatch.NONE : watch;
    }

    public ParseOutcome parse(String text) {
        return parse(text, Deadline.none());
    }

    /** Parses within the statement's deadline; past it the outcome is a "time budget" failure. */
    public ParseOutcome parse(String text, Deadline deadline) {
        List<SqlToken> tokens = lexer.tokenize(text);
        char[] buf = text.toCharArray();
        boolean expression = false;
        if (dialect.sparkSyntax()) {
            SparkRewriter.Result r = SparkRewriter.normalize(buf, text, tokens);
            if (r.skipReason() != null) return ParseOutcome.skipped(r.skipReason());
            expression = r.expression();
        }
        ParseOutcome first = null;
        boolean fellBack = false;
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            String candidate = new String(buf);
            ParseOutcome out = parseOnce(candidate, expression, deadline);
            if (out.ok() || out.tooDeep()) return out;
            if (first == null) first = out;
            if (repair(buf, candidate, out)) continue;
            // Hive, Spark and MySQL partition maintenance (ALTER TABLE t DROP PARTITION (dt = '...')): nothing to analyse
            if (partitionCommand(text, tokens)) return ParseOutcome.skipped("ALTER TABLE ... PARTITION command");
            if (!dialect.sparkSyntax() || fellBack || expression) break;
            // DDL or a permission statement JSqlParser does not know: its query alone, or a command
            fellBack = true;
            SparkRewriter.Result r = SparkRewriter.fallback(buf, text, candidate, tokens);
            if (r == null) break;
            if (r.skipReason() != null) return ParseOutcome.skipped(r.skipReason());
        }
        return UnfinishedStatement.ENDS_EARLY.equals(first.error()) ? UnfinishedStatement.describe(text, tokens, lexer) : first;
    }

    /** Tries a same-length rewrite for a known JSqlParser gap at the error; false when none applies. */
    private boolean repair(char[] buf, String text, ParseOutcome failure) {
        List<SqlToken> tokens = lexer.tokenize(text);
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == failure.errorStart()) {
                at = i;
                break;
            }
        }
        // Spark does not reserve RETURNS (TPC-DS uses it as an alias and a table name): rename it everywhere, wherever
        // JSqlParser stopped (at the first token for SELECT returns.a FROM returns)
        if (dialect.sparkSyntax()) {
            boolean renamed = false;
            for (SqlToken t : tokens) {
                if (t.isWord(text, "RETURNS")) {
                    buf[t.end() - 1] = '_';
                    renamed = true;
                }
            }
            if (renamed) return true;
        }
        if (at <= 0) return false;
        SqlToken bad = tokens.get(at);
        SqlToken prev = tokens.get(at - 1);
        // (SELECT ...) UNION (SELECT ...): JSqlParser rejects a parenthesised first operand in some positions
        if ((bad.isWord(text, "UNION") || bad.isWord(text, "INTERSECT") || bad.isWord(text, "EXCEPT") || bad.isWord(text, "MINUS"))
                && prev.is(text, ')')) {
            int open = matchingOpen(text, tokens, at - 1);
            if (open >= 0 && open + 1 < tokens.size() && tokens.get(open + 1).isWord(text, "SELECT")) {
                buf[tokens.get(open).start()] = ' ';
                buf[prev.start()] = ' ';
                return true;
            }
            return false;
        }
        // a keyword JSqlParser reserves used as an alias or column name (Spark allows "AS returns")
        if (bad.kind() == SqlToken.Kind.WORD && bad.end() - bad.start() > 1
                && (prev.isWord(text, "AS") || prev.is(text, '.') || bad.isWord(text, "RETURNS"))) {
            String word = bad.text(text);
            for (SqlToken t : tokens) {
                if (t.isWord(text, word)) buf[t.end() - 1] = '_';
            }
            return true;
        }
        return false;
    }

    /** {@code ALTER TABLE name ... PARTITION ...}: a partition maintenance command. */
    private static boolean partitionCommand(String text, List<SqlToken> tokens) {
        List<SqlToken> words = new ArrayList<>();
        for (SqlToken t : tokens) if (!t.isComment()) words.add(t);
        if (words.size() < 4 || !words.get(0).isWord(text, "ALTER") || !words.get(1).isWord(text, "TABLE")) return false;
        for (SqlToken t : words) if (t.isWord(text, "PARTITION")) return true;
        return false;
    }

    private static int matchingOpen(String text, List<SqlToken> tokens, int close) {
        int d = 0;
        for (int k = close; k >= 0; k--) {
            if (tokens.get(k).is(text, ')')) d++;
            else if (tokens.get(k).is(text, '(') && --d == 0) return k;
        }
        return -1;
    }

    private ParseOutcome parseOnce(String text, boolean expression, Deadline deadline) {
        CCJSqlParser parser = new BudgetedParser(new StringProvider(text), deadline);
        if (dialect == Dialect.POSTGRES) parser.withDollarQuotedStringTags(true);
        if (dialect.backslashEscapes()) parser.withBackslashEscapeCharacter(true);
        if (dialect.bracketIdentifiers()) parser.withSquareBracketQuotation(true);
        watch.started(parser);
        try {
            if (expression) return expression(parser, text);
            Statements statements = parser.Statements();
            if (parser.interrupted) return ParseOutcome.failed(0, Math.min(text.length(), 1), "parsing took longer than the time budget", false);
            if (statements == null || statements.isEmpty()) return ParseOutcome.failed(0, text.length(), "no statement found", false);
            Statement s = statements.get(0);
            return ParseOutcome.parsed(s, text);
        } catch (ParseException e) {
            if (parser.interrupted) return ParseOutcome.failed(0, Math.min(text.length(), 1), "parsing took longer than the time budget", false);
            return fromParseException(e, text);
        } catch (Deadline.DeadlineExceeded e) {
            return ParseOutcome.failed(0, Math.min(text.length(), 1), "parsing took longer than the time budget", false);
        } catch (StackOverflowError e) {
            return ParseOutcome.failed(0, Math.min(text.length(), 1), "statement is nested too deeply to parse", true);
        } catch (RuntimeException | Error e) {
            // JSqlParser's token manager throws TokenMgrException (an Error) on bad characters
            return lexicalError(e, text);
        } finally {
            watch.finished(parser);
        }
    }

    /** A condition of a scripting block: the whole text must be one expression; rules see {@code SELECT expr}. */
    private static ParseOutcome expression(CCJSqlParser parser, String text) throws ParseException {
        Expression e = parser.Expression();
        Token next = parser.getToken(1);
        if (next != null && next.kind != CCJSqlParserConstants.EOF && !(next.kind == CCJSqlParserConstants.ST_SEMICOLON)) {
            int start = Math.max(0, Math.min(text.length(), next.absoluteBegin - 1));
            return ParseOutcome.failed(start, Math.min(text.length(), Math.max(start + 1, next.absoluteEnd - 1)), "syntax error: unexpected '" + quoted(next.image) + "'", false);
        }
        PlainSelect select = new PlainSelect();
        select.addSelectItem(e);
        return ParseOutcome.parsed(select, text);
    }

    private static ParseOutcome fromParseException(ParseException e, String text) {
        Token t = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
        int start;
        int end;
        String found;
        if (t != null && t.absoluteBegin > 0) {
            start = Math.min(text.length(), t.absoluteBegin - 1);
            end = Math.max(start, Math.min(text.length(), t.absoluteEnd - 1));
            if (t.kind == CCJSqlParserConstants.EOF) return ParseOutcome.failed(start, end, UnfinishedStatement.ENDS_EARLY, false);
            found = "'" + quoted(t.image) + "'";
            // JSqlParser backs out of a clause it cannot finish and reports the clause keyword: cover the
            // keyword and the token after it, where the problem usually is
            if (t.next != null && t.next.kind != 0 && t.next.absoluteBegin > 0 && isClauseKeyword(t.image)) {
                end = Math.min(text.length(), t.next.absoluteEnd - 1);
                return ParseOutcome.failed(start, end, "syntax error in the " + t.image.toUpperCase() + " clause near '" + quoted(t.next.image) + "'", false);
            }
        } else {
            // the end-of-input token carries no position
            return ParseOutcome.failed(0, 0, UnfinishedStatement.ENDS_EARLY, false);
        }
        if (end == start && start < text.length()) end = start + 1;
        return ParseOutcome.failed(start, end, "syntax error: unexpected " + found, false);
    }

    /** A token as quoted in a one-line message: a multi-line string literal is folded and cut (found by fuzzing). */
    private static String quoted(String image) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < image.length(); i++) {
            char c = image.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = true;
                continue;
            }
            // cut only when something is left: a token of exactly the limit is shown whole
            if (sb.length() >= 60) return sb + "...";
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isClauseKeyword(String image) {
        switch (image.toUpperCase()) {
            case "FROM": case "WHERE": case "GROUP": case "HAVING": case "ORDER": case "JOIN": case "ON":
            case "LIMIT": case "QUALIFY": case "WINDOW": case "SET": case "VALUES":
                return true;
            default:
                return false;
        }
    }

    private static ParseOutcome lexicalError(Throwable e, String text) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = intAfter(msg, "line ");
        int col = intAfter(msg, "column ");
        int off = 0;
        if (line > 0 && col > 0) {
            int l = 1;
            int i = 0;
            while (i < text.length() && l < line) {
                if (text.charAt(i) == '\n') l++;
                i++;
            }
            off = Math.min(text.length(), i + col - 1);
        }
        // the lexer reached the end inside a token: a quote never closed
        if (msg.contains("Encountered: <EOF>")) return ParseOutcome.failed(off, off, UnfinishedStatement.ENDS_EARLY, false);
        String first = msg.split("\n")[0];
        if (first.length() > 160) first = first.substring(0, 160) + "...";
        return ParseOutcome.failed(off, Math.min(text.length(), off + 1), "syntax error: " + first, false);
    }

    private static int intAfter(String s, String key) {
        int i = s.indexOf(key);
        if (i < 0) return -1;
        int j = i + key.length();
        int v = 0;
        boolean any = false;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            v = v * 10 + (s.charAt(j++) - '0');
            any = true;
        }
        return any ? v : -1;
    }
}
