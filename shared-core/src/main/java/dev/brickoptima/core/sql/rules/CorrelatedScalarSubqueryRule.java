package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scalar subquery in the SELECT list that refers to the outer row: evaluated per row or turned into an extra join. */
public final class CorrelatedScalarSubqueryRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("correlated-scalar-subquery")
        .title("Correlated scalar subquery in the SELECT list")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A subquery in the select list that refers to a column of the outer query is, in principle, run once per "
            + "outer row. Databases often execute it literally that way (a nested loop of index lookups at best); Spark "
            + "rewrites it into an aggregation plus a left outer join, but only for simple equality correlation, and "
            + "fails on other forms. Writing the aggregation once in a derived table grouped by the correlation key and "
            + "joining it makes the cost explicit and lets the optimizer choose the join. A correlation is detected "
            + "through qualified column names (alias.column) that name a table of the outer query; unqualified names "
            + "are not guessed.")
        .bad("SELECT c.id, (SELECT max(o.amount) FROM orders o WHERE o.customer_id = c.id) AS top_order FROM customers c")
        .good("SELECT c.id, m.top_order FROM customers c LEFT JOIN (SELECT customer_id, max(amount) AS top_order "
            + "FROM orders GROUP BY customer_id) m ON m.customer_id = c.id")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        for (SqlNode n : tree.all(ParenthesedSelect.class)) {
            SqlNode item = n.ancestor(SelectItem.class);
            if (item == null || !(item.query() instanceof PlainSelect)) continue;
            if (nearestQuery(n) != item.query()) continue; // only subqueries directly in this select list
            // EXISTS (...) and x IN (...) are not scalar subqueries
            if (n.parent() != null && (n.parent().value() instanceof ExistsExpression || n.parent().value() instanceof InExpression)) continue;
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            List<SqlExpressions.Source> outer = SqlExpressions.sources((PlainSelect) item.query(), ctes);
            Column ref = outerReference(tree, n, outer, ctes);
            if (ref == null) continue;
            ctx.report(n.value(), "scalar subquery in the SELECT list is correlated with the outer query on '" + ctx.source(ref)
                    + "': it runs per outer row or becomes an extra join and aggregation",
                Fix.hint("Aggregate once in a derived table grouped by the correlation key and LEFT JOIN it to the outer query"));
        }
    }

    /** The innermost query strictly above {@code n}. */
    private static Object nearestQuery(SqlNode n) {
        return n.parent() == null ? null : n.parent().query();
    }

    /** A qualified column inside the subquery that names a source of the outer query and none of its own; or null. */
    private static Column outerReference(SqlTree tree, SqlNode sub, List<SqlExpressions.Source> outer, Map<String, WithItem<?>> ctes) {
        Set<String> inner = new HashSet<>();
        List<SqlNode> nodes = SqlExpressions.subtree(tree, sub.value());
        for (SqlNode d : nodes) {
            if (!(d.value() instanceof PlainSelect)) continue;
            for (SqlExpressions.Source s : SqlExpressions.sources((PlainSelect) d.value(), ctes)) {
                if (s.name != null) inner.add(s.name);
                if (s.item instanceof Table) inner.add(SqlExpressions.identifier(((Table) s.item).getName()));
            }
        }
        for (SqlNode d : nodes) {
            if (!(d.value() instanceof Column)) continue;
            Column c = (Column) d.value();
            if (c.getTable() == null || c.getTable().getName() == null) continue;
            String q = SqlExpressions.identifier(c.getTable().getName());
            if (inner.contains(q)) continue;
            if (!SqlExpressions.candidates(c, outer).isEmpty()) return c;
        }
        return null;
    }
}
