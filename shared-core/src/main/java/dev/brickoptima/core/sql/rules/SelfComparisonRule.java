package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Clause;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.schema.Column;

/** {@code a.x = a.x} compares a column with itself: almost always a typo for another table's column. */
public final class SelfComparisonRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("self-comparison")
        .title("Column compared with itself")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("A comparison whose two sides are the same column is constant: '=', '<=' and '>=' are true for every "
            + "non-NULL value (so they only drop NULLs), '<>', '<' and '>' are never true. In a join condition this is "
            + "usually a typo ('o.id = o.id' instead of 'o.id = c.order_id') that turns the join into a cartesian "
            + "product. To keep only non-NULL values write 'x IS NOT NULL'.")
        .bad("SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = o.customer_id")
        .good("SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(ComparisonOperator.class)) {
            ComparisonOperator c = (ComparisonOperator) n.value();
            Expression l = SqlExpressions.unwrap(c.getLeftExpression());
            Expression r = SqlExpressions.unwrap(c.getRightExpression());
            if (!(l instanceof Column) || !(r instanceof Column)) continue;
            String ln = SqlExpressions.identifier(((Column) l).getFullyQualifiedName());
            if (ln.isEmpty() || !ln.equals(SqlExpressions.identifier(((Column) r).getFullyQualifiedName()))) continue;
            boolean reflexive = c instanceof EqualsTo || c instanceof GreaterThanEquals || c instanceof MinorThanEquals;
            String col = ctx.source(l);
            String where = n.clause() == Clause.ON ? "; the join condition does not relate the two tables" : "";
            ctx.report(c, "'" + ctx.source(c) + "' compares " + col + " with itself and is "
                    + (reflexive ? "true for every non-NULL value" : "never true") + where,
                Fix.hint(reflexive
                    ? "Compare " + col + " with the intended column of the other table, or write '" + col + " IS NOT NULL'"
                    : "Compare " + col + " with the intended column; as written the condition removes every row"));
        }
    }
}
