package dev.brickoptima.core.sql.rules;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The terms of an AND chain: each must hold for a row to pass the condition. */
final class Conjuncts {
    private Conjuncts() {
    }

    /** Flattens {@code a AND (b AND c)} into [a, b, c]; parentheses around a single term are looked through. */
    static List<Expression> of(Expression condition) {
        List<Expression> out = new ArrayList<>();
        if (condition == null) return out;
        // iterative: generated SQL can chain thousands of ANDs
        Deque<Expression> stack = new ArrayDeque<>();
        stack.push(condition);
        while (!stack.isEmpty()) {
            Expression e = unwrap(stack.pop());
            if (e instanceof AndExpression) {
                stack.push(((AndExpression) e).getRightExpression());
                stack.push(((AndExpression) e).getLeftExpression());
            } else if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The expression inside redundant parentheses: {@code ((x))} is {@code x}. */
    static Expression unwrap(Expression e) {
        Expression cur = e;
        while (cur instanceof ParenthesedExpressionList && ((ParenthesedExpressionList<?>) cur).size() == 1) {
            cur = (Expression) ((ParenthesedExpressionList<?>) cur).get(0);
        }
        return cur;
    }
}
