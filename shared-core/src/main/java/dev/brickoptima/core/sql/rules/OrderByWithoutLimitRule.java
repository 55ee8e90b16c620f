package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.Select;

import java.util.List;

/** Spark and Hive: a final ORDER BY without LIMIT sorts the whole result globally (range shuffle + sort, one reducer). */
public final class OrderByWithoutLimitRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("order-by-without-limit")
        .title("Global ORDER BY without LIMIT (Spark, Hive)")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("On Spark an ORDER BY of the final result without LIMIT is a global sort: every row is sampled, "
            + "range-partitioned through a shuffle and sorted, and the result must then be collected in order. With "
            + "LIMIT n Spark uses TakeOrderedAndProject, a cheap per-partition top-n. Hive sends every row through a "
            + "single reducer for a total order (its strict mode refuses ORDER BY without LIMIT for that reason). Add a "
            + "LIMIT when only the first rows are looked at, or leave the ordering to the consumer (BI tool, downstream "
            + "job). A single-server database sorts in one process either way, so the rule runs on Spark and Hive SQL "
            + "only; the query of INSERT / CREATE TABLE AS is not reported (sorting before a write is a layout choice).")
        .bad("SELECT customer_id, sum(amount) AS total FROM sales GROUP BY customer_id ORDER BY total DESC")
        .good("SELECT customer_id, sum(amount) AS total FROM sales GROUP BY customer_id ORDER BY total DESC LIMIT 100")
        .dialects(Dialect.SPARK, Dialect.HIVE)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (!(ctx.statement() instanceof Select)) return;
        for (SqlNode n : ctx.tree().all(Select.class)) {
            Select s = (Select) n.value();
            List<OrderByElement> order = s.getOrderByElements();
            if (order == null || order.isEmpty() || SqlExpressions.isLimited(s) || !OrderByInSubqueryRule.isOutermost(n)) continue;
            if (n.parent() != null && n.parent().value() instanceof Select && SqlExpressions.isLimited((Select) n.parent().value())) continue;
            int[] clause = SqlExpressions.orderByClause(ctx.tokens(), ctx.text(),
                ctx.span(order.get(0).getExpression()).start(), ctx.span(order.get(order.size() - 1).getExpression()).end());
            if (clause == null) continue;
            int byEnd = ctx.keyword("BY", clause[0], clause[1]) != null ? ctx.keyword("BY", clause[0], clause[1]).end() : clause[1];
            ctx.report(clause[0], byEnd, "ORDER BY without LIMIT sorts the whole result globally (range shuffle and sort of every row)",
                null, Fix.hint("Add LIMIT n if only the first rows are used, or let the consumer sort the result"));
        }
    }
}
