package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;

/** {@code x IN (v1, ..., v5000)}: a huge literal list bloats the statement and the plan, and prunes little data. */
public final class LargeInListRule implements SqlRule {
    static final Threshold MAX = Threshold.count("max", 100, "the largest number of values in an IN list not reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("large-in-list")
        .title("Very large IN list")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("An IN list with hundreds or thousands of literals makes the statement large to send, parse, plan and log; "
            + "databases re-plan it for every distinct list (Oracle rejects more than 1,000), and Spark plans it as an "
            + "InSet that it does push to the source, but Parquet checks a list longer than "
            + "spark.sql.parquet.pushdown.inFilterThreshold (10 by default) only as a range from its smallest to its "
            + "largest value, so little data is skipped. A few hundred values already cost noticeably in parsing and "
            + "planning. Put the values in a table (a temporary view, a VALUES relation, or a broadcast DataFrame in "
            + "Spark) and join or semi-join it. The plan rule plan-large-in-list finds the same lists in Spark plans.")
        .bad("SELECT * FROM orders WHERE customer_id IN (1, 2, 3, /* ... */ 5000)")
        .good("SELECT o.* FROM orders o JOIN selected_customers s ON s.customer_id = o.customer_id")
        .exampleConfig("thresholds:\n  large-in-list.max: 3\n")
        .thresholds(MAX)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        int max = (int) ctx.threshold(MAX);
        for (SqlNode n : ctx.tree().all(InExpression.class)) {
            InExpression in = (InExpression) n.value();
            if (!(in.getRightExpression() instanceof ExpressionList)) continue;
            int size = ((ExpressionList<?>) in.getRightExpression()).size();
            if (size <= max) continue;
            String left = ctx.source(in.getLeftExpression());
            if (left.length() > 40) left = left.substring(0, 37) + "...";
            ctx.report(in.getRightExpression(), "IN list with " + size + " values on " + left + " (more than " + max
                    + "): large to parse and plan, and not pushed down as a filter",
                Fix.hint(ctx.dialect() == Dialect.SPARK
                    ? "Put the values in a temporary view or a broadcast DataFrame and join (or LEFT SEMI JOIN) it"
                    : "Put the values in a temporary table (or a VALUES list / = ANY(array parameter)) and join it"));
        }
    }
}
