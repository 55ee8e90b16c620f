package dev.brickoptima.core.sql;

import java.util.List;

/**
 * A block comment opened and never closed. The lexer lets it run to the end of the text (it never fails), which
 * hides every statement after it; the analyzer reports it as a parse error at the {@code /*}, so a file cut short is
 * never a silent pass, and the statements before it are analysed as usual.
 */
public final class UnterminatedComment {
    /** How the parse-error message starts; hosts use it to tell that the rest of an input was not analysed. */
    public static final String MESSAGE_START = UnfinishedStatement.UNTERMINATED + "comment";

    private UnterminatedComment() {
    }

    /** Offset of the unclosed {@code /*}, or -1: only the last token can be one, as it runs to the end of the text. */
    static int start(String text, List<SqlToken> tokens) {
        if (tokens.isEmpty()) return -1;
        SqlToken last = tokens.get(tokens.size() - 1);
        if (last.kind() != SqlToken.Kind.BLOCK_COMMENT || last.end() != text.length()) return -1;
        boolean closed = last.end() - last.start() >= 4 && text.startsWith("*/", last.end() - 2);
        return closed ? -1 : last.start();
    }

    static String message() {
        return MESSAGE_START + ": '/*' is never closed with '*/'; everything after it is not analysed";
    }
}
