package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** DELETE or UPDATE with no WHERE touches every row of the table. */
public final class DeleteWithoutWhereRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("delete-update-without-where")
        .title("DELETE or UPDATE without WHERE")
        .category(Category.SAFETY).severity(Severity.ERROR)
        .rationale("A DELETE or UPDATE without a WHERE clause changes every row of the table. It is almost always a "
            + "mistake (a condition lost while editing or building the SQL in code). If every row is really meant, "
            + "say so with TRUNCATE, or with an explicit WHERE TRUE, and suppress the finding.")
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
            if (u.getWhere() == null && u.getFromItem() == null && (u.getJoins() == null || u.getJoins().isEmpty()) && u.getLimit() == null) {
                report(ctx, "UPDATE", "UPDATE without WHERE changes every row of " + name(ctx, u.getTable()));
            }
        }
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
