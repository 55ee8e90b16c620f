package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * {@code x NOT IN (SELECT y ...)} is the NULL trap: one NULL among the y values and the predicate is never true.
 * A NOT IN list with a NULL literal has the same effect.
 */
public final class NotInSubqueryRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("not-in-subquery")
        .title("NOT IN with a subquery (the NULL trap)")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("'x NOT IN (SELECT y ...)' is true only when x differs from every y; if the subquery returns a single "
            + "NULL, 'x <> NULL' is unknown and the predicate filters out every row, silently. NOT EXISTS with a "
            + "correlated condition has the intended meaning and usually plans as an anti join. Not reported when the "
            + "subquery provably returns no NULL (it selects a literal, COUNT or COALESCE(..., literal), or its WHERE filters the column with "
            + "IS NOT NULL or a comparison). A NOT IN list containing the NULL literal never matches and is reported too.")
        .bad("SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)")
        .good("SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(InExpression.class)) {
            InExpression in = (InExpression) n.value();
            SqlNode not = negation(n);
            if (!in.isNot() && not == null) continue;
            Spans.Span left = Spans.of(in.getLeftExpression());
            SqlToken inKw = left == null ? null : ctx.keyword("IN", left.end(), ctx.span(in).end());
            if (inKw == null) continue;
            int start = not != null ? ctx.span(not.value()).start() : left.start();
            String leftText = ctx.originalText().substring(left.start(), left.end());
            Expression right = in.getRightExpression();
            if (right instanceof ParenthesedSelect) {
                Select sub = (ParenthesedSelect) right;
                if (neverNull(sub)) continue;
                ctx.report(start, inKw.end(),
                    "'" + leftText + " NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS", null,
                    Fix.hint(rewriteHint(ctx, n, in, (ParenthesedSelect) sub)));
            } else if (right instanceof ExpressionList) {
                for (Object item : (ExpressionList<?>) right) {
                    if (SqlExpressions.unwrap((Expression) item) instanceof NullValue) {
                        ctx.report(start, inKw.end(),
                            "'" + leftText + " NOT IN (...)' lists NULL, so it is never true", null,
                            Fix.hint("Remove NULL from the list; to exclude NULLs as well add '" + leftText + " IS NOT NULL'"));
                        break;
                    }
                }
            }
        }
    }

    /** The NOT node of {@code NOT (x IN ...)} / {@code NOT x IN ...}, or null. */
    private static SqlNode negation(SqlNode in) {
        SqlNode p = in.parent();
        while (p != null && p.value() instanceof ParenthesedExpressionList && ((ParenthesedExpressionList<?>) p.value()).size() == 1) p = p.parent();
        return p != null && p.value() instanceof NotExpression ? p : null;
    }

    /** True when the subquery's single column cannot be NULL as far as the text shows. */
    private static boolean neverNull(Select sub) {
        Select inner = sub instanceof ParenthesedSelect ? ((ParenthesedSelect) sub).getSelect() : sub;
        if (!(inner instanceof PlainSelect)) return false;
        PlainSelect ps = (PlainSelect) inner;
        if (ps.getSelectItems() == null || ps.getSelectItems().size() != 1) return false;
        Expression e = SqlExpressions.unwrap(ps.getSelectItems().get(0).getExpression());
        if (e instanceof LongValue || e instanceof StringValue) return true;
        if (e instanceof Function && neverNullFunction((Function) e)) return true;
        if (!(e instanceof Column)) return false;
        String col = SqlExpressions.identifier(((Column) e).getFullyQualifiedName());
        for (Expression term : SqlExpressions.conjuncts(ps.getWhere())) {
            if (term instanceof IsNullExpression && ((IsNullExpression) term).isNot() && sameColumn(((IsNullExpression) term).getLeftExpression(), col)) return true;
            // a comparison, LIKE, IN or BETWEEN (negated or not) is unknown for NULL, so rows with a NULL column are
            // already filtered out
            if (term instanceof ComparisonOperator && (sameColumn(((ComparisonOperator) term).getLeftExpression(), col)
                    || sameColumn(((ComparisonOperator) term).getRightExpression(), col))) return true;
            if (term instanceof LikeExpression && sameColumn(((LikeExpression) term).getLeftExpression(), col)) return true;
            if (term instanceof InExpression && sameColumn(((InExpression) term).getLeftExpression(), col)) return true;
            if (term instanceof Between && sameColumn(((Between) term).getLeftExpression(), col)) return true;
        }
        return false;
    }

    /** COUNT(...), or COALESCE / NVL / IFNULL whose last argument is a non-NULL literal. */
    private static boolean neverNullFunction(Function f) {
        String name = f.getName() == null ? "" : f.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("count")) return true;
        if (!name.equals("coalesce") && !name.equals("nvl") && !name.equals("ifnull")) return false;
        if (f.getParameters() == null || f.getParameters().isEmpty()) return false;
        Object last = f.getParameters().get(f.getParameters().size() - 1);
        return last instanceof Expression && Literals.of((Expression) last) != null;
    }

    private static boolean sameColumn(Expression e, String normalized) {
        Expression u = SqlExpressions.unwrap(e);
        return u instanceof Column && SqlExpressions.identifier(((Column) u).getFullyQualifiedName()).equals(normalized);
    }

    /** The NOT EXISTS shape for a simple subquery, with columns qualified so the correlation is not captured. */
    private static String rewriteHint(SqlRuleContext ctx, SqlNode inNode, InExpression in, ParenthesedSelect sub) {
        String generic = "Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), "
            + "or filter NULLs in the subquery with 'WHERE column IS NOT NULL'";
        Select s = sub.getSelect();
        if (!(s instanceof PlainSelect)) return generic;
        PlainSelect ps = (PlainSelect) s;
        if (ps.getSelectItems().size() != 1 || ps.getGroupBy() != null || ps.getHaving() != null || ps.getLimit() != null
                || ps.getOrderByElements() != null || ps.getDistinct() != null && ps.getDistinct().getOnSelectItems() != null
                || !(ps.getFromItem() instanceof Table)) return generic;
        SelectItem<?> item = ps.getSelectItems().get(0);
        Expression innerExpr = item.getExpression();
        if (!(innerExpr instanceof Column)) return generic;
        String inner = qualify((Column) innerExpr, (Table) ps.getFromItem(), ps);
        Expression outerExpr = SqlExpressions.unwrap(in.getLeftExpression());
        String outer = ctx.source(in.getLeftExpression());
        if (outerExpr instanceof Column && ((Column) outerExpr).getTable() == null) {
            Select q = inNode.query();
            if (!(q instanceof PlainSelect) || !(((PlainSelect) q).getFromItem() instanceof Table)) return generic;
            outer = qualify((Column) outerExpr, (Table) ((PlainSelect) q).getFromItem(), (PlainSelect) q);
        }
        if (inner == null || outer == null) return generic;
        Spans.Span from = Spans.of(ps.getFromItem());
        if (from == null) return generic;
        int end = from.end();
        if (ps.getJoins() != null) for (Object j : ps.getJoins()) end = Math.max(end, ctx.span(j).end());
        String fromText = oneLine(ctx.originalText().substring(from.start(), end));
        String cond = inner + " = " + outer;
        String whereText = ps.getWhere() == null ? "" : oneLine(ctx.source(ps.getWhere()));
        if (ps.getWhere() instanceof OrExpression) whereText = "(" + whereText + ")";
        String where = ps.getWhere() == null ? " WHERE " + cond : " WHERE " + whereText + " AND " + cond;
        return "Rewrite as NOT EXISTS (SELECT 1 FROM " + fromText + where + ")";
    }

    /** Collapses runs of whitespace (no regex: the engine also runs in the browser). */
    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code alias.column}, or null when the column cannot be tied to the single table. */
    private static String qualify(Column c, Table from, PlainSelect q) {
        if (q.getJoins() != null && !q.getJoins().isEmpty() && c.getTable() == null) return null;
        if (c.getTable() != null && c.getTable().getName() != null) return c.getFullyQualifiedName();
        String owner = from.getAlias() != null ? from.getAlias().getName() : from.getName();
        return owner + "." + c.getColumnName();
    }
}
