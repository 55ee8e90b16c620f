package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LambdaExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code SELECT region, city, count(*) ... GROUP BY region}: {@code city} is neither grouped nor aggregated.
 * Spark and Hive only: PostgreSQL (and SQL:1999) accept columns functionally dependent on a grouped primary key.
 */
public final class ColumnNotInGroupByRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("column-not-in-group-by")
        .title("Selected column neither grouped nor aggregated")
        .category(Category.CORRECTNESS).severity(Severity.ERROR)
        .rationale("In a grouped query every selected column must be in GROUP BY or inside an aggregate: one output "
            + "row stands for many input rows, and a plain column has no single value for it. Spark rejects the query "
            + "('expression is neither present in the group by, nor is it an aggregate function'), and so does Hive "
            + "('Expression not in GROUP BY key'). Checked on Spark and Hive SQL only, since PostgreSQL and MySQL accept "
            + "columns that depend on a grouped primary key. Only columns "
            + "used directly (or in arithmetic, CASE or CAST) are reported; columns inside other function calls are "
            + "left alone because user-defined aggregates cannot be told from scalar functions.")
        .bad("SELECT region, city, count(*) AS orders FROM sales GROUP BY region")
        .good("SELECT region, city, count(*) AS orders FROM sales GROUP BY region, city")
        .dialects(Dialect.SPARK, Dialect.HIVE)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            if (ps.getGroupBy() == null || ps.getSelectItems() == null) continue;
            SqlNode group = ctx.tree().nodeOf(ps.getGroupBy());
            if (group == null) continue;
            Set<String> groupedText = new HashSet<>();
            Set<String> groupedNames = new HashSet<>();
            Set<Integer> ordinals = new HashSet<>();
            boolean all = false;
            for (SqlNode g : ctx.tree().descendants(group)) {
                Object v = g.value();
                if (v instanceof AllValue || v instanceof Column && ((Column) v).getColumnName().equalsIgnoreCase("all")) all = true;
                if (v instanceof LongValue && isTopLevel(g, group)) ordinals.add((int) ((LongValue) v).getValue());
                if (v instanceof Column) groupedNames.add(SqlExpressions.identifier(((Column) v).getColumnName()));
                if (v instanceof Expression) groupedText.add(SqlExpressions.normalized(ctx.source(v)));
            }
            if (all) continue; // GROUP BY ALL (Databricks): every non-aggregate is grouped
            List<SelectItem<?>> items = ps.getSelectItems();
            Set<String> reported = new HashSet<>();
            Set<String> local = new HashSet<>();
            for (SqlExpressions.Source src : SqlExpressions.sources(ps, SqlExpressions.ctes(ctx.tree()))) {
                if (src.name != null) local.add(src.name);
            }
            Set<String> earlierAliases = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                SelectItem<?> it = items.get(i);
                if (i > 0 && items.get(i - 1).getAlias() != null) earlierAliases.add(SqlExpressions.identifier(items.get(i - 1).getAlias().getName()));
                if (ordinals.contains(i + 1)) continue;
                if (it.getAlias() != null && groupedNames.contains(SqlExpressions.identifier(it.getAlias().getName()))) continue;
                SqlNode item = ctx.tree().nodeOf(it);
                if (item == null) continue;
                for (SqlNode d : ctx.tree().descendants(item)) {
                    if (!(d.value() instanceof Column) || d.query() != ps) continue;
                    Column c = (Column) d.value();
                    if (isKeywordValue(c) || isOuterReference(c, local) || !bare(d, item, groupedText, ctx)) continue;
                    // a lateral column alias (SUM(x) AS a, a + 1 AS b): the aliased item is checked itself
                    if (isLateralAlias(c, earlierAliases)) continue;
                    if (grouped(c, groupedText, groupedNames, ctx)) continue;
                    Spans.Span s = Spans.of(c);
                    if (s == null || !reported.add(SqlExpressions.identifier(c.getFullyQualifiedName()))) continue;
                    String name = ctx.source(c);
                    ctx.report(s.start(), s.end(), "'" + name + "' is neither in GROUP BY nor inside an aggregate", null,
                        Fix.hint("Add " + name + " to GROUP BY, or aggregate it (e.g. max(" + name + ") or any_value(" + name + "))"));
                }
            }
        }
    }

    /**
     * A direct element of the GROUP BY list ({@code GROUP BY 1, 2}), also inside {@code CUBE(1, 2)}, {@code ROLLUP}
     * and grouping sets; not a literal inside an expression.
     */
    private static boolean isTopLevel(SqlNode g, SqlNode group) {
        SqlNode p = g.parent();
        while (p != null && p != group && (p.value() instanceof ExpressionList || isGroupingCall(p.value()))) p = p.parent();
        return p == group;
    }

    private static boolean isGroupingCall(Object v) {
        if (!(v instanceof Function)) return false;
        String n = SqlExpressions.name((Function) v);
        return n.equals("cube") || n.equals("rollup") || n.equals("grouping");
    }

    private static boolean isLateralAlias(Column c, Set<String> earlierAliases) {
        return (c.getTable() == null || c.getTable().getName() == null) && earlierAliases.contains(SqlExpressions.identifier(c.getColumnName()));
    }

    /**
     * True when the column is used as a plain value: not inside a function call, window, lambda or subquery, and no
     * enclosing expression of the item is itself a GROUP BY expression.
     */
    private static boolean bare(SqlNode column, SqlNode item, Set<String> groupedText, SqlRuleContext ctx) {
        for (SqlNode p = column.parent(); p != null && p != item; p = p.parent()) {
            Object v = p.value();
            if (v instanceof Function || v instanceof AnalyticExpression || v instanceof LambdaExpression) return false;
            if (v instanceof Expression && groupedText.contains(SqlExpressions.normalized(ctx.source(v)))) return false;
        }
        return true;
    }

    private static boolean grouped(Column c, Set<String> groupedText, Set<String> groupedNames, SqlRuleContext ctx) {
        if (groupedText.contains(SqlExpressions.normalized(ctx.source(c)))) return true;
        // a qualified and an unqualified reference to the same column name: t.region vs region
        if (c.getTable() == null || c.getTable().getName() == null) return groupedNames.contains(SqlExpressions.identifier(c.getColumnName()));
        for (String g : groupedText) {
            if (g.equals(SqlExpressions.identifier(c.getColumnName()))) return true;
        }
        return false;
    }

    /** {@code o.x} where {@code o} is not a table of this SELECT: a correlated reference, constant per group. */
    private static boolean isOuterReference(Column c, Set<String> local) {
        if (c.getTable() == null || c.getTable().getName() == null) return false;
        return !local.contains(SqlExpressions.identifier(c.getTable().getName()));
    }

    /** Words the parser may read as columns: TRUE, FALSE, NULL, CURRENT_DATE and friends, Hive's grouping__id. */
    private static boolean isKeywordValue(Column c) {
        if (c.getTable() != null && c.getTable().getName() != null) return false;
        String n = SqlExpressions.identifier(c.getColumnName());
        return n.equals("true") || n.equals("false") || n.equals("null") || n.startsWith("current_") || n.equals("localtimestamp")
            || n.equals("localtime") || n.startsWith("__") || n.equals("grouping__id");
    }
}
