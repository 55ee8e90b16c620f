package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.Update;

import java.util.List;
import java.util.Locale;

/** DELETE or UPDATE with no WHERE touches every row of the table. */
public final class DeleteWithoutWhereRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("delete-update-without-where")
        .title("DELETE or UPDATE without WHERE")
        .category(Category.SAFETY).severity(Severity.ERROR)
        .rationale("A DELETE or UPDATE without a WHERE clause changes every row of the table. It is almost always a "
            + "mistake (a condition lost while editing or building the SQL in code). If every row is really meant, "
            + "say so with TRUNCATE, or with an explicit WHERE TRUE, and suppress the finding. UPDATE ... FROM other "
            + "tables without a WHERE linking them to the updated table changes every row too (PostgreSQL, SQL Server), "
            + "each with values from an arbitrary joined row.")
        .bad("DELETE FROM orders")
        .good("DELETE FROM orders WHERE order_date < DATE '2020-01-01'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        Object s = ctx.statement();
        if (s instanceof Delete) {
            Delete d = (Delete) s;
            if (d.getWhere() == null && (d.getJoins() == null || d.getJoins().isEmpty()) && d.getLimit() == null) {
                report(ctx, "DELETE", "DELETE without WHERE removes every row of " + name(ctx, d.getTable()));
            }
        } else if (s instanceof Update) {
            Update u = (Update) s;
            if (u.getWhere() != null || u.getLimit() != null || !empty(u.getStartJoins())) return;
            if (u.getFromItem() == null && empty(u.getJoins())) {
                report(ctx, "UPDATE", "UPDATE without WHERE changes every row of " + name(ctx, u.getTable()));
            } else if (!fromNamesTarget(u)) {
                report(ctx, "UPDATE", "UPDATE without WHERE changes every row of " + name(ctx, u.getTable())
                    + ": the FROM tables are not linked to it");
            }
        }
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
    }

    /** {@code UPDATE t SET ... FROM t JOIN s ON ...} (SQL Server): the join restricts the target's rows. */
    private static boolean fromNamesTarget(Update u) {
        Table target = u.getTable();
        if (target == null) return true;
        if (names(u.getFromItem(), target)) return true;
        if (u.getJoins() != null) for (Join j : u.getJoins()) if (names(j.getRightItem(), target)) return true;
        return false;
    }

    private static boolean names(FromItem item, Table target) {
        if (!(item instanceof Table)) return false;
        Table t = (Table) item;
        String targetName = lower(target.getName());
        String targetAlias = target.getAlias() == null ? null : lower(target.getAlias().getName());
        String name = lower(t.getName());
        String alias = t.getAlias() == null ? null : lower(t.getAlias().getName());
        return name.equals(targetName) || name.equals(targetAlias) || alias != null && alias.equals(targetName);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String name(SqlRuleContext ctx, Object table) {
        return table == null ? "the table" : ctx.source(table);
    }

    private static void report(SqlRuleContext ctx, String keyword, String message) {
        var kw = ctx.keyword(keyword, 0, ctx.text().length());
        int start = kw != null ? kw.start() : 0;
        ctx.report(start, ctx.text().length(), message, null, Fix.hint("Add a WHERE clause that selects the rows to change"));
    }
}
