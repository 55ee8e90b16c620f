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
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
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
    public static final RuleMetadata METADATA = RuleMetadata.rule("non-sargable-predicate")
        .title("Function or arithmetic on a column in a filter")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A filter such as year(order_date) = 2024, CAST(ts AS DATE) = DATE '2024-01-01', upper(name) = 'X' "
            + "or price * 1.1 > 100 applies a computation to the column before comparing it. Indexes and sort orders on "
            + "the column cannot be used, Spark cannot push the filter to Parquet/Delta (no file or row-group skipping "
            + "by min/max statistics) and, on a partition column, dynamic pruning is weaker. Rewrite the predicate so "
            + "the bare column is compared with a (transformed) constant: a range for dates, the inverse arithmetic on "
            + "the constant side. Reported only where such a rewrite exists (year/date/trunc/date_format/date_add, casts, "
            + "upper/lower/trim, substr(col, 1, n), coalesce(col, k), arithmetic with a constant), in WHERE and ON, when "
            + "exactly one column of a base table is wrapped and the other side is a constant. A function on the constant "
            + "side, column-to-column comparisons, computations with no sargable form (length(), JSON access, modulo) "
            + "and filters on derived-table columns (nothing to skip there) are not reported.")
        .bad("SELECT id FROM orders WHERE year(order_date) = 2024")
        .good("SELECT id FROM orders WHERE order_date >= DATE '2024-01-01' AND order_date < DATE '2025-01-01'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
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
                if (kind(tree, l) != null && SqlExpressions.isConstant(tree, r)) {
                    wrapped = l;
                    constant = r;
                } else if (kind(tree, r) != null && SqlExpressions.isConstant(tree, l)) {
                    wrapped = r;
                    constant = l;
                }
            } else if (v instanceof Between) {
                Between b = (Between) v;
                Expression l = SqlExpressions.unwrap(b.getLeftExpression());
                if (kind(tree, l) != null && SqlExpressions.isConstant(tree, b.getBetweenExpressionStart())
                    && SqlExpressions.isConstant(tree, b.getBetweenExpressionEnd())) wrapped = l;
            } else if (v instanceof InExpression) {
                InExpression in = (InExpression) v;
                Expression l = SqlExpressions.unwrap(in.getLeftExpression());
                if (kind(tree, l) != null && in.getRightExpression() instanceof ExpressionList
                    && SqlExpressions.isConstant(tree, in.getRightExpression())) wrapped = l;
            }
            if (wrapped == null) continue;
            Column column = SqlExpressions.columns(tree, wrapped, false).get(0);
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            if (!onBaseTable(column, SqlExpressions.scopeOf(tree, n, ctes))) continue;
            String col = ctx.source(column);
            ctx.report(wrapped, describe(wrapped) + " applied to column '" + col
                    + "' in a filter: indexes and min/max file skipping on the column cannot be used",
                Fix.hint(advice(ctx, kind(tree, wrapped), wrapped, column, v, constant)));
        }
    }

    /** What a wrapped column can be rewritten to; null when no sargable rewrite exists (length(), JSON access, ...). */
    private enum Kind { YEAR, DAY, RANGE, CAST, CASE, PREFIX, NULLS, ARITHMETIC }

    private static final Set<String> RANGE_FUNCTIONS = Set.of("trunc", "date_trunc", "date_format", "to_char");
    private static final Set<String> DAY_FUNCTIONS = Set.of("to_date", "date");
    private static final Set<String> CASE_FUNCTIONS = Set.of("upper", "lower", "ucase", "lcase", "trim", "ltrim", "rtrim", "btrim");
    private static final Set<String> NULL_FUNCTIONS = Set.of("coalesce", "nvl", "ifnull", "isnull");
    private static final Set<String> SHIFT_FUNCTIONS = Set.of("date_add", "date_sub", "add_months", "dateadd", "datediff");

    /**
     * The kind of a function, cast or arithmetic over exactly one column (and constants) that has a sargable
     * rewrite; null for anything else (including subqueries, aggregates and non-deterministic functions).
     */
    private static Kind kind(SqlTree tree, Expression e) {
        Kind k = shape(tree, e);
        if (k == null) return null;
        Set<String> names = new HashSet<>();
        for (SqlNode d : SqlExpressions.subtree(tree, e)) {
            Object x = d.value();
            if (x instanceof Select || x instanceof AnalyticExpression) return null;
            if (x instanceof Function && (SqlExpressions.isAggregate((Function) x) || SqlExpressions.isNonDeterministic((Function) x))) return null;
            if (x instanceof Column && !SqlExpressions.isHole((Column) x)) names.add(SqlExpressions.normalized(x.toString()));
        }
        return names.size() == 1 ? k : null;
    }

    private static Kind shape(SqlTree tree, Expression e) {
        if (e instanceof CastExpression) {
            CastExpression c = (CastExpression) e;
            return c.getColDataType() != null && "date".equalsIgnoreCase(c.getColDataType().getDataType()) ? Kind.DAY : Kind.CAST;
        }
        if (e instanceof ExtractExpression) return "year".equalsIgnoreCase(((ExtractExpression) e).getName()) ? Kind.YEAR : null;
        if (e instanceof SignedExpression) return Kind.ARITHMETIC;
        if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication || e instanceof Division) {
            BinaryExpression b = (BinaryExpression) e;
            // one operand must be constant, or the column cannot be isolated
            return SqlExpressions.isConstant(tree, b.getLeftExpression()) || SqlExpressions.isConstant(tree, b.getRightExpression())
                ? Kind.ARITHMETIC : null;
        }
        if (!(e instanceof Function)) return null;
        Function f = (Function) e;
        String n = SqlExpressions.name(f);
        List<?> args = f.getParameters();
        Object first = args == null || args.isEmpty() ? null : args.get(0);
        boolean columnFirst = first instanceof Expression && SqlExpressions.unwrap((Expression) first) instanceof Column;
        if (n.equals("year")) return Kind.YEAR;
        if (DAY_FUNCTIONS.contains(n)) return Kind.DAY;
        if (RANGE_FUNCTIONS.contains(n) || SHIFT_FUNCTIONS.contains(n)) return Kind.RANGE;
        if (CASE_FUNCTIONS.contains(n)) return Kind.CASE;
        // substr(col, 1, n): a prefix; substr(col, 1) is the whole value, not a prefix test
        if ((n.equals("substr") || n.equals("substring")) && args != null && args.size() == 3 && columnFirst
            && "1".equals(String.valueOf(args.get(1)))) return Kind.PREFIX;
        if (n.equals("left") && columnFirst) return Kind.PREFIX;
        if (NULL_FUNCTIONS.contains(n) && columnFirst && args != null && args.size() == 2) return Kind.NULLS;
        return null;
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

    private static String advice(SqlRuleContext ctx, Kind kind, Expression wrapped, Column column, Object predicate, Expression constant) {
        String col = ctx.source(column);
        boolean eq = predicate instanceof EqualsTo;
        switch (kind) {
            case YEAR:
                if (eq && constant instanceof LongValue) {
                    long y = ((LongValue) constant).getValue();
                    return "Compare the bare column with a range: " + col + " >= DATE '" + y + "-01-01' AND " + col + " < DATE '"
                        + (y + 1) + "-01-01'";
                }
                return "Compare the bare column with a range of dates (from the first day of the first year to the first day after the last)";
            case DAY:
                if (eq && constant != null) {
                    String k = ctx.source(constant);
                    return "Compare the bare column with a one-day range: " + col + " >= " + k + " AND " + col + " < " + k + " + INTERVAL 1 DAY";
                }
                return "Compare the bare column with a range of timestamps instead of converting it to a date";
            case RANGE:
                return "Compare the bare column with the equivalent range of " + col + " values (apply the inverse computation to the constant)";
            case CAST:
                return "Compare " + col + " with a constant of its own type instead of casting the column";
            case CASE:
                return "Store the value normalised (case, spaces) and compare it directly; on PostgreSQL an expression index on "
                    + ctx.source(wrapped) + " also works";
            case PREFIX:
                return "Write the prefix test as " + col + " LIKE 'prefix%', which engines turn into a range";
            case NULLS:
                return "Spell out the NULL case: (" + col + " = value OR " + col + " IS NULL)";
            default:
                return "Isolate the column: move the arithmetic to the constant side (e.g. price * 1.1 > 100 becomes price > 100 / 1.1)";
        }
    }
}
