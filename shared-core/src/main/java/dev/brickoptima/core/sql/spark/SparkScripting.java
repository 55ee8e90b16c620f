package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

import java.util.List;

/**
 * Spark SQL scripting ({@code BEGIN ... END} compound statements with IF, CASE, WHILE, REPEAT, LOOP, FOR, handlers
 * and labels). The script splitter must not cut a block at its inner {@code ;}, and rules must still see every
 * statement inside it at its own offsets. So the block is read here only for its structure: the control keywords are
 * marked as separators, and what lies between them becomes ordinary statements (analysed as usual) and conditions
 * ({@code IF cond}, {@code WHILE cond}, {@code WHEN value}, {@code UNTIL cond}: analysed as expressions). A block
 * whose structure does not close is left alone, so it fails to parse instead of being half read.
 */
public final class SparkScripting {
    private final String text;
    private final List<SqlToken> tokens;
    private final boolean[] structural;

    private SparkScripting(String text, List<SqlToken> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.structural = new boolean[tokens.size()];
    }

    /**
     * Marks the tokens of a script that are scripting structure (separators like {@code ;}); null when the script
     * holds no compound statement.
     */
    public static boolean[] structure(String text, List<SqlToken> tokens) {
        boolean any = false;
        for (SqlToken t : tokens) {
            if (t.isWord(text, "BEGIN")) {
                any = true;
                break;
            }
        }
        if (!any) return null;
        SparkScripting s = new SparkScripting(text, tokens);
        boolean found = false;
        int i = s.next(0);
        while (i < tokens.size()) {
            if (s.startsCompound(i)) {
                boolean[] before = s.structural.clone();
                int end = s.statement(i);
                if (end < 0) {
                    System.arraycopy(before, 0, s.structural, 0, before.length);
                    i = s.skipToSemicolon(i);
                } else {
                    found = true;
                    i = end;
                }
            } else {
                i = s.skipToSemicolon(i);
            }
            i = s.next(i);
            while (i < tokens.size() && s.punct(i, ';')) i = s.next(i + 1);
        }
        return found ? s.structural : null;
    }

    /** Whether a statement is a condition cut out of a block ({@code IF cond}, {@code WHILE cond}, ...). */
    static boolean isCondition(SparkText s) {
        return s.anyWord(0, "IF", "ELSEIF", "WHILE", "UNTIL", "WHEN", "CASE");
    }

    /** Blanks the keyword before a condition, leaving the expression. */
    static void condition(SparkText s) {
        s.blankTokens(0, 0);
    }

    // ---- structure -------------------------------------------------------------------------------------------

    private boolean startsCompound(int i) {
        int k = afterLabel(i);
        return word(k, "BEGIN") && !punct(next(k + 1), ';') && next(k + 1) < tokens.size()
            && !word(next(k + 1), "TRANSACTION") && !word(next(k + 1), "WORK");
    }

    /** Index after a {@code label:} at {@code i}, or {@code i}. */
    private int afterLabel(int i) {
        if (kind(i, SqlToken.Kind.WORD) && punct(next(i + 1), ':')) return next(next(i + 1) + 1);
        return i;
    }

    /**
     * Reads one statement inside a block (or a top-level compound) starting at {@code i}; returns the index after its
     * terminating {@code ;} (or after the compound at the end of the script), or -1 when the structure is broken.
     */
    private int statement(int i) {
        int label = afterLabel(i);
        if (label != i) {
            mark(i, label - 1);
            i = label;
        }
        if (word(i, "BEGIN")) return endOf(block(mark(i) + 1, "BEGIN"), null);
        if (word(i, "IF")) return endOf(ifStatement(i), "IF");
        if (word(i, "CASE")) return endOf(caseStatement(i), "CASE");
        if (word(i, "WHILE")) {
            int doAt = conditionUntil(i, "DO");
            return doAt < 0 ? -1 : endOf(block(mark(doAt) + 1, "WHILE"), "WHILE");
        }
        if (word(i, "LOOP")) return endOf(block(mark(i) + 1, "LOOP"), "LOOP");
        if (word(i, "REPEAT")) return endOf(repeat(i), "REPEAT");
        if (word(i, "FOR")) return endOf(forLoop(i), "FOR");
        if (word(i, "LEAVE") || word(i, "ITERATE")) {
            int end = skipToSemicolon(i);
            mark(i, end - 1);
            return terminator(end);
        }
        if (word(i, "DECLARE") && (word(next(i + 1), "EXIT") || word(next(i + 1), "CONTINUE"))) return handler(i);
        // an ordinary statement: runs to its ';'
        return terminator(skipToSemicolon(i));
    }

    /** After a statement's own end at {@code end}: the {@code ;} that terminates it, marked. */
    private int terminator(int end) {
        if (end < 0) return -1;
        if (punct(end, ';')) {
            mark(end);
            return next(end + 1);
        }
        return end;
    }

    /** After {@code END [kind]} ending at {@code end} (the index after END): an optional label, then the terminator. */
    private int endOf(int afterEnd, String kind) {
        if (afterEnd < 0) return -1;
        int k = afterEnd;
        if (kind != null) {
            if (!word(k, kind)) return -1;
            mark(k);
            k = next(k + 1);
        }
        if (kind(k, SqlToken.Kind.WORD)) {
            mark(k);
            k = next(k + 1);
        }
        if (k < tokens.size() && !punct(k, ';')) return -1;
        return terminator(k);
    }

