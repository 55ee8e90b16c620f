package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code JOIN b ON a.x = b.x OR a.y = b.y}: no equality holds in every branch, so there is no hash key and the
 * join runs as a nested loop over every pair of rows.
 */
public final class OrInJoinConditionRule implements SqlRule {
    private static final RuleMetadata META = RuleMetadata.rule("or-in-join-condition")
        .title("OR in a join condition without a common equality")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Hash and sort-merge joins need an equality that every matching pair satisfies. When the ON condition "
            + "is an OR of different column equalities (a.x = b.x OR a.y = b.y), no such key exists: Spark falls back "
            + "to a BroadcastNestedLoopJoin or CartesianProduct and databases to a nested loop, comparing every pair of "
            + "rows. Not reported when some equality is ANDed with the OR, or appears in every OR branch (the optimizer "
            + "extracts it as the join key). Rewrite as a UNION ALL of one join per branch, or, for the null-safe "
            + "pattern a.x = b.x OR (a.x IS NULL AND b.x IS NULL), use a.x <=> b.x (Spark) / IS NOT DISTINCT FROM.")
        .bad("SELECT * FROM a JOIN b ON a.email = b.email OR a.phone = b.phone")
        .good("SELECT * FROM a JOIN b ON a.email = b.email UNION ALL SELECT * FROM a JOIN b ON a.phone = b.phone AND a.email <> b.email")
        .build();

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        for (SqlNode n : tree.all(Join.class)) {
            Join j = (Join) n.value();
            if (j.getOnExpressions() == null) continue;
            for (Expression on : j.getOnExpressions()) {
                List<Expression> conj = SqlExpressions.conjuncts(on);
                boolean hasKey = false;
                for (Expression c : conj) if (isEquiJoin(tree, c)) hasKey = true;
                if (hasKey) continue;
                for (Expression c : conj) {
                    if (!(c instanceof OrExpression) || commonEquality(ctx, tree, c)) continue;
                    report(ctx, (OrExpression) c, j);
                    break;
                }
            }
        }
    }

    /** An equality with columns on both sides: a usable hash key. */
    private static boolean isEquiJoin(SqlTree tree, Expression e) {
        e = SqlExpressions.unwrap(e);
        if (!(e instanceof EqualsTo)) return false;
        EqualsTo eq = (EqualsTo) e;
        return SqlExpressions.hasColumn(tree, eq.getLeftExpression(), false) && SqlExpressions.hasColumn(tree, eq.getRightExpression(), false);
    }

    /** Whether one equi-join conjunct appears (as written) in every OR branch. */
    private static boolean commonEquality(SqlRuleContext ctx, SqlTree tree, Expression or) {
        Set<String> common = null;
        for (Expression branch : SqlExpressions.disjuncts(or)) {
            Set<String> keys = new HashSet<>();
            for (Expression c : SqlExpressions.conjuncts(branch)) {
                if (isEquiJoin(tree, c)) keys.add(key(ctx, (EqualsTo) SqlExpressions.unwrap(c)));
            }
            if (common == null) common = keys;
            else common.retainAll(keys);
            if (common.isEmpty()) return false;
        }
        return common != null && !common.isEmpty();
    }

    /** Side-order independent text of an equality. */
    private static String key(SqlRuleContext ctx, EqualsTo eq) {
        String l = SqlExpressions.normalized(ctx.source(eq.getLeftExpression()));
        String r = SqlExpressions.normalized(ctx.source(eq.getRightExpression()));
        return l.compareTo(r) <= 0 ? l + "=" + r : r + "=" + l;
    }

    private static void report(SqlRuleContext ctx, OrExpression or, Join j) {
        int from = ctx.span(or.getLeftExpression()).end();
        int to = ctx.span(or.getRightExpression()).start();
        SqlToken kw = SqlExpressions.word(ctx.tokens(), ctx.text(), "OR", from, to);
        int start = kw != null ? kw.start() : ctx.span(or).start();
        int end = kw != null ? kw.end() : ctx.span(or).end();
        String target = j.getFromItem() instanceof Table ? "'" + ((Table) j.getFromItem()).getFullyQualifiedName() + "'"
            : j.getFromItem() != null && j.getFromItem().getAlias() != null ? "'" + j.getFromItem().getAlias().getName() + "'" : "the joined table";
        boolean nullSafe = false;
        for (Expression b : SqlExpressions.disjuncts(or)) {
            for (Expression c : SqlExpressions.conjuncts(b)) if (c instanceof IsNullExpression) nullSafe = true;
        }
        String advice = nullSafe
            ? "This looks like a null-safe equality: write a.x <=> b.x (Spark) or a.x IS NOT DISTINCT FROM b.x, which joins on a hash key"
            : "Split the join into one join per OR branch combined with UNION ALL (excluding rows matched by earlier branches), "
            + "or add an equality every branch shares";
        ctx.report(start, end, "OR in the join condition of " + target
            + " leaves no equality common to all branches: the join runs as a nested loop over every pair of rows", null, Fix.hint(advice));
    }
}
