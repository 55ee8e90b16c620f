package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTemplate;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.HashSet;
import java.util.Set;

/**
 * A value concatenated into SQL built in code. Template holes ({@link SqlTemplate}) are placeholders {@code __1},
 * {@code __2}...: a hole inside a string literal, or a hole used as a value (right side of a comparison, IN list,
 * BETWEEN bound, SET or VALUES item), is a value pasted into the SQL text instead of bound as a parameter.
 */
public final class SqlInjectionRiskRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("sql-injection-risk")
        .title("Value concatenated into SQL (injection risk)")
        .category(Category.SECURITY).severity(Severity.WARNING)
        .rationale("The SQL is built by concatenating a value into its text: \"... WHERE name = '\" + name + \"'\". "
            + "If the value comes from a user, a quote in it changes the statement (SQL injection); even when it does "
            + "not, every distinct value is a new statement for the plan cache. Pass values as bind parameters (?) "
            + "instead. Holes used as identifiers (a table or column name chosen in code) are not reported, since they "
            + "cannot be bound; validate them against a fixed list. Spark ${var} substitution in scripts is not "
            + "reported either: those values come from the job or notebook configuration.")
        .bad("\"SELECT id FROM users WHERE name = '\" + name + \"'\"")
        .good("\"SELECT id FROM users WHERE name = ?\"  // name bound as a parameter")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        String text = ctx.text();
        for (SqlToken t : ctx.tokens()) {
            if (t.kind() != SqlToken.Kind.STRING || !containsHole(text, t.start(), t.end())) continue;
            ctx.report(t.start(), t.end(), "value concatenated into the string literal " + t.text(text) + "; use a bind parameter (?)",
                null, Fix.hint("Replace the quoted, concatenated value with ? and bind the value as a parameter"));
        }
        Set<Integer> reported = new HashSet<>();
        for (SqlNode n : ctx.tree().all(Column.class)) {
            if (!isHole((Column) n.value())) continue;
            SqlNode valueRoot = climbValueExpression(n);
            Spans.Span at = valuePosition(ctx, valueRoot);
            if (at == null || !reported.add(at.start())) continue; // one finding per predicate: id IN (__1, __2)
            String where = ctx.originalText().substring(at.start(), at.end());
            ctx.report(at.start(), at.end(), "value concatenated into '" + where + "'; use a bind parameter (?)", null,
                Fix.hint("Replace the concatenated value with ? and bind it as a parameter"));
        }
        if (ctx.statement() instanceof Insert && ((Insert) ctx.statement()).getSelect() instanceof Values) {
            // VALUES rows are not part of the tree: walk them here
            ExpressionList<?> rows = ((Values) ((Insert) ctx.statement()).getSelect()).getExpressions();
            if (rows == null) return;
            boolean multiRow = false;
            for (Object r : rows) if (r instanceof ParenthesedExpressionList) multiRow = true;
            if (!multiRow) reportHolesIn(ctx, rows); // VALUES (1, __1): the list is the row
            else for (Object row : rows) reportHolesIn(ctx, row);
        }
    }

    private static void reportHolesIn(SqlRuleContext ctx, Object row) {
        boolean hole = false;
        if (row instanceof Column) hole = isHole((Column) row);
        else if (row instanceof ExpressionList) for (Object e : (ExpressionList<?>) row) if (e instanceof Column && isHole((Column) e)) hole = true;
        if (!hole) return;
        Spans.Span s = TextRanges.withParens(ctx.text(), ctx.span(row));
        ctx.report(s.start(), s.end(), "value concatenated into the VALUES row '" + ctx.originalText().substring(s.start(), s.end())
                + "'; use bind parameters (?)", null,
            Fix.hint("Write VALUES (?, ?, ...) and bind the values as parameters"));
    }

    /** From a hole up through functions, casts, arithmetic and parentheses: the whole value expression. */
    private static SqlNode climbValueExpression(SqlNode hole) {
        SqlNode cur = hole;
        while (cur.parent() != null) {
            Object p = cur.parent().value();
            boolean wraps = p instanceof Function || p instanceof CastExpression || p instanceof SignedExpression
                || (p instanceof BinaryExpression && !(p instanceof ComparisonOperator) && !(p instanceof LikeExpression) && !isLogical(p))
                || (p instanceof ExpressionList && !(cur.parent().parent() != null && cur.parent().parent().value() instanceof InExpression));
            if (!wraps) break;
            cur = cur.parent();
        }
        return cur;
    }

    private static boolean isLogical(Object p) {
        return p instanceof AndExpression
            || p instanceof OrExpression
            || p instanceof XorExpression;
    }

    /**
     * Where to report a value expression: the predicate it is the value side of (comparison, LIKE, IN list, BETWEEN
     * bound) or the SET assignment it is assigned in; null when it is not in a value position (an identifier).
     */
    private static Spans.Span valuePosition(SqlRuleContext ctx, SqlNode value) {
        SqlNode p = value.parent();
        if (p == null) return null;
        Object v = value.value();
        Object pv = p.value();
        Object predicate = null;
        if (pv instanceof ComparisonOperator) predicate = ((ComparisonOperator) pv).getRightExpression() == v ? pv : null;
        else if (pv instanceof LikeExpression) predicate = ((LikeExpression) pv).getRightExpression() == v ? pv : null;
        else if (pv instanceof Between) predicate = ((Between) pv).getLeftExpression() != v ? pv : null;
        else if (pv instanceof ExpressionList && p.parent() != null && p.parent().value() instanceof InExpression) predicate = p.parent().value();
        else if (pv instanceof InExpression) predicate = ((InExpression) pv).getRightExpression() == v ? pv : null;
        else if (pv instanceof Update) return assignment(ctx, (Update) pv, v);
        return predicate == null ? null : ctx.span(predicate);
    }

    /** {@code name = __1} of an UPDATE's SET list holding {@code values}. */
    private static Spans.Span assignment(SqlRuleContext ctx, Update u, Object values) {
        if (u.getUpdateSets() == null) return null;
        for (UpdateSet set : u.getUpdateSets()) {
            if (set.getValues() != values) continue;
            Spans.Span cols = Spans.of(set.getColumns());
            Spans.Span vals = Spans.of(set.getValues());
            if (vals == null) return null;
            return cols == null ? vals : cols.union(vals);
        }
        return null;
    }

    /** A {@link SqlTemplate} hole placeholder: {@code __} and digits (Spark's {@code ${var}} becomes underscores only). */
    static boolean isHole(Column c) {
        String name = c.getColumnName();
        if (c.getTable() != null || !SqlTemplate.isHole(name)) return false;
        for (int i = 2; i < name.length(); i++) if (!Character.isDigit(name.charAt(i))) return false;
        return true;
    }

    private static boolean containsHole(String text, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == '_' && Character.isDigit(text.charAt(i + 2))
                    && (i == start || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')) return true;
        }
        return false;
    }
}
