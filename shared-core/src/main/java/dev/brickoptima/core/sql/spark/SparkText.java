package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

import java.util.List;

/**
 * A statement being rewritten for JSqlParser: the original text and its tokens (read-only) and the buffer the
 * rewrites edit in place. Every edit keeps the length, so each offset JSqlParser reports is the user's own.
 */
final class SparkText {
    final char[] buf;
    final String text;
    final List<SqlToken> tokens;
    private int[] pairs;

    SparkText(char[] buf, String text, List<SqlToken> tokens) {
        this.buf = buf;
        this.text = text;
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    SqlToken at(int i) {
        return tokens.get(i);
    }

    /** False once an earlier rewrite blanked or replaced token {@code i}: later rewrites leave it alone. */
    boolean live(int i) {
        int at = tokens.get(i).start();
        return buf[at] == text.charAt(at);
    }

    boolean word(int i, String w) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(text, w);
    }

    boolean anyWord(int i, String... words) {
        for (String w : words) if (word(i, w)) return true;
        return false;
    }

    boolean punct(int i, char c) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(text, c);
    }

    boolean kind(int i, SqlToken.Kind k) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == k;
    }

    /** True when token {@code i} starts right where token {@code i - 1} ends (no space between). */
    boolean adjacent(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    String tokenText(int i) {
        return tokens.get(i).text(text);
    }

    /** Index of the {@code )} matching the {@code (} at {@code open}, or -1. */
    int matching(int open) {
        if (!punct(open, '(')) return -1;
        return pairs()[open];
    }

    /** Index of the {@code (} matching the {@code )} at {@code close}, or -1. */
    int matchingOpen(int close) {
        if (!punct(close, ')')) return -1;
        return pairs()[close];
    }

    /** Matching parenthesis of every parenthesis token, computed once per statement (rewrites ask for many). */
    private int[] pairs() {
        if (pairs == null) {
            pairs = new int[tokens.size()];
            int[] stack = new int[tokens.size()];
            int top = 0;
            for (int k = 0; k < tokens.size(); k++) {
                pairs[k] = -1;
                if (punct(k, '(')) {
                    stack[top++] = k;
                } else if (punct(k, ')') && top > 0) {
                    int open = stack[--top];
                    pairs[open] = k;
                    pairs[k] = open;
                }
            }
        }
        return pairs;
    }

    /** Index of the {@code >} closing the {@code <} at {@code open} (type parameters), or -1. */
    int matchingAngle(int open) {
        int d = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (punct(k, '<')) d++;
            else if (punct(k, '>') && --d == 0) return k;
            else if (punct(k, ';')) return -1;
        }
        return -1;
    }

    /** Blanks [start, end) with spaces, keeping line breaks so line numbers stay right; {@code end} is a token's end. */
    void blank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] != '\n' && buf[i] != '\r') buf[i] = ' ';
        }
    }

    /** Blanks tokens {@code from..to} inclusive. */
    void blankTokens(int from, int to) {
        blank(tokens.get(from).start(), tokens.get(to).end());
    }

    /** Writes {@code s} at {@code offset} over existing characters. */
    void put(int offset, String s) {
        s.getChars(0, s.length(), buf, offset);
    }

    /** Replaces token {@code i} with {@code word}, padded with spaces; the word must not be longer. */
    void replaceToken(int i, String word) {
        SqlToken t = tokens.get(i);
        blank(t.start(), t.end());
        put(t.start(), word);
    }

    /** Overwrites [start, end) with an unknown identifier of the same length (like a template hole). */
    void hole(int start, int end) {
        for (int i = start; i < end; i++) buf[i] = '_';
    }
}
