package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

import java.util.List;
import java.util.Set;

/** ORDER BY in a derived table, CTE or subquery without LIMIT: the order is not kept, the sort is wasted. */
public final class OrderByInSubqueryRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("order-by-in-subquery")
        .title("ORDER BY in a subquery without LIMIT")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("SQL does not promise that the order of a derived table, CTE or subquery survives into the outer query: "
            + "joins, aggregations and shuffles reorder rows. Without LIMIT/OFFSET/FETCH the ORDER BY is either dropped "
            + "by the optimizer or, worse, executed as a full sort whose result nobody can rely on. The fix removes the "
            + "clause; sort in the outermost query instead. Not reported when an order-sensitive aggregate "
            + "(collect_list, array_agg, string_agg, first, last) reads the sorted rows: Spark keeps that sort. The "
            + "query of INSERT, CREATE TABLE AS and CREATE VIEW is the "
            + "outermost query and is not reported (a sorted write can be intended for file layout).")
        .bad("SELECT region, sum(amount) FROM (SELECT * FROM sales ORDER BY sold_at) s GROUP BY region")
        .good("SELECT region, sum(amount) FROM (SELECT * FROM sales) s GROUP BY region")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Aggregates whose result depends on input order: Spark keeps a subquery sort below them. */
    private static final Set<String> ORDER_SENSITIVE = Set.of(
        "collect_list", "array_agg", "string_agg", "listagg", "group_concat", "first", "last", "first_value", "last_value");

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(Select.class)) {
            Select s = (Select) n.value();
            List<OrderByElement> order = s.getOrderByElements();
            if (order == null || order.isEmpty() || SqlExpressions.isLimited(s) || isOutermost(n)) continue;
            if (orderSensitiveOutside(ctx, n)) continue;
            if (n.parent() != null && n.parent().value() instanceof ParenthesedSelect
                && SqlExpressions.isLimited((Select) n.parent().value())) continue;
            int[] clause = SqlExpressions.orderByClause(ctx.tokens(), ctx.text(),
                ctx.span(order.get(0).getExpression()).start(), ctx.span(order.get(order.size() - 1).getExpression()).end());
            if (clause == null) continue;
            int from = clause[0];
            while (from > 0 && Character.isWhitespace(ctx.text().charAt(from - 1))) from--;
            ctx.report(clause[0], clause[1], "ORDER BY in a subquery without LIMIT: the outer query does not keep this order, "
                    + "so the sort is wasted or dropped", null,
                Fix.replace("Remove the ORDER BY clause (sort in the outermost query if the order matters)", from, clause[1], ""));
        }
    }

    /**
     * Whether an order-sensitive aggregate (collect_list, first, ...) reads rows outside this subquery: the
     * "sort, then collect" idiom, where Spark keeps the sort, so the ORDER BY is not wasted.
     */
    private static boolean orderSensitiveOutside(SqlRuleContext ctx, SqlNode sub) {
        List<SqlNode> inside = SqlExpressions.subtree(ctx.tree(), sub.value());
        Set<Object> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SqlNode x : inside) own.add(x.value());
        for (SqlNode f : ctx.tree().all(Function.class)) {
            if (!own.contains(f.value()) && ORDER_SENSITIVE.contains(SqlExpressions.name((Function) f.value()))) return true;
        }
        for (SqlNode f : ctx.tree().all(net.sf.jsqlparser.expression.AnalyticExpression.class)) {
            net.sf.jsqlparser.expression.AnalyticExpression a = (net.sf.jsqlparser.expression.AnalyticExpression) f.value();
            if (!own.contains(a) && a.getName() != null && ORDER_SENSITIVE.contains(a.getName().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whether the query is the outermost one: the statement itself (through wrapping parentheses), or the query of
     * an INSERT / CREATE TABLE AS / CREATE VIEW.
     */
    static boolean isOutermost(SqlNode n) {
        SqlNode cur = n;
        while (cur.parent() != null && cur.parent().value() instanceof ParenthesedSelect
            && ((ParenthesedSelect) cur.parent().value()).getSelect() == cur.value()) cur = cur.parent();
        return cur.parent() == null || !(cur.parent().value() instanceof Select
            || cur.parent().value() instanceof net.sf.jsqlparser.statement.select.WithItem
            || cur.parent().value() instanceof net.sf.jsqlparser.expression.Expression
            || cur.parent().value() instanceof net.sf.jsqlparser.statement.select.Join
            || cur.parent().value() instanceof net.sf.jsqlparser.statement.select.ParenthesedFromItem // FROM ((SELECT ...)) t
            || cur.parent().value() instanceof net.sf.jsqlparser.statement.select.SelectItem
            || cur.parent().value() instanceof net.sf.jsqlparser.expression.operators.relational.ExpressionList);
    }
}
