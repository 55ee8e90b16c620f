package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.List;
import java.util.Map;

/** {@code rank() OVER (ORDER BY x)} without PARTITION BY: Spark moves every row into one partition. */
public final class WindowWithoutPartitionRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("window-without-partition")
        .title("Window function without PARTITION BY")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A window with OVER () or OVER (ORDER BY ...) and no PARTITION BY has a single window over all rows. Spark "
            + "plans it with an Exchange SinglePartition: every row is shuffled to one task on one executor, which is "
            + "slow and can run out of memory on large inputs (Spark logs 'No Partition Defined for Window operation'). "
            + "Partition by a key when the computation allows it; for a global rank/top-n prefer ORDER BY ... LIMIT, "
            + "for a grand total a separate aggregate joined back. Not reported when the window runs over an aggregated "
            + "input (the same SELECT groups, or it reads a single grouped subquery or CTE): one row per group is usually "
            + "small, as in the TPC-DS ratio and ranking queries (sum(sum(x)) OVER (), q44, q49). Not reported for "
            + "PostgreSQL, where a single process evaluates the window either way.")
        .bad("SELECT order_id, row_number() OVER (ORDER BY created_at) AS seq FROM orders")
        .good("SELECT order_id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at) AS seq FROM orders")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (ctx.dialect() == Dialect.POSTGRES) return; // one process sorts either way: no data movement to avoid
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        for (SqlNode n : tree.all(AnalyticExpression.class)) {
            AnalyticExpression a = (AnalyticExpression) n.value();
            if (a.getType() != AnalyticType.OVER && a.getType() != AnalyticType.WITHIN_GROUP_OVER) continue;
            if (a.getPartitionExpressionList() != null && !a.getPartitionExpressionList().isEmpty()) continue;
            if (a.getWindowName() != null && !namedWindowUnpartitioned(n, a.getWindowName())) continue;
            if (!(n.query() instanceof PlainSelect)) continue;
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            if (aggregatedInput(tree, (PlainSelect) n.query(), ctes, 0)) continue;
            var whole = ctx.span(a);
            SqlToken over = ctx.keyword("OVER", whole.start(), whole.end());
            int start = over != null ? over.start() : whole.start();
            ctx.report(start, whole.end(), "window function " + a.getName() + "() has no PARTITION BY: Spark moves all rows "
                    + "to a single partition", null,
                Fix.hint("Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, "
                    + "for a grand total a separate aggregate joined back"));
        }
    }

    private static boolean namedWindowUnpartitioned(SqlNode n, String name) {
        if (!(n.query() instanceof PlainSelect)) return false;
        List<WindowDefinition> defs = ((PlainSelect) n.query()).getWindowDefinitions();
        if (defs == null) return false;
        for (WindowDefinition d : defs) {
            if (name.equalsIgnoreCase(d.getWindowName())) {
                return d.getPartitionExpressionList() == null || d.getPartitionExpressionList().isEmpty();
            }
        }
        return false;
    }

    /** The SELECT aggregates, or reads exactly one source that is an aggregated query. */
    private static boolean aggregatedInput(SqlTree tree, PlainSelect ps, Map<String, WithItem<?>> ctes, int depth) {
        if (SqlExpressions.isAggregating(tree, ps)) return true;
        if (depth > 8 || ps.getFromItem() == null || (ps.getJoins() != null && !ps.getJoins().isEmpty())) return false;
        SqlExpressions.Source s = SqlExpressions.source(ps.getFromItem(), ctes);
        return s.query != null && aggregated(tree, s.query, ctes, depth + 1);
    }

    private static boolean aggregated(SqlTree tree, Select s, Map<String, WithItem<?>> ctes, int depth) {
        while (s instanceof ParenthesedSelect) s = ((ParenthesedSelect) s).getSelect();
        if (s instanceof PlainSelect) return aggregatedInput(tree, (PlainSelect) s, ctes, depth);
        if (s instanceof SetOperationList) {
            for (Select b : ((SetOperationList) s).getSelects()) if (!aggregated(tree, b, ctes, depth + 1)) return false;
            return true;
        }
        return false;
    }
}
