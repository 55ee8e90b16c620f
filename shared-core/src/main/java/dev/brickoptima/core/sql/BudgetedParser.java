package dev.brickoptima.core.sql;

import dev.brickoptima.core.rule.Deadline;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Provider;

/**
 * JSqlParser with the statement's {@link Deadline}: the hooks JSqlParser calls for every operator and every
 * syntactic lookahead check it, so a statement that makes the parser backtrack for long stops at its budget. Without
 * a timer thread, so it works the same in TeaVM. Once passed, JSqlParser's own {@code interrupted} flag is set too.
 */
final class BudgetedParser extends CCJSqlParser {
    private final Deadline deadline;

    BudgetedParser(Provider text, Deadline deadline) {
        super(text);
        this.deadline = deadline;
    }

    private void tick() throws ParseException {
        try {
            deadline.check();
        } catch (Deadline.DeadlineExceeded e) {
            interrupted = true;
            throw new ParseException("time budget");
        }
    }

    @Override
    protected Expression prattExpressionRest(Expression lhs, int minPrecedence) throws ParseException {
        tick();
        return super.prattExpressionRest(lhs, minPrecedence);
    }

    @Override
    protected Expression prattArithRest(Expression lhs, int minPrecedence) throws ParseException {
        tick();
        return super.prattArithRest(lhs, minPrecedence);
    }

    @Override
    protected boolean isParenthesedSelectAhead() {
        return !passed() && super.isParenthesedSelectAhead();
    }

    @Override
    protected boolean isParenthesedFromItemAhead() {
        return !passed() && super.isParenthesedFromItemAhead();
    }

    @Override
    protected boolean isFunctionAhead() {
        return !passed() && super.isFunctionAhead();
    }

    /** Lookahead predicates cannot throw: they answer no and set the flag JSqlParser checks itself. */
    private boolean passed() {
        try {
            deadline.check();
            return false;
        } catch (Deadline.DeadlineExceeded e) {
            interrupted = true;
            return true;
        }
    }
}
