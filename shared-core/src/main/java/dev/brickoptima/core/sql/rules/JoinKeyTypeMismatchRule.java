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
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code ON CAST(a.id AS STRING) = b.id}: join keys of different types, converted per row. */
public final class JoinKeyTypeMismatchRule implements SqlRule {
    private static final Set<String> CAST_FUNCTIONS = Set.of(
        "string", "int", "integer", "bigint", "smallint", "tinyint", "double", "float", "decimal", "date", "timestamp",
        "to_char", "to_number", "str", "text", "varchar");

    public static final RuleMetadata METADATA = RuleMetadata.rule("join-key-type-mismatch")
        .title("Cast on a join key")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A join condition that casts one key (ON CAST(a.id AS STRING) = b.id, a.id::text = b.code) shows that "
            + "the two keys are stored with different types. Every row is converted before hashing; Spark cannot reuse "
            + "the existing hash partitioning or bucketing of either table (an extra shuffle), databases cannot use an "
            + "index on the cast column, and a narrowing or string conversion can silently change which rows match "
            + "('01' vs 1, decimals, time zones). Store both keys with the same type, or convert once upstream. "
            + "Reported for equalities in ON and WHERE whose two sides read columns of different tables.")
        .bad("SELECT * FROM orders o JOIN customers c ON CAST(o.customer_id AS STRING) = c.customer_code")
        .good("SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        for (SqlNode n : tree.all(EqualsTo.class)) {
            if (n.clause() != Clause.ON && n.clause() != Clause.WHERE) continue;
            EqualsTo eq = (EqualsTo) n.value();
            Expression l = SqlExpressions.unwrap(eq.getLeftExpression());
            Expression r = SqlExpressions.unwrap(eq.getRightExpression());
            Expression cast = isCast(tree, l) ? l : isCast(tree, r) ? r : null;
            if (cast == null) continue;
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            List<SqlExpressions.Source> scope = SqlExpressions.scopeOf(tree, n, ctes);
            Set<Object> left = sources(tree, l, scope);
            Set<Object> right = sources(tree, r, scope);
            if (left.isEmpty() || right.isEmpty()) continue;
            if (left.size() == 1 && left.equals(right)) continue; // both sides read the same single table: a filter
            Column key = SqlExpressions.columns(tree, cast, false).get(0);
            ctx.report(cast, "join key '" + ctx.source(key) + "' is converted with " + ctx.source(cast)
                    + ": the keys have different types, so every row is converted and existing partitioning or indexes are not used",
                Fix.hint("Store both join keys with the same type, or convert once upstream (in the table or a derived column)"));
        }
    }

    private static boolean isCast(SqlTree tree, Expression e) {
        if (!(e instanceof CastExpression) && !(e instanceof Function && CAST_FUNCTIONS.contains(SqlExpressions.name((Function) e)))) return false;
        return SqlExpressions.hasColumn(tree, e, false);
    }

    /** Sources the columns of an expression may read (FROM items by identity; outer references ignored). */
    private static Set<Object> sources(SqlTree tree, Expression e, List<SqlExpressions.Source> scope) {
        Set<Object> out = new HashSet<>();
        for (Column c : SqlExpressions.columns(tree, e, false)) {
            for (SqlExpressions.Source s : SqlExpressions.candidates(c, scope)) out.add(s.item);
        }
        return out;
    }
}
