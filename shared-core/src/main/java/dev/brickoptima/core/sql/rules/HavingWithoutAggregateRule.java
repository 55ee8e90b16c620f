package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.HashSet;
import java.util.Set;

/** {@code GROUP BY region HAVING region = 'EU'}: a filter on a grouping key belongs in WHERE, before the aggregation. */
public final class HavingWithoutAggregateRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("having-without-aggregate")
        .title("HAVING condition without an aggregate")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("HAVING filters groups after the aggregation. A HAVING condition that only tests grouping keys "
            + "(HAVING region = 'EU') can be decided per input row, so in WHERE it removes rows before they are "
            + "shuffled and aggregated. Spark and PostgreSQL usually push such a condition down themselves, MySQL and "
            + "others do not; in WHERE the intent is clear everywhere. Only conditions whose columns are all GROUP BY "
            + "expressions are reported (not select aliases of aggregates, subqueries, or queries with ROLLUP, CUBE or "
            + "GROUPING SETS, where subtotal rows make HAVING and WHERE differ).")
        .bad("SELECT region, sum(amount) FROM sales GROUP BY region HAVING region = 'EU'")
        .good("SELECT region, sum(amount) FROM sales WHERE region = 'EU' GROUP BY region")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        for (SqlNode n : tree.all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            GroupByElement g = ps.getGroupBy();
            if (ps.getHaving() == null || g == null || g.getGroupByExpressionList() == null || g.getGroupByExpressionList().isEmpty()) continue;
            // WITH ROLLUP (MySQL) adds subtotal rows with NULL keys like ROLLUP (...): HAVING and WHERE differ there
            if (g.isMysqlWithRollup() || g.getGroupingSets() != null && !g.getGroupingSets().isEmpty()) continue;
            Set<String> keys = new HashSet<>();
            boolean rollup = false;
            for (Object o : g.getGroupByExpressionList()) {
                String k = SqlExpressions.normalized(ctx.source(o));
                if (k.startsWith("rollup") || k.startsWith("cube") || k.startsWith("grouping")) rollup = true;
                keys.add(k);
                if (o instanceof Column) keys.add(SqlExpressions.identifier(((Column) o).getColumnName()));
            }
            if (rollup) continue;
            Set<String> aggregateAliases = new HashSet<>();
            for (SelectItem<?> it : ps.getSelectItems()) {
                if (it.getAlias() != null && SqlExpressions.hasAggregate(tree, it.getExpression())) {
                    aggregateAliases.add(SqlExpressions.identifier(it.getAlias().getName()));
                }
            }
            for (Expression c : SqlExpressions.conjuncts(ps.getHaving())) {
                if (!onKeysOnly(ctx, c, keys, aggregateAliases)) continue;
                ctx.report(c, "HAVING condition (" + ctx.source(c) + ") uses no aggregate: filter the rows in WHERE, before grouping",
                    Fix.hint("Move '" + ctx.source(c) + "' from HAVING to the WHERE clause"));
            }
        }
    }

    /** Every column is a grouping key (and not an aggregate's alias); no aggregate, window, subquery or random call. */
    private static boolean onKeysOnly(SqlRuleContext ctx, Expression c, Set<String> keys, Set<String> aggregateAliases) {
        boolean column = false;
        for (SqlNode d : SqlExpressions.subtree(ctx.tree(), c)) {
            Object v = d.value();
            if (v instanceof Select || v instanceof AnalyticExpression) return false;
            if (v instanceof Function && (SqlExpressions.isAggregate((Function) v) || SqlExpressions.isNonDeterministic((Function) v))) return false;
            if (v instanceof Column) {
                Column col = (Column) v;
                String name = SqlExpressions.identifier(col.getColumnName());
                if (col.getTable() == null && aggregateAliases.contains(name)) return false;
                if (!keys.contains(SqlExpressions.normalized(ctx.source(col))) && !(col.getTable() == null && keys.contains(name))) return false;
                column = true;
            }
        }
        return column;
    }
}
