package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.operators.relational.Between;

import java.util.List;

/** {@code x BETWEEN 10 AND 1} is always false: BETWEEN needs the lower bound first. */
public final class BetweenReversedRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("between-reversed")
        .title("BETWEEN with the bounds in the wrong order")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("'x BETWEEN a AND b' means 'x >= a AND x <= b', so when the first bound is larger than the second "
            + "no value matches and the filter removes every row (NOT BETWEEN keeps every non-NULL row). Only literal "
            + "bounds are checked: numbers, and dates or timestamps (DATE literals or 'yyyy-mm-dd' strings). "
            + "BETWEEN SYMMETRIC accepts either order and is not reported.")
        .bad("SELECT id FROM orders WHERE amount BETWEEN 100 AND 10")
        .good("SELECT id FROM orders WHERE amount BETWEEN 10 AND 100")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(Between.class)) {
            Between b = (Between) n.value();
            if (b.isUsingSymmetric()) continue;
            Integer cmp = Literals.compare(Literals.of(b.getBetweenExpressionStart()), Literals.of(b.getBetweenExpressionEnd()));
            if (cmp == null || cmp <= 0) continue;
            Spans.Span lo = Spans.of(b.getBetweenExpressionStart());
            Spans.Span hi = Spans.of(b.getBetweenExpressionEnd());
            if (lo == null || hi == null) continue;
            String low = ctx.originalText().substring(lo.start(), lo.end());
            String high = ctx.originalText().substring(hi.start(), hi.end());
            Spans.Span whole = ctx.span(b);
            String never = b.isNot() ? "keeps every non-NULL row" : "matches no row";
            ctx.report(whole.start(), hi.end(),
                "BETWEEN " + low + " AND " + high + " " + never + ": the lower bound is larger than the upper bound", null,
                new Fix("Swap the bounds: BETWEEN " + high + " AND " + low,
                    List.of(new TextEdit(lo.start(), lo.end(), high), new TextEdit(hi.start(), hi.end(), low))));
        }
    }
}
