package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Clause;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.HashSet;
import java.util.Set;

/** {@code WHERE count(*) > 1}: aggregates and window functions are computed after WHERE, so they cannot appear in it. */
public final class AggregateInWhereRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("aggregate-in-where")
        .title("Aggregate or window function in WHERE, ON or GROUP BY")
        .category(Category.CORRECTNESS).severity(Severity.ERROR)
        .rationale("WHERE and ON filter rows before grouping, and GROUP BY defines the groups, so an aggregate such as "
            + "COUNT(*) or SUM(x), or a window function, cannot be evaluated there; Spark and PostgreSQL reject the "
            + "query. A condition on an aggregate belongs in HAVING; a condition on a window function needs a subquery "
            + "(or QUALIFY on Databricks). Aggregates inside a subquery of the WHERE clause are fine.")
        .bad("SELECT customer_id FROM orders WHERE count(*) > 5 GROUP BY customer_id")
        .good("SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 5")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().nodes()) {
            Clause c = n.clause();
            if (c != Clause.WHERE && c != Clause.ON && c != Clause.GROUP_BY) continue;
            boolean window = n.value() instanceof AnalyticExpression;
            boolean aggregate = SqlExpressions.isAggregateCall(n);
            if (!window && !aggregate) continue;
            if (nestedInAggregate(n)) continue;
            if (c == Clause.GROUP_BY && aggregate && isGroupingConstruct(n)) continue;
            if (aggregate && c == Clause.WHERE && isOuterAggregate(ctx, n)) continue;
            String where = c == Clause.GROUP_BY ? "GROUP BY" : c == Clause.ON ? "a join condition" : "WHERE";
            String fn = ctx.source(n.value());
            if (window) {
                ctx.report(n.value(), "window function " + fn + " in " + where + " is not allowed; filter on it in an outer query",
                    Fix.hint("Compute " + fn + " in a subquery or CTE and filter its result in the outer WHERE"));
            } else {
                ctx.report(n.value(), "aggregate " + fn + " in " + where + " is not allowed"
                        + (c == Clause.WHERE ? "; move the condition to HAVING" : ""),
                    Fix.hint(c == Clause.WHERE ? "Move the condition on " + fn + " to a HAVING clause after GROUP BY"
                        : "Compute " + fn + " in a subquery and use its result here"));
            }
        }
    }

    /** An aggregate inside another reported one ({@code count(max(x))}) is reported once, at the outer call. */
    private static boolean nestedInAggregate(SqlNode n) {
        for (SqlNode p = n.parent(); p != null && p.query() == n.query(); p = p.parent()) {
            if (p.value() instanceof AnalyticExpression) return true;
            if (SqlExpressions.isAggregateCall(p)) return true;
        }
        return false;
    }

    /** {@code CUBE(a, b)}, {@code ROLLUP(a)} and {@code GROUPING SETS (...)} (read as a GROUPING call) are groupings, not aggregates. */
    private static boolean isGroupingConstruct(SqlNode n) {
        String name = SqlExpressions.name((Function) n.value());
        return name.equals("grouping") || name.equals("cube") || name.equals("rollup");
    }

    /**
     * An aggregate of the outer query inside a correlated subquery: {@code HAVING EXISTS (SELECT 1 FROM b WHERE
     * b.x = max(a.y))} where every column it reads belongs to an enclosing query. Spark evaluates it in the outer
     * query's aggregation, so it is valid there.
     */
    private static boolean isOuterAggregate(SqlRuleContext ctx, SqlNode n) {
        PlainSelect own = enclosingSelect(n);
        if (own == null || enclosingSelect(ctx.tree().nodeOf(own)) == null) return false;
        Set<String> local = new HashSet<>();
        for (SqlExpressions.Source src : SqlExpressions.sources(own, SqlExpressions.ctes(ctx.tree()))) {
            if (src.name != null) local.add(src.name);
        }
        int columns = 0;
        for (SqlNode d : ctx.tree().descendants(n)) {
            if (!(d.value() instanceof Column) || d.query() != n.query()) continue;
            Column col = (Column) d.value();
            boolean qualified = col.getTable() != null && col.getTable().getName() != null;
            boolean outer = qualified ? !local.contains(SqlExpressions.identifier(col.getTable().getName())) : own.getFromItem() == null;
            if (!outer) return false;
            columns++;
        }
        return columns > 0;
    }

    private static PlainSelect enclosingSelect(SqlNode n) {
        for (SqlNode p = n == null ? null : n.parent(); p != null; p = p.parent()) {
            if (p.value() instanceof PlainSelect) return (PlainSelect) p.value();
        }
        return null;
    }
}