    /** Statements up to the END of a block opened at {@code opener}; returns the index after END, or -1. */
    private int block(int i, String opener) {
        i = next(i);
        while (i < tokens.size()) {
            if (word(i, "END") && !punct(next(i + 1), ';') || word(i, "END") && opener.equals("BEGIN")) {
                mark(i);
                return next(i + 1);
            }
            if (opener.equals("IF") && (word(i, "ELSEIF") || word(i, "ELSE"))) return -2 - i;
            if (opener.equals("CASE") && (word(i, "WHEN") || word(i, "ELSE"))) return -2 - i;
            if (opener.equals("REPEAT") && word(i, "UNTIL")) return -2 - i;
            int after = statement(i);
            if (after < 0) return -1;
            i = after;
        }
        return -1;
    }

    private int ifStatement(int i) {
        int k = i;
        while (true) {
            int then = conditionUntil(k, "THEN");
            if (then < 0) return -1;
            int r = block(mark(then) + 1, "IF");
            if (r >= 0) return r;
            if (r == -1) return -1;
            int at = -2 - r;
            if (word(at, "ELSEIF")) {
                k = at;
                continue;
            }
            // ELSE
            mark(at);
            int end = block(at + 1, "BEGIN");
            return end;
        }
    }

    private int caseStatement(int i) {
        int k = next(i + 1);
        if (word(k, "WHEN")) {
            mark(i);
        } else {
            // simple CASE: the operand is structure here; each WHEN value is analysed
            k = conditionUntil(i, "WHEN");
            if (k < 0) return -1;
            mark(i, k - 1);
        }
        while (word(k, "WHEN")) {
            int then = conditionUntil(k, "THEN");
            if (then < 0) return -1;
            int r = block(mark(then) + 1, "CASE");
            if (r >= 0) return r;
            if (r == -1) return -1;
            k = -2 - r;
        }
        if (word(k, "ELSE")) {
            mark(k);
            return block(k + 1, "BEGIN");
        }
        return -1;
    }

    private int repeat(int i) {
        mark(i);
        int r = block(i + 1, "REPEAT");
        if (r >= -1) return -1;
        int until = -2 - r;
        int end = conditionUntil(until, "END");
        if (end < 0) return -1;
        return mark(end) + 1;
    }

    /** {@code FOR [var AS] query DO stmts END FOR}: the query is an ordinary statement. */
    private int forLoop(int i) {
        mark(i);
        int k = next(i + 1);
        if (kind(k, SqlToken.Kind.WORD) && word(next(k + 1), "AS")) {
            mark(k);
            k = mark(next(k + 1));
            k = next(k + 1);
        }
        int doAt = until(k, "DO");
        if (doAt < 0) return -1;
        return block(mark(doAt) + 1, "FOR");
    }

    /** {@code DECLARE EXIT|CONTINUE HANDLER FOR conditions body}. */
    private int handler(int i) {
        int k = next(i + 1);
        k = next(k + 1);
        if (!word(k, "HANDLER") || !word(next(k + 1), "FOR")) return terminator(skipToSemicolon(i));
        k = next(next(k + 1) + 1);
        while (k < tokens.size()) {
            if (word(k, "SQLSTATE")) {
                k = next(k + 1);
                if (word(k, "VALUE")) k = next(k + 1);
                k = next(k + 1);
            } else if (word(k, "NOT") && word(next(k + 1), "FOUND")) {
                k = next(next(k + 1) + 1);
            } else {
                k = next(k + 1);
            }
            if (!punct(k, ',')) break;
            k = next(k + 1);
        }
        mark(i, k - 1);
        return statement(k);
    }

    /**
     * The condition after {@code keyword} at {@code i} runs to {@code stop} at depth 0 (outside parentheses and
     * CASE ... END); the keyword stays part of the condition piece, {@code stop} is returned (not yet marked).
     */
    private int conditionUntil(int i, String stop) {
        return until(next(i + 1), stop);
    }

    private int until(int from, String stop) {
        int paren = 0;
        int cases = 0;
        for (int k = from; k < tokens.size(); k = next(k + 1)) {
            if (punct(k, '(')) paren++;
            else if (punct(k, ')')) paren--;
            else if (punct(k, ';')) return -1;
            else if (paren == 0 && word(k, "CASE")) cases++;
            else if (paren == 0 && cases > 0 && word(k, "END")) cases--;
            else if (paren == 0 && cases == 0 && word(k, stop)) return k;
        }
        return -1;
    }

    private int skipToSemicolon(int i) {
        int paren = 0;
        for (int k = i; k < tokens.size(); k++) {
            if (punct(k, '(')) paren++;
            else if (punct(k, ')')) paren--;
            else if (paren <= 0 && punct(k, ';')) return k;
        }
        return tokens.size();
    }

    // ---- tokens --------------------------------------------------------------------------------------------------

    private int next(int i) {
        while (i < tokens.size() && tokens.get(i).isComment()) i++;
        return i;
    }

    private boolean word(int i, String w) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(text, w);
    }

    private boolean punct(int i, char c) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(text, c);
    }

    private boolean kind(int i, SqlToken.Kind k) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == k;
    }

    private int mark(int i) {
        if (i >= 0 && i < structural.length) structural[i] = true;
        return i;
    }

    private void mark(int from, int to) {
        for (int k = from; k <= to && k < structural.length; k++) if (!tokens.get(k).isComment()) structural[k] = true;
    }
}
