package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.Spans;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

/** {@code x = NULL} is never true: comparisons with NULL yield NULL. */
public final class NullComparisonRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("null-comparison")
        .title("Comparison with NULL using = or <>")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("In SQL any comparison with NULL yields NULL, which a filter treats as false: 'x = NULL' matches no row "
            + "and 'x <> NULL' matches no row either. Use IS NULL / IS NOT NULL.")
        .bad("SELECT id FROM users WHERE deleted_at = NULL")
        .good("SELECT id FROM users WHERE deleted_at IS NULL")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(ComparisonOperator.class)) {
            ComparisonOperator c = (ComparisonOperator) n.value();
            boolean eq = c instanceof EqualsTo;
            if (!eq && !(c instanceof NotEqualsTo)) continue;
            Expression other;
            if (c.getRightExpression() instanceof NullValue) other = c.getLeftExpression();
            else if (c.getLeftExpression() instanceof NullValue) other = c.getRightExpression();
            else continue;
            Spans.Span whole = ctx.span(c);
            String operand = ctx.source(other);
            String replacement = operand + (eq ? " IS NULL" : " IS NOT NULL");
            ctx.report(whole.start(), whole.end(),
                "'" + ctx.originalText().substring(whole.start(), whole.end()) + "' is never true; use " + (eq ? "IS NULL" : "IS NOT NULL"), null,
                Fix.replace("Replace with '" + replacement + "'", whole.start(), whole.end(), replacement));
        }
    }
}
