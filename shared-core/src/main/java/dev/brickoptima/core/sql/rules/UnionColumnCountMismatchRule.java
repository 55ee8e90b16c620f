package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;

import java.util.List;

/** UNION / INTERSECT / EXCEPT branches that select different numbers of columns. */
public final class UnionColumnCountMismatchRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("union-column-count-mismatch")
        .title("Set operation branches with different column counts")
        .category(Category.CORRECTNESS).severity(Severity.ERROR)
        .rationale("Every branch of UNION, INTERSECT or EXCEPT must return the same number of columns; the database "
            + "rejects the query otherwise. Usually a column was added to one branch and forgotten in another. Branches "
            + "with * or a multi-column generator are not counted.")
        .bad("SELECT id, name FROM customers UNION ALL SELECT id FROM prospects")
        .good("SELECT id, name FROM customers UNION ALL SELECT id, name FROM prospects")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(SetOperationList.class)) {
            List<Select> branches = ((SetOperationList) n.value()).getSelects();
            if (branches == null || branches.size() < 2) continue;
            int first = SelectWidth.of(branches.get(0));
            if (first < 0) continue;
            for (int i = 1; i < branches.size(); i++) {
                int w = SelectWidth.of(branches.get(i));
                if (w < 0 || w == first) continue;
                Spans.Span list = SelectWidth.firstSelectItems(branches.get(i));
                if (list == null) list = ctx.span(branches.get(i));
                ctx.report(list.start(), list.end(), "set operation branch " + (i + 1) + " selects " + w + " column"
                        + (w == 1 ? "" : "s") + ", the first branch selects " + first, null,
                    Fix.hint("Select the same columns, in the same order, in every branch"));
            }
        }
    }
}
