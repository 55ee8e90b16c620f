package dev.brickoptima.core.sql;

import net.sf.jsqlparser.statement.Statement;

/**
 * Result of parsing one statement. Exactly one of: a statement (with the text the parser saw, same length
 * as the input so offsets carry over), an error (offset into the statement text, message), or a skip
 * (a dialect command BrickOptima does not analyse, such as Spark's CACHE TABLE or OPTIMIZE).
 */
public record ParseOutcome(Statement statement, String parsedText, int errorStart, int errorEnd, String error,
                           boolean tooDeep, String skipReason) {

    static ParseOutcome parsed(Statement s, String text) {
        return new ParseOutcome(s, text, -1, -1, null, false, null);
    }

    static ParseOutcome failed(int start, int end, String message, boolean tooDeep) {
        return new ParseOutcome(null, null, start, end, message, tooDeep, null);
    }

    static ParseOutcome skipped(String reason) {
        return new ParseOutcome(null, null, -1, -1, null, false, reason);
    }

    public boolean ok() {
        return statement != null;
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
