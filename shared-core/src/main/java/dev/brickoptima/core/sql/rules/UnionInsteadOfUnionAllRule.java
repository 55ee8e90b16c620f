package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.Spans;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.List;

/** {@code UNION} removes duplicates: a shuffle and aggregation over the whole result that UNION ALL avoids (Spark, Hive). */
public final class UnionInsteadOfUnionAllRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("union-instead-of-union-all")
        .title("UNION where UNION ALL may do")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("UNION (without ALL) removes duplicate rows, which costs a shuffle and a distinct aggregation of the whole "
            + "combined result in Spark (an extra reduce stage in Hive). A single-server database deduplicates with a sort "
            + "or hash step that is cheap next to reading the rows, so the rule runs on Spark and Hive SQL only. When the branches cannot produce duplicates "
            + "(e.g. each branch tags its rows with a different constant) or duplicates are acceptable, UNION ALL gives "
            + "the same answer for free. The rewrite is not automatic because it changes the result when duplicates "
            + "exist; an explicit UNION DISTINCT is taken as intended and not reported, and so is the UNION of a recursive "
            + "query, where dropping rows already seen is what stops the recursion on cycles.")
        .bad("SELECT id FROM current_orders UNION SELECT id FROM archived_orders")
        .good("SELECT id FROM current_orders UNION ALL SELECT id FROM archived_orders")
        .dialects(Dialect.SPARK, Dialect.HIVE)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(SetOperationList.class)) {
            SetOperationList so = (SetOperationList) n.value();
            List<SetOperation> ops = so.getOperations();
            if (ops == null || recursiveBody(ctx, n, so)) continue;
            for (int i = 0; i < ops.size() && i + 1 < so.getSelects().size(); i++) {
                SetOperation op = ops.get(i);
                if (!(op instanceof UnionOp) || op.isAll() || op.isDistinct()) continue;
                int from = ctx.span(so.getSelects().get(i)).end();
                int to = ctx.span(so.getSelects().get(i + 1)).start();
                SqlToken kw = unionKeyword(ctx, from, to);
                if (kw == null) continue;
                ctx.report(kw.start(), kw.end(), "UNION removes duplicates with a shuffle and aggregation of the whole result; "
                        + "use UNION ALL if duplicates are impossible or acceptable", null,
                    Fix.hint("If the branches cannot return the same row, or duplicates do not matter, write UNION ALL"));
            }
        }
    }

    /** Whether the set operation is the body of a recursive CTE whose last branch reads the CTE itself. */
    private static boolean recursiveBody(SqlRuleContext ctx, SqlNode n, SetOperationList so) {
        SqlNode with = n.ancestor(WithItem.class);
        if (with == null) return false;
        WithItem<?> w = (WithItem<?>) with.value();
        if (w.getSelect() == null || w.getSelect().getSelect() != so || w.getUnquotedAliasName() == null) return false;
        if (!w.isRecursive() && ctx.keyword("RECURSIVE", 0, ctx.span(so).start()) == null) return false;
        Spans.Span last = ctx.span(so.getSelects().get(so.getSelects().size() - 1));
        for (SqlToken t : ctx.tokens()) {
            if (t.start() >= last.start() && t.end() <= last.end() && t.isWord(ctx.text(), w.getUnquotedAliasName())) return true;
        }
        return false;
    }

    /** The UNION keyword between two operands (a parenthesised operand may end after its own ')'). */
    private static SqlToken unionKeyword(SqlRuleContext ctx, int from, int to) {
        SqlToken found = null;
        for (SqlToken t : ctx.tokens()) {
            if (t.start() < from - 1) continue;
            if (t.start() >= to) break;
            if (t.isWord(ctx.text(), "UNION")) found = t;
        }
        if (found != null) return found;
        return ctx.keyword("UNION", Math.max(0, from - 1), ctx.text().length());
    }
}
