package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Top;

import java.util.List;

/** LIMIT / TOP / FETCH FIRST without ORDER BY picks arbitrary rows, possibly different ones on every run. */
public final class LimitWithoutOrderByRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("limit-without-order-by")
        .title("LIMIT without ORDER BY")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Without ORDER BY, rows come in no defined order, so LIMIT n (TOP n, FETCH FIRST n ROWS) keeps an "
            + "arbitrary n rows. On Spark the choice depends on partitioning and task timing and changes between runs; "
            + "a 'top 10' query without ORDER BY is rarely what was meant. Not reported where any row will do: inside "
            + "EXISTS, LIMIT 0, a query that returns one aggregate row, a select list of constants (an existence probe), "
            + "and 'SELECT * FROM table LIMIT n' as a whole statement (a look at some rows).")
        .bad("SELECT customer_id, revenue FROM customer_revenue LIMIT 10")
        .good("SELECT customer_id, revenue FROM customer_revenue ORDER BY revenue DESC, customer_id LIMIT 10")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(Select.class)) {
            Select s = (Select) n.value();
            Limit limit = null;
            Top top = null;
            Fetch fetch = null;
            if (s instanceof PlainSelect) {
                limit = ((PlainSelect) s).getLimit();
                top = ((PlainSelect) s).getTop();
                fetch = ((PlainSelect) s).getFetch();
            } else if (s instanceof SetOperationList) {
                limit = ((SetOperationList) s).getLimit();
                fetch = ((SetOperationList) s).getFetch();
            } else if (s instanceof ParenthesedSelect) {
                limit = ((ParenthesedSelect) s).getLimit();
                fetch = ((ParenthesedSelect) s).getFetch();
            }
            if (limit == null && top == null && fetch == null) continue;
            if (limit != null && (limit.isLimitAll() || limit.isLimitNull() || limit.getRowCount() == null)) limit = null;
            if (limit == null && top == null && fetch == null) continue;
            if (isZero(limit != null ? limit.getRowCount() : top != null ? top.getExpression() : null)) continue;
            if (isOrdered(s) || insideExists(n) || anyRowWillDo(ctx.tree(), s) || isPeek(n)) continue;
            int[] at = location(ctx, s, limit, top, fetch);
            if (at == null) continue;
            String what = ctx.originalText().substring(at[0], at[1]).trim();
            ctx.report(at[0], at[1], what + " without ORDER BY returns an arbitrary set of rows", null,
                Fix.hint("Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken"));
        }
    }

    private static boolean isZero(Expression e) {
        return e instanceof LongValue && ((LongValue) e).getValue() == 0;
    }

    private static boolean isOrdered(Select s) {
        List<OrderByElement> ob = s.getOrderByElements();
        if (ob != null && !ob.isEmpty()) return true;
        // (SELECT ... ORDER BY x) LIMIT 5: the inner order is the one meant
        return s instanceof ParenthesedSelect && ((ParenthesedSelect) s).getSelect() != null && isOrdered(((ParenthesedSelect) s).getSelect());
    }

    /**
     * {@code SELECT * FROM t [WHERE ...] LIMIT 10} as a whole statement: looking at some rows of a table, where any
     * rows will do. A star over a derived table or join is still reported ("top 10" of a computed result).
     */
    private static boolean isPeek(SqlNode n) {
        if (n.parent() != null || !(n.value() instanceof PlainSelect)) return false;
        PlainSelect ps = (PlainSelect) n.value();
        if (ps.getGroupBy() != null || ps.getDistinct() != null || !(ps.getFromItem() instanceof Table)) return false;
        if (ps.getJoins() != null && !ps.getJoins().isEmpty()) return false;
        for (SelectItem<?> it : ps.getSelectItems()) {
            if (!(it.getExpression() instanceof AllColumns)) return false;
        }
        return true;
    }

    /** A query directly under EXISTS (through parentheses only). */
    private static boolean insideExists(SqlNode n) {
        SqlNode p = n.parent();
        while (p != null && p.value() instanceof ParenthesedSelect) p = p.parent();
        return p != null && p.value() instanceof ExistsExpression;
    }

    /** One row whatever the LIMIT, or only constants selected: every choice of rows gives the same result. */
    private static boolean anyRowWillDo(SqlTree tree, Select s) {
        if (!(s instanceof PlainSelect)) return false;
        PlainSelect ps = (PlainSelect) s;
        if (ps.getSelectItems() == null || ps.getSelectItems().isEmpty()) return false;
        boolean allConstant = true;
        for (SelectItem<?> it : ps.getSelectItems()) {
            Expression e = SqlExpressions.unwrap(it.getExpression());
            if (Literals.of(e) == null && !(e instanceof NullValue)) allConstant = false;
        }
        return allConstant || SqlExpressions.yieldsOneRow(tree, ps);
    }

    /** [start, end) of the LIMIT / TOP / FETCH clause. */
    private static int[] location(SqlRuleContext ctx, Select s, Limit limit, Top top, Fetch fetch) {
        if (top != null) {
            Spans.Span t = Spans.own(top);
            return t == null ? null : new int[] {t.start(), t.end()};
        }
        if (limit != null) {
            Spans.Span l = Spans.own(limit);
            Spans.Span count = Spans.of(limit.getRowCount());
            if (l == null && count == null) return null;
            int end = count != null ? count.end() : l.end();
            SqlToken kw = lastKeyword(ctx, "LIMIT", ctx.span(s).start(), end);
            return kw == null ? null : new int[] {kw.start(), end};
        }
        Spans.Span whole = ctx.span(s);
        SqlToken kw = lastKeyword(ctx, "FETCH", whole.start(), whole.end());
        if (kw == null) return null;
        int end = kw.end();
        for (SqlToken t : ctx.tokens()) {
            if (t.start() < kw.start() || t.end() > whole.end()) continue;
            end = t.end();
            if (t.isWord(ctx.text(), "ONLY") || t.isWord(ctx.text(), "TIES")) break;
        }
        return new int[] {kw.start(), end};
    }

    private static SqlToken lastKeyword(SqlRuleContext ctx, String word, int from, int to) {
        SqlToken found = null;
        for (SqlToken t : ctx.tokens()) if (t.start() >= from && t.end() <= to && t.isWord(ctx.text(), word)) found = t;
        return found;
    }
}
