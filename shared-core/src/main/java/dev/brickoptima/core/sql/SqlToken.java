package dev.brickoptima.core.sql;

/** A lexical token of SQL text, as far as splitting, comments and nesting need: [start, end) offsets. */
public record SqlToken(Kind kind, int start, int end) {
    /** Token kinds. PUNCT is a single character such as ( ) ; , . */
    public enum Kind { WORD, NUMBER, STRING, QUOTED_IDENTIFIER, LINE_COMMENT, BLOCK_COMMENT, PUNCT, PARAMETER }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    public boolean is(CharSequence source, char c) {
        return kind == Kind.PUNCT && source.charAt(start) == c;
    }

    /** Case-insensitive keyword test for WORD tokens. */
    public boolean isWord(CharSequence source, String word) {
        if (kind != Kind.WORD || end - start != word.length()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (Character.toUpperCase(source.charAt(start + i)) != Character.toUpperCase(word.charAt(i))) return false;
        }
        return true;
    }
}
