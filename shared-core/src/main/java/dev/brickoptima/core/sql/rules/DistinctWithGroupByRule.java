package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Distinct;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code SELECT DISTINCT a, b ... GROUP BY a, b}: grouped rows are already unique on their keys. */
public final class DistinctWithGroupByRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("distinct-with-group-by")
        .title("DISTINCT on a grouped query")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("After GROUP BY every output row has a different combination of grouping keys. When all GROUP BY "
            + "expressions are in the select list, the rows are therefore already distinct and SELECT DISTINCT adds a "
            + "second aggregation (in Spark an extra HashAggregate, possibly an extra shuffle) that removes nothing. "
            + "The fix deletes DISTINCT. Not reported with GROUPING SETS, ROLLUP or CUBE (subtotal rows can coincide "
            + "with real NULL keys) or when a GROUP BY expression is missing from the select list.")
        .bad("SELECT DISTINCT region, count(*) FROM sales GROUP BY region")
        .good("SELECT region, count(*) FROM sales GROUP BY region")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            Distinct d = ps.getDistinct();
            GroupByElement g = ps.getGroupBy();
            if (d == null || g == null || (d.getOnSelectItems() != null && !d.getOnSelectItems().isEmpty())) continue;
            // GROUP BY ... WITH ROLLUP (MySQL) adds subtotal rows like ROLLUP (...): they can repeat a real row
            if (g.isMysqlWithRollup() || g.getGroupingSets() != null && !g.getGroupingSets().isEmpty()) continue;
            if (g.getGroupByExpressionList() == null || g.getGroupByExpressionList().isEmpty() || !redundant(ctx, ps, g)) continue;
            SqlToken kw = distinctKeyword(ctx, ps);
            if (kw == null) continue;
            int end = kw.end();
            while (end < ctx.text().length() && Character.isWhitespace(ctx.text().charAt(end))) end++;
            ctx.report(kw.start(), kw.end(), "DISTINCT is redundant: the query groups by columns that are all in the select list, "
                    + "so its rows are already unique", null,
                Fix.replace("Remove DISTINCT", kw.start(), end, ""));
        }
    }

    private static boolean redundant(SqlRuleContext ctx, PlainSelect ps, GroupByElement g) {
        Set<String> selected = new HashSet<>();
        List<SelectItem<?>> items = ps.getSelectItems();
        for (SelectItem<?> it : items) {
            if (it.getExpression() instanceof AllColumns) return false;
            selected.add(SqlExpressions.normalized(ctx.source(it.getExpression())));
            if (it.getAlias() != null) selected.add(SqlExpressions.identifier(it.getAlias().getName()));
        }
        for (Object o : g.getGroupByExpressionList()) {
            Expression e = (Expression) o;
            if (e instanceof Function) {
                String name = SqlExpressions.name((Function) e);
                if (name.equals("rollup") || name.equals("cube") || name.equals("grouping sets")) return false;
            }
            if (e instanceof LongValue) {
                long k = ((LongValue) e).getValue();
                if (k >= 1 && k <= items.size()) continue;
                return false;
            }
            if (!selected.contains(SqlExpressions.normalized(ctx.source(e)))) return false;
        }
        String rest = SqlExpressions.normalized(ctx.source(g));
        return !rest.contains("rollup") && !rest.contains("cube") && !rest.contains("grouping sets");
    }

    private static SqlToken distinctKeyword(SqlRuleContext ctx, PlainSelect ps) {
        int start = ctx.span(ps).start();
        List<SqlToken> tokens = ctx.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.start() < start || !t.isWord(ctx.text(), "SELECT")) continue;
            int k = i + 1;
            while (k < tokens.size() && tokens.get(k).isComment()) k++;
            return k < tokens.size() && tokens.get(k).isWord(ctx.text(), "DISTINCT") ? tokens.get(k) : null;
        }
        return null;
    }
}
