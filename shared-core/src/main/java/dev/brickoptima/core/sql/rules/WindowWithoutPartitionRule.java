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

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            + "small, as in the TPC-DS ratio and ranking queries (sum(sum(x)) OVER (), q44, q49). Hive likewise sends an "
            + "unpartitioned window to one reducer. Runs on Spark and Hive SQL only: a single-server database (PostgreSQL, "
            + "MySQL, SQL Server) evaluates the window in one process either way. Functions sharing one window (a named "
            + "WINDOW or identical OVER clauses) run in one Window operator and are reported once.")
        .bad("SELECT order_id, row_number() OVER (ORDER BY created_at) AS seq FROM orders")
        .good("SELECT order_id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at) AS seq FROM orders")
        .dialects(Dialect.SPARK, Dialect.HIVE)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        Map<String, List<Use>> byWindow = new LinkedHashMap<>();
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
            // functions over the same window (a named WINDOW, or identical OVER clauses) share one Window operator
            // and one exchange in Spark: one cause, one finding
            String spec = a.getWindowName() != null ? "name:" + a.getWindowName().toLowerCase()
                : withoutSpaces(ctx.text().substring(start, whole.end()).toLowerCase());
            String key = System.identityHashCode(n.query()) + "|" + spec;
            byWindow.computeIfAbsent(key, k -> new ArrayList<>()).add(new Use(a.getName(), start, whole.end()));
        }
        for (List<Use> same : byWindow.values()) {
            Use first = same.get(0);
            StringBuilder names = new StringBuilder();
            for (Use f : same) {
                String name = f.function() + "()";
                if (names.indexOf(name) >= 0) continue;
                if (names.length() > 0) names.append(", ");
                names.append(name);
            }
            String what = same.size() == 1 ? "window function " + names + " has"
                : same.size() + " window functions (" + names + ") share one window that has";
            ctx.report(first.start(), first.end(), what + " no PARTITION BY: Spark moves all rows "
                    + "to a single partition", null,
                Fix.hint("Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, "
                    + "for a grand total a separate aggregate joined back"));
        }
    }

    /** One window function call: its name and the span reported (from OVER to its end). */
    private record Use(String function, int start, int end) {
    }

    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
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
