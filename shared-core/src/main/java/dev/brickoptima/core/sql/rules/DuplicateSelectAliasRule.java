package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Clause;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two output columns of one SELECT with the same name: references to it are ambiguous, Spark refuses to write it. */
public final class DuplicateSelectAliasRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("duplicate-select-alias")
        .title("Two output columns with the same name")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("When two items of a select list get the same name, an outer query, a view or a CTE reference to that "
            + "name is ambiguous (an error, or silently the first column depending on the engine), and Spark refuses to "
            + "write such a result to a table ('Found duplicate column(s)'). Reported when at least one of the two names "
            + "is an explicit alias, and for implicit duplicates ('a.id, b.id') where the names are used: in a derived "
            + "table, a CTE, or CREATE TABLE/VIEW AS.")
        .bad("SELECT o.amount AS total, o.tax AS total FROM orders o")
        .good("SELECT o.amount AS total, o.tax AS total_tax FROM orders o")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            List<SelectItem<?>> items = ps.getSelectItems();
            if (items == null || items.size() < 2) continue;
            boolean namesUsed = namesUsed(n);
            Map<String, SelectItem<?>> seen = new HashMap<>();
            for (SelectItem<?> it : items) {
                String name = name(it);
                if (name == null) continue;
                SelectItem<?> prev = seen.get(name);
                if (prev == null) {
                    seen.put(name, it);
                    continue;
                }
                boolean explicit = it.getAlias() != null || prev.getAlias() != null;
                if (!explicit && !namesUsed) continue;
                Spans.Span at = nameSpan(ctx, it);
                if (at == null) continue;
                ctx.report(at.start(), at.end(), "output column name '" + name + "' is used twice in this SELECT (also '"
                        + ctx.source(prev) + "')", null,
                    Fix.hint("Give each output column its own name, e.g. '" + ctx.source(it.getExpression()) + " AS "
                        + name + "_2'"));
            }
        }
    }

    /** The output name of an item: its alias, or a plain column's name; null for unnamed expressions and stars. */
    private static String name(SelectItem<?> it) {
        if (it.getAlias() != null) {
            if (it.getAlias().getAliasColumns() != null && !it.getAlias().getAliasColumns().isEmpty()) return null;
            return SqlExpressions.identifier(it.getAlias().getName());
        }
        Expression e = it.getExpression();
        return e instanceof Column ? SqlExpressions.identifier(((Column) e).getColumnName()) : null;
    }

    /** The alias token of an item with an alias, else the column itself. */
    private static Spans.Span nameSpan(SqlRuleContext ctx, SelectItem<?> it) {
        Spans.Span whole = Spans.of(it);
        if (it.getAlias() == null) return Spans.of(it.getExpression());
        if (whole == null) return null;
        SqlToken last = null;
        for (SqlToken t : ctx.tokens()) {
            if (t.start() >= whole.start() && t.end() <= whole.end() && !t.isComment()) last = t;
        }
        return last == null ? whole : new Spans.Span(last.start(), last.end());
    }

    /** Whether the SELECT's column names are referenced: it feeds a derived table, a CTE or CREATE ... AS. */
    private static boolean namesUsed(SqlNode select) {
        SqlNode cur = select;
        while (true) {
            SqlNode p = cur.parent();
            if (p == null) return false;
            Object v = p.value();
            if (v instanceof SetOperationList) {
                List<?> branches = ((SetOperationList) v).getSelects();
                if (branches.isEmpty() || branches.get(0) != cur.value()) return false; // only the first branch names columns
            } else if (v instanceof ParenthesedSelect) {
                // a parenthesised branch of a set operation carries the FROM clause too: it is not a derived table
                boolean branch = p.parent() != null && p.parent().value() instanceof SetOperationList;
                if (!branch && (p.clause() == Clause.FROM || p.clause() == Clause.JOIN)) return true;
            } else {
                return v instanceof WithItem || v instanceof CreateTable || v instanceof CreateView;
            }
            cur = p;
        }
    }
}
