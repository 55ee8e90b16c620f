package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Clause;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code WHERE year(order_date) = 2024}: the column is wrapped in a function or arithmetic, so the filter
 * cannot use an index, partition pruning on the bare column, or file min/max statistics.
 */
public final class NonSargablePredicateRule implements SqlRule {
    private static final RuleMetadata META = RuleMetadata.rule("non-sargable-predicate")
        .title("Function or arithmetic on a column in a filter")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A filter such as year(order_date) = 2024, CAST(ts AS DATE) = DATE '2024-01-01', upper(name) = 'X' "
            + "or price * 1.1 > 100 applies a computation to the column before comparing it. Indexes and sort orders on "
            + "the column cannot be used, Spark cannot push the filter to Parquet/Delta (no file or row-group skipping "
            + "by min/max statistics) and, on a partition column, dynamic pruning is weaker. Rewrite the predicate so "
            + "the bare column is compared with a (transformed) constant: a range for dates, the inverse arithmetic on "
            + "the constant side. Reported only in WHERE and ON, when exactly one column of a base table is wrapped and "
            + "the other side is a constant; a function on the constant side, column-to-column comparisons and "
            + "filters on derived-table columns (nothing to skip there) are fine.")
        .bad("SELECT id FROM orders WHERE year(order_date) = 2024")
        .good("SELECT id FROM orders WHERE order_date >= DATE '2024-01-01' AND order_date < DATE '2025-01-01'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        for (SqlNode n : tree.nodes()) {
            if (n.clause() != Clause.WHERE && n.clause() != Clause.ON) continue;
            Object v = n.value();
            Expression wrapped = null;
            Expression constant = null;
            if (v instanceof ComparisonOperator) {
                BinaryExpression b = (BinaryExpression) v;
                Expression l = SqlExpressions.unwrap(b.getLeftExpression());
                Expression r = SqlExpressions.unwrap(b.getRightExpression());
                if (isWrappedColumn(tree, l) && SqlExpressions.isConstant(tree, r)) {
                    wrapped = l;
                    constant = r;
                } else if (isWrappedColumn(tree, r) && SqlExpressions.isConstant(tree, l)) {
                    wrapped = r;
                    constant = l;
                }
            } else if (v instanceof Between) {
                Between b = (Between) v;
                Expression l = SqlExpressions.unwrap(b.getLeftExpression());
                if (isWrappedColumn(tree, l) && SqlExpressions.isConstant(tree, b.getBetweenExpressionStart())
                    && SqlExpressions.isConstant(tree, b.getBetweenExpressionEnd())) wrapped = l;
            } else if (v instanceof InExpression) {
                InExpression in = (InExpression) v;
                Expression l = SqlExpressions.unwrap(in.getLeftExpression());
                if (isWrappedColumn(tree, l) && in.getRightExpression() instanceof ExpressionList
                    && SqlExpressions.isConstant(tree, in.getRightExpression())) wrapped = l;
            }
            if (wrapped == null) continue;
            Column column = SqlExpressions.columns(tree, wrapped, false).get(0);
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            if (!onBaseTable(column, SqlExpressions.scopeOf(tree, n, ctes))) continue;
            String col = ctx.source(column);
            ctx.report(wrapped, describe(wrapped) + " applied to column '" + col
                    + "' in a filter: no index, partition pruning or min/max file skipping on it",
                Fix.hint(advice(ctx, wrapped, column, v, constant)));
        }
    }

    /** A function, cast or arithmetic over exactly one column (and constants), without subqueries or aggregates. */
    private static boolean isWrappedColumn(SqlTree tree, Expression e) {
        if (!(e instanceof Function || e instanceof CastExpression || e instanceof ExtractExpression || e instanceof SignedExpression
            || isArithmetic(e))) return false;
        if (e instanceof Function && (SqlExpressions.isAggregate((Function) e) || SqlExpressions.isNonDeterministic((Function) e))) return false;
        Set<String> names = new HashSet<>();
        for (SqlNode d : SqlExpressions.subtree(tree, e)) {
            Object x = d.value();
            if (x instanceof Select || x instanceof AnalyticExpression) return false;
            if (x instanceof Function && SqlExpressions.isAggregate((Function) x)) return false;
            if (x instanceof Column) names.add(SqlExpressions.normalized(x.toString()));
        }
        return names.size() == 1;
    }

    private static boolean isArithmetic(Expression e) {
        return e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication || e instanceof Division
            || e instanceof IntegerDivision || e instanceof Modulo || e instanceof Concat;
    }

    /** The column belongs to a base table: a derived table's column has no statistics or index to use. */
    private static boolean onBaseTable(Column c, List<SqlExpressions.Source> scope) {
        List<SqlExpressions.Source> cands = SqlExpressions.candidates(c, scope);
        if (cands.isEmpty()) return scope.isEmpty() && c.getTable() == null;
        for (SqlExpressions.Source s : cands) if (!s.isBaseTable()) return false;
        return true;
    }

    private static String describe(Expression e) {
        if (e instanceof Function) return "function " + SqlExpressions.name((Function) e) + "()";
        if (e instanceof CastExpression) return "CAST";
        if (e instanceof ExtractExpression) return "EXTRACT";
        return "arithmetic";
    }

    private static String advice(SqlRuleContext ctx, Expression wrapped, Column column, Object predicate, Expression constant) {
        String col = ctx.source(column);
        String fn = wrapped instanceof Function ? SqlExpressions.name((Function) wrapped) : "";
        boolean eq = predicate instanceof EqualsTo;
        if ((fn.equals("year") || (wrapped instanceof ExtractExpression
                && "year".equalsIgnoreCase(((ExtractExpression) wrapped).getName()))) && eq && constant instanceof LongValue) {
            long y = ((LongValue) constant).getValue();
            return "Compare the bare column with a range: " + col + " >= DATE '" + y + "-01-01' AND " + col + " < DATE '"
                + (y + 1) + "-01-01'";
        }
        if ((wrapped instanceof CastExpression && ((CastExpression) wrapped).getColDataType() != null
                && "date".equalsIgnoreCase(((CastExpression) wrapped).getColDataType().getDataType()))
                || fn.equals("to_date") || fn.equals("date")) {
            String k = constant != null ? ctx.source(constant) : "d";
            return eq ? "Compare the bare column with a one-day range: " + col + " >= " + k + " AND " + col + " < " + k + " + INTERVAL 1 DAY"
                : "Compare the bare column with a range of timestamps instead of casting it to a date";
        }
        if (fn.equals("upper") || fn.equals("lower")) {
            return "Store the value in normalised case (or compare with the exact stored case); on PostgreSQL an expression "
                + "index on " + fn + "(" + col + ") also works";
        }
        if (fn.equals("substr") || fn.equals("substring") || fn.equals("left")) {
            return "A prefix test can be written as " + col + " LIKE 'prefix%', which engines can turn into a range";
        }
        if (isArithmetic(wrapped) || wrapped instanceof SignedExpression) {
            return "Isolate the column: move the arithmetic to the constant side (e.g. price * 1.1 > 100 becomes price > 100 / 1.1)";
        }
        return "Compare the bare column " + col + " with a transformed constant, or store the computed value in its own column";
    }
}
