package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.select.OrderByElement;

/** {@code ORDER BY rand()}: a full sort of every row just to pick a random sample. */
public final class OrderByRandRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("order-by-rand")
        .title("ORDER BY RAND() for sampling")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Ordering by rand()/random() gives every row a random key and sorts the whole input by it, only to keep "
            + "the first rows: a full shuffle and sort (Spark) or a full scan and sort (databases) for a sample. "
            + "TABLESAMPLE reads only a fraction of the data, and a filter such as WHERE rand() < 0.01 samples in a single "
            + "pass without sorting. Also reported in window ORDER BY (row_number() OVER (ORDER BY rand())).")
        .bad("SELECT * FROM events ORDER BY rand() LIMIT 1000")
        .good("SELECT * FROM events TABLESAMPLE (1 PERCENT) LIMIT 1000")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(OrderByElement.class)) {
            Expression e = SqlExpressions.unwrap(((OrderByElement) n.value()).getExpression());
            if (!(e instanceof Function)) continue;
            String name = SqlExpressions.name((Function) e);
            if (!name.equals("rand") && !name.equals("random") && !name.equals("randn") && !name.equals("newid") && !name.equals("uuid")) continue;
            ctx.report(e, "ORDER BY " + name + "() sorts every row to draw a random sample",
                Fix.hint(ctx.dialect() == Dialect.POSTGRES
                    ? "Use TABLESAMPLE BERNOULLI (p) or SYSTEM (p), or filter with WHERE random() < fraction before LIMIT"
                    : "Use TABLESAMPLE (p PERCENT) or filter with WHERE rand() < fraction (then LIMIT) instead of sorting"));
        }
    }
}
