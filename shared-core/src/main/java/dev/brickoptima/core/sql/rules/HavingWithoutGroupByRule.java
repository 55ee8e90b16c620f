package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.HashSet;
import java.util.Set;

/** {@code SELECT a FROM t HAVING a > 1}: HAVING without GROUP BY or aggregate, where WHERE was meant. */
public final class HavingWithoutGroupByRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("having-without-group-by")
        .title("HAVING without GROUP BY or aggregate")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("HAVING filters groups. Without GROUP BY the whole table becomes one group, so a HAVING condition "
            + "that uses no aggregate either fails (the column is not grouped: Spark and PostgreSQL reject it) or filters "
            + "the single group instead of rows. A row filter belongs in WHERE. 'SELECT count(*) FROM t HAVING count(*) > 0' "
            + "and aggregate queries ('SELECT count(*) AS n FROM t HAVING n > 0') are legitimate and not reported.")
        .bad("SELECT order_id, amount FROM orders HAVING amount > 100")
        .good("SELECT order_id, amount FROM orders WHERE amount > 100")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            if (ps.getHaving() == null || ps.getGroupBy() != null) continue;
            SqlNode having = ctx.tree().nodeOf(ps.getHaving());
            if (having == null || usesAggregate(ctx, having, ps) || selectsAggregate(ctx, ps)) continue;
            int hStart = ctx.span(ps.getHaving()).start();
            SqlToken kw = null;
            for (SqlToken t : ctx.tokens()) {
                if (t.end() > hStart) break;
                if (t.isWord(ctx.text(), "HAVING")) kw = t;
            }
            if (kw == null) continue;
            int end = ctx.span(ps.getHaving()).end();
            Fix fix = ps.getWhere() == null && !usesSelectAlias(ctx, having, ps)
                ? Fix.replace("Replace HAVING with WHERE", kw.start(), kw.end(), "WHERE")
                : Fix.hint("Move the condition into the WHERE clause (combine with AND)");
            ctx.report(kw.start(), end, "HAVING without GROUP BY filters no groups; use WHERE for '" + ctx.source(ps.getHaving()) + "'",
                null, fix);
        }
    }

    private static boolean usesAggregate(SqlRuleContext ctx, SqlNode having, PlainSelect ps) {
        for (SqlNode d : ctx.tree().descendants(having)) {
            if (d.query() != ps) continue;
            if (d.value() instanceof AnalyticExpression) return true;
            if (d.value() instanceof Function && SqlExpressions.isAggregate((Function) d.value())) return true;
        }
        Object v = having.value();
        return v instanceof Function && SqlExpressions.isAggregate((Function) v);
    }

    /** {@code SELECT count(*) AS c FROM t HAVING c > 0}: an aggregate query whose HAVING names an aggregate alias. */
    private static boolean selectsAggregate(SqlRuleContext ctx, PlainSelect ps) {
        for (SelectItem<?> it : ps.getSelectItems()) {
            SqlNode item = ctx.tree().nodeOf(it);
            if (item == null) continue;
            for (SqlNode d : ctx.tree().descendants(item)) {
                if (d.query() == ps && d.value() instanceof Function && SqlExpressions.isAggregate((Function) d.value())) return true;
            }
        }
        return false;
    }

    /** HAVING may name select-list aliases, WHERE may not: then the keyword swap alone is not safe. */
    private static boolean usesSelectAlias(SqlRuleContext ctx, SqlNode having, PlainSelect ps) {
        Set<String> aliases = new HashSet<>();
        for (SelectItem<?> it : ps.getSelectItems()) if (it.getAlias() != null) aliases.add(SqlExpressions.identifier(it.getAlias().getName()));
        if (aliases.isEmpty()) return false;
        if (having.value() instanceof Column && aliases.contains(SqlExpressions.identifier(((Column) having.value()).getColumnName()))) return true;
        for (SqlNode d : ctx.tree().descendants(having)) {
            if (d.value() instanceof Column && ((Column) d.value()).getTable() == null
                    && aliases.contains(SqlExpressions.identifier(((Column) d.value()).getColumnName()))) return true;
        }
        return false;
    }
}
