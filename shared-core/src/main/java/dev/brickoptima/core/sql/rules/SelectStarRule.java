package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;

/** {@code SELECT *} reads every column: no column pruning, brittle when the table changes. */
public final class SelectStarRule implements SqlRule {
    private static final RuleMetadata META = RuleMetadata.rule("select-star")
        .title("SELECT * reads every column")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("SELECT * reads every column of the table. On columnar formats (Parquet, Delta, ORC) listing only the "
            + "needed columns lets the engine skip the others entirely; it also keeps the query stable when columns are "
            + "added or reordered. Stars inside EXISTS are not reported: no column is read there.")
        .bad("SELECT * FROM sales")
        .good("SELECT order_id, amount FROM sales")
        .build();

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(AllColumns.class)) {
            if (!(n.parent() != null && n.parent().value() instanceof net.sf.jsqlparser.statement.select.SelectItem)) continue;
            if (n.hasAncestor(ExistsExpression.class)) continue;
            String what = n.value() instanceof AllTableColumns ? "'" + ctx.source(n.value()) + "'" : "SELECT *";
            ctx.report(n.value(), what + " reads every column; list the columns the query needs",
                Fix.hint("Replace the star with the list of columns the query uses"));
        }
    }
}
