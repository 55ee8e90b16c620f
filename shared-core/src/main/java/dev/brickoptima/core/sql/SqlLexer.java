package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, forgiving SQL tokenizer: strings, quoted identifiers, comments, words, numbers, punctuation.
 * It never fails: an unterminated string or comment runs to the end of the text. Linear time.
 */
public final class SqlLexer {
    private final Dialect dialect;

    public SqlLexer(Dialect dialect) {
        this.dialect = dialect;
    }

    public List<SqlToken> tokenize(CharSequence s) {
        List<SqlToken> out = new ArrayList<>(Math.max(16, s.length() / 5));
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int j = i + 2;
                while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
                out.add(new SqlToken(SqlToken.Kind.LINE_COMMENT, i, j));
                i = j;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                // bracketed comments nest in Spark and PostgreSQL: /* a /* b */ c */ is one comment
                int j = i + 2;
                int depth = 1;
                while (j < n) {
                    if (s.charAt(j) == '*' && j + 1 < n && s.charAt(j + 1) == '/') {
                        j += 2;
                        if (--depth == 0) break;
                    } else if (dialect.nestedComments() && s.charAt(j) == '/' && j + 1 < n && s.charAt(j + 1) == '*') {
                        j += 2;
                        depth++;
                    } else {
                        j++;
                    }
                }
                j = Math.min(n, j);
                out.add(new SqlToken(SqlToken.Kind.BLOCK_COMMENT, i, j));
                i = j;
            } else if (c == '\'') {
                int j = quoted(s, i, '\'', dialect.backslashEscapes());
                out.add(new SqlToken(SqlToken.Kind.STRING, i, j));
                i = j;
            } else if (c == '"') {
                int j = quoted(s, i, '"', dialect.backslashEscapes());
                out.add(new SqlToken(dialect.doubleQuotedStrings() ? SqlToken.Kind.STRING : SqlToken.Kind.QUOTED_IDENTIFIER, i, j));
                i = j;
            } else if (c == '[' && dialect.bracketIdentifiers()) {
                int j = quoted(s, i, ']', false);
                out.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, i, j));
                i = j;
            } else if (c == '`') {
                int j = quoted(s, i, '`', false);
                out.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, i, j));
                i = j;
            } else if (c == '$' && dialect.dollarQuotes() && dollarTagEnd(s, i) > 0) {
                int tagEnd = dollarTagEnd(s, i);
                String tag = s.subSequence(i, tagEnd).toString();
                int close = indexOf(s, tag, tagEnd);
                int j = close < 0 ? n : close + tag.length();
                out.add(new SqlToken(SqlToken.Kind.STRING, i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || (c > 127 && Character.isLetterOrDigit(c))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) j++;
                out.add(new SqlToken(SqlToken.Kind.WORD, i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                out.add(new SqlToken(SqlToken.Kind.NUMBER, i, j));
                i = j;
            } else if ((c == '?' ) || ((c == ':' || c == '@') && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && (i == 0 || s.charAt(i - 1) != ':'))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(new SqlToken(SqlToken.Kind.PARAMETER, i, j));
                i = j;
            } else {
                out.add(new SqlToken(SqlToken.Kind.PUNCT, i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static int quoted(CharSequence s, int start, char q, boolean backslashEscapes) {
        int end = quoteEnd(s, start, q, backslashEscapes);
        return end < 0 ? s.length() : end;
    }

    /** End of the quoted text opened at start, or -1 when the text ends first. */
    private static int quoteEnd(CharSequence s, int start, char q, boolean backslashEscapes) {
        int n = s.length();
        int j = start + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == q) {
                if (j + 1 < n && s.charAt(j + 1) == q) j += 2;
                else return j + 1;
            } else {
                j++;
            }
        }
        return -1;
    }

    /**
     * The opening quote of a string or quoted name that the text ends inside, or -1. Only the last token can be one,
     * since an unclosed quote runs to the end of the text.
     */
    public int unclosedQuote(CharSequence s, List<SqlToken> tokens) {
        if (tokens.isEmpty()) return -1;
        SqlToken last = tokens.get(tokens.size() - 1);
        if (last.end() != s.length() || (last.kind() != SqlToken.Kind.STRING && last.kind() != SqlToken.Kind.QUOTED_IDENTIFIER)) return -1;
        char open = s.charAt(last.start());
        if (open == '$') {
            int tagEnd = dollarTagEnd(s, last.start());
            return indexOf(s, s.subSequence(last.start(), tagEnd).toString(), tagEnd) < 0 ? last.start() : -1;
        }
        char close = open == '[' ? ']' : open;
        boolean escapes = (open == '\'' || open == '"') && dialect.backslashEscapes();
        return quoteEnd(s, last.start(), close, escapes) < 0 ? last.start() : -1;
    }

    /** End of a $tag$ opener at i, or -1. */
    private static int dollarTagEnd(CharSequence s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) return j + 1;
        return -1;
    }

    private static int indexOf(CharSequence s, String needle, int from) {
        outer:
        for (int i = from; i <= s.length() - needle.length(); i++) {
            for (int k = 0; k < needle.length(); k++) if (s.charAt(i + k) != needle.charAt(k)) continue outer;
            return i;
        }
        return -1;
    }
}
