package dev.brickoptima.core.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A statement whose text stops before the statement does: a quote or a parenthesis never closed, or a clause cut off
 * (a file saved mid-edit, a string concatenation that lost its last part). JSqlParser then fails at the end of the
 * input, with no location ("unexpected input" at the start of the statement) or a lexer message quoting the tail of
 * the text. The user needs the place where the statement went wrong: the opening quote or parenthesis, or the last
 * token before the end.
 */
public final class UnfinishedStatement {
    /** The message of a parse that failed at the end of the statement; {@link #describe} replaces it. */
    static final String ENDS_EARLY = "syntax error: the statement ends early";
    /** How the message of a quote or comment never closed starts: it hides the rest of the input. */
    static final String UNTERMINATED = "unterminated ";

    private UnfinishedStatement() {
    }

    /**
     * Whether a parse error hides the rest of its input: an unclosed quote or comment runs to the end of the text, so
     * the statements after it are never analysed (hosts report that input as not fully analysed).
     */
    public static boolean hidesTheRest(String parseErrorMessage) {
        return parseErrorMessage != null && parseErrorMessage.startsWith(UNTERMINATED);
    }

    /** A located failure for a statement that ends early; the generic one when its text has no token at all. */
    static ParseOutcome describe(String text, List<SqlToken> tokens, SqlLexer lexer) {
        int quote = lexer.unclosedQuote(text, tokens);
        if (quote >= 0) {
            String what = tokens.get(tokens.size() - 1).kind() == SqlToken.Kind.STRING ? "string" : "quoted name";
            // a dollar-quoted string opens with its whole tag ($fn$)
            String opener = text.charAt(quote) == '$' ? text.substring(quote, text.indexOf('$', quote + 1) + 1) : text.substring(quote, quote + 1);
            return ParseOutcome.failed(quote, quote + opener.length(),
                UNTERMINATED + what + ": " + opener + " is never closed; everything after it is not analysed", false);
        }
        int paren = innermostUnclosedParenthesis(text, tokens);
        if (paren >= 0) return ParseOutcome.failed(paren, paren + 1, "syntax error: '(' is never closed", false);
        SqlToken last = lastCodeToken(tokens);
        if (last == null) return ParseOutcome.failed(0, Math.min(1, text.length()), ENDS_EARLY, false);
        return ParseOutcome.failed(last.start(), last.end(), ENDS_EARLY + " after '" + oneLine(last.text(text)) + "'", false);
    }

    private static int innermostUnclosedParenthesis(String text, List<SqlToken> tokens) {
        Deque<Integer> open = new ArrayDeque<>();
        for (SqlToken t : tokens) {
            if (t.is(text, '(')) open.push(t.start());
            else if (t.is(text, ')') && !open.isEmpty()) open.pop();
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    private static SqlToken lastCodeToken(List<SqlToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).isComment()) return tokens.get(i);
        }
        return null;
    }

    private static String oneLine(String token) {
        String s = token.replace('\n', ' ').replace('\r', ' ');
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
