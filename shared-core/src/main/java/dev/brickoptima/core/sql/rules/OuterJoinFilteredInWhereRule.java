package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code a LEFT JOIN b ... WHERE b.x = 1} (or {@code a RIGHT JOIN b ... WHERE a.x = 1}): the WHERE drops the unmatched
 * rows, so the outer join is an inner join.
 */
public final class OuterJoinFilteredInWhereRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("outer-join-filtered-in-where")
        .title("WHERE condition on the optional side of a LEFT or RIGHT JOIN")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("A LEFT JOIN keeps left rows without a match by filling the right side's columns with NULL. A WHERE "
            + "condition such as 'b.status = 'active'' is unknown for those NULLs and removes exactly the rows the LEFT "
            + "JOIN was written to keep: the query silently behaves as an INNER JOIN. Put the condition in the ON clause "
            + "to filter the right side only, or write INNER JOIN if that is what is meant. Conditions that accept NULL "
            + "(IS NULL, OR ... IS NULL, COALESCE) and IS NOT NULL (an explicit choice) are not reported. A RIGHT JOIN is the "
            + "mirror image: the tables before it are the optional side.")
        .bad("SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status = 'open'")
        .good("SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'open'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            if (ps.getWhere() == null || ps.getJoins() == null) continue;
            // optional table -> the outer join that keeps the other side ("LEFT JOIN on o", "RIGHT JOIN on c")
            Map<String, String> optional = new HashMap<>();
            List<String> before = new ArrayList<>();
            String first = name(ps.getFromItem());
            if (first != null) before.add(first);
            for (Join j : ps.getJoins()) {
                String name = name(j.getFromItem());
                boolean plain = !(j.isSemi() || j.isFull() || j.isCross() || j.isApply());
                if (plain && j.isLeft() && !j.isRight() && name != null) optional.put(name, "LEFT JOIN on " + name);
                if (plain && j.isRight() && name != null) {
                    for (String b : before) optional.putIfAbsent(b, "RIGHT JOIN on " + name);
                }
                if (name != null) before.add(name);
            }
            if (optional.isEmpty()) continue;
            for (Expression term : SqlExpressions.conjuncts(ps.getWhere())) {
                Column c = null;
                for (Column k : nullRejectedColumns(term)) {
                    if (k.getTable() != null && k.getTable().getName() != null
                            && optional.containsKey(SqlExpressions.identifier(k.getTable().getName()))) {
                        c = k;
                        break;
                    }
                }
                if (c == null) continue;
                String join = optional.get(SqlExpressions.identifier(c.getTable().getName()));
                ctx.report(term, "'" + ctx.source(term) + "' in WHERE removes the unmatched rows of the " + join
                        + ", so it acts as an INNER JOIN",
                    Fix.hint("Move the condition into the ON clause of the " + join
                        + " to keep unmatched rows, or write INNER JOIN if that is intended"));
            }
        }
    }

    /** The alias, or the table name when there is no alias; null for unnamed derived tables. */
    private static String name(FromItem f) {
        if (f.getAlias() != null && f.getAlias().getName() != null) return SqlExpressions.identifier(f.getAlias().getName());
        if (f instanceof Table) return SqlExpressions.identifier(((Table) f).getName());
        return null;
    }

    /** Columns a predicate compares directly (a NULL there makes the predicate unknown). */
    private static List<Column> nullRejectedColumns(Expression term) {
        List<Column> out = new ArrayList<>();
        if (term instanceof ComparisonOperator) {
            ComparisonOperator c = (ComparisonOperator) term;
            if (c.getStringExpression() != null && c.getStringExpression().contains("<=>")) return out; // null-safe equality
            Expression l = SqlExpressions.unwrap(c.getLeftExpression());
            Expression r = SqlExpressions.unwrap(c.getRightExpression());
            if (l instanceof NullValue || r instanceof NullValue) return out; // null-comparison's finding
            if (l instanceof Column) out.add((Column) l);
            if (r instanceof Column) out.add((Column) r);
            return out;
        }
        Expression left = null;
        if (term instanceof LikeExpression) left = ((LikeExpression) term).getLeftExpression();
        else if (term instanceof InExpression) left = ((InExpression) term).getLeftExpression();
        else if (term instanceof Between) left = ((Between) term).getLeftExpression();
        left = left == null ? null : SqlExpressions.unwrap(left);
        if (left instanceof Column) out.add((Column) left);
        return out;
    }
}
