package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Spans;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Partition;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Values;

/** {@code INSERT INTO t (a, b) VALUES (1, 2, 3)}: the column list and the values disagree in number. */
public final class InsertColumnCountMismatchRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("insert-column-count-mismatch")
        .title("INSERT column list and values differ in length")
        .category(Category.CORRECTNESS).severity(Severity.ERROR)
        .rationale("The INSERT names a number of columns but a VALUES row or the SELECT list provides a different number "
            + "of values. The database rejects the statement at run time; usually a column was added to one list and "
            + "not the other. Not checked when the SELECT uses * or a generator that yields several columns.")
        .bad("INSERT INTO orders (id, status) VALUES (1, 'open', 9.90)")
        .good("INSERT INTO orders (id, status, amount) VALUES (1, 'open', 9.90)")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (!(ctx.statement() instanceof Insert)) return;
        Insert ins = (Insert) ctx.statement();
        if (ins.getColumns() == null || ins.getColumns().isEmpty() || ins.getSelect() == null) return;
        if (ins.getPartitions() != null) {
            // Spark dynamic partition columns (PARTITION (dt)) take values from the end of the SELECT list
            for (Partition p : ins.getPartitions()) if (p.getValue() == null) return;
        }
        int cols = ins.getColumns().size();
        Select source = ins.getSelect();
        if (source instanceof Values) {
            ExpressionList<?> rows = ((Values) source).getExpressions();
            if (rows == null) return;
            if (!multiRow(rows, cols)) {
                // VALUES (1, 2): one row, parsed as the list itself
                Spans.Span row = Spans.of(rows);
                check(ctx, cols, rows.size(), row == null ? null : TextRanges.withParens(ctx.text(), row));
                return;
            }
            for (Object r : rows) {
                int n = r instanceof ParenthesedExpressionList ? ((ParenthesedExpressionList<?>) r).size() : 1;
                if (check(ctx, cols, n, r)) return;
            }
            return;
        }
        int width = SelectWidth.of(source);
        if (width >= 0) check(ctx, cols, width, SelectWidth.firstSelectItems(source));
    }

    /**
     * Whether VALUES has several rows. JSqlParser reads a one-row VALUES as the row's own list, whose items may be
     * parenthesised expressions ({@code VALUES ((? * 10), ?, ?)}): rows only when every item is a parenthesised list,
     * and not when each holds one value and there are as many as columns ({@code VALUES ((a), (b))}: one row).
     */
    private static boolean multiRow(ExpressionList<?> items, int cols) {
        boolean allSingle = true;
        for (Object r : items) {
            if (!(r instanceof ParenthesedExpressionList)) return false;
            if (((ParenthesedExpressionList<?>) r).size() != 1) allSingle = false;
        }
        return !(allSingle && items.size() == cols && cols > 1);
    }

    private static boolean check(SqlRuleContext ctx, int cols, int values, Object where) {
        if (values == cols) return false;
        Spans.Span s = where instanceof Spans.Span ? (Spans.Span) where : where == null ? null : Spans.of(where);
        if (s == null) s = ctx.span(ctx.statement());
        ctx.report(s.start(), s.end(), "INSERT names " + cols + " column" + (cols == 1 ? "" : "s") + " but provides "
            + values + " value" + (values == 1 ? "" : "s"), null,
            Fix.hint("Make the column list and the values match one to one"));
        return true;
    }
}
