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
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code JOIN b ON a.x = b.x OR a.y = b.y}: no equality holds in every branch, so there is no hash key and the
 * join runs as a nested loop over every pair of rows.
 */
public final class OrInJoinConditionRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("or-in-join-condition")
        .title("OR in a join condition without a common equality")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Hash and sort-merge joins need an equality that every matching pair satisfies. When the ON condition "
            + "is an OR of different column equalities (a.x = b.x OR a.y = b.y), no such key exists: Spark falls back "
            + "to a BroadcastNestedLoopJoin or CartesianProduct and databases to a nested loop, comparing every pair of "
            + "rows. Not reported when some equality is ANDed with the OR, or appears in every OR branch (the optimizer "
            + "extracts it as the join key). The same holds for an OR in WHERE that joins tables listed with commas "
            + "when no other WHERE equality links them. Rewrite as a UNION ALL of one join per branch, or, for the null-safe "
            + "pattern a.x = b.x OR (a.x IS NULL AND b.x IS NULL), use a.x <=> b.x (Spark) / IS NOT DISTINCT FROM.")
        .bad("SELECT * FROM a JOIN b ON a.email = b.email OR a.phone = b.phone")
        .good("SELECT * FROM a JOIN b ON a.email = b.email UNION ALL SELECT * FROM a JOIN b ON a.phone = b.phone AND a.email <> b.email")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = SqlExpressions.ctes(tree);
        Map<PlainSelect, List<SqlExpressions.Source>> scopes = new IdentityHashMap<>();
        for (SqlNode n : tree.all(Join.class)) {
            Join j = (Join) n.value();
            if (j.getOnExpressions() == null || !(n.query() instanceof PlainSelect)) continue;
            List<SqlExpressions.Source> scope = SqlExpressions.sources((PlainSelect) n.query(), ctes, scopes);
            for (Expression on : j.getOnExpressions()) {
                List<Expression> conj = SqlExpressions.conjuncts(on);
                boolean hasKey = false;
                for (Expression c : conj) if (isEquiJoin(tree, c)) hasKey = true;
                if (hasKey) continue;
                for (Expression c : conj) {
                    // an OR that filters one side only is cartesian-join's business
                    if (!(c instanceof OrExpression) || !joinsInABranch(tree, c) || touched(tree, c, scope).size() < 2
                        || commonEquality(ctx, tree, c)) continue;
                    report(ctx, (OrExpression) c, "the join condition of " + target(j));
                    break;
                }
            }
        }
        for (SqlNode n : tree.all(PlainSelect.class)) checkCommaJoin(ctx, (PlainSelect) n.value(), ctes);
    }

    /**
     * {@code FROM a, b WHERE a.x = b.x OR a.y = b.y}: an OR in WHERE that joins tables listed with commas, with no
     * other WHERE equality between them.
     */
    private static void checkCommaJoin(SqlRuleContext ctx, PlainSelect ps, Map<String, WithItem<?>> ctes) {
        if (ps.getWhere() == null || ps.getJoins() == null) return;
        boolean comma = false;
        for (Join j : ps.getJoins()) if (j.isSimple()) comma = true;
        if (!comma) return;
        SqlTree tree = ctx.tree();
        List<SqlExpressions.Source> scope = SqlExpressions.sources(ps, ctes);
        List<Expression> conj = SqlExpressions.conjuncts(ps.getWhere());
        for (Expression c : conj) {
            if (!(c instanceof OrExpression) || !joinsInABranch(tree, c)) continue;
            Set<SqlExpressions.Source> joined = touched(tree, c, scope);
            if (joined.size() < 2 || commonEquality(ctx, tree, c)) continue;
            boolean keyElsewhere = false;
            for (Expression other : conj) {
                if (other == c || !isEquiJoin(tree, other)) continue;
                EqualsTo eq = (EqualsTo) SqlExpressions.unwrap(other);
                if (intersects(touched(tree, eq.getLeftExpression(), scope), joined)
                    && intersects(touched(tree, eq.getRightExpression(), scope), joined)) keyElsewhere = true;
            }
            if (keyElsewhere) continue;
            List<String> names = new ArrayList<>();
            for (SqlExpressions.Source s : joined) names.add("'" + (s.name != null ? s.name : "?") + "'");
            report(ctx, (OrExpression) c, "the WHERE condition joining " + String.join(", ", names));
        }
    }

    /** Some OR branch compares two columns: the OR joins, it is not just a filter like (t = 'a' OR t = 'b'). */
    private static boolean joinsInABranch(SqlTree tree, Expression or) {
        for (Expression branch : SqlExpressions.disjuncts(or)) {
            for (Expression c : SqlExpressions.conjuncts(branch)) {
                if (c instanceof BinaryExpression && !(c instanceof OrExpression)
                    && SqlExpressions.hasColumn(tree, ((BinaryExpression) c).getLeftExpression(), false)
                    && SqlExpressions.hasColumn(tree, ((BinaryExpression) c).getRightExpression(), false)) return true;
            }
        }
        return false;
    }

    /** Sources the columns of an expression may belong to (subqueries left out). */
    private static Set<SqlExpressions.Source> touched(SqlTree tree, Expression e, List<SqlExpressions.Source> scope) {
        Set<SqlExpressions.Source> out = new LinkedHashSet<>();
        for (Column c : SqlExpressions.columns(tree, e, false)) out.addAll(SqlExpressions.candidates(c, scope));
        return out;
    }

    private static boolean intersects(Set<SqlExpressions.Source> a, Set<SqlExpressions.Source> b) {
        for (SqlExpressions.Source s : a) if (b.contains(s)) return true;
        return false;
    }

    private static String target(Join j) {
        return j.getFromItem() instanceof Table ? "'" + ((Table) j.getFromItem()).getFullyQualifiedName() + "'"
            : j.getFromItem() != null && j.getFromItem().getAlias() != null ? "'" + j.getFromItem().getAlias().getName() + "'" : "the joined table";
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

    private static void report(SqlRuleContext ctx, OrExpression or, String where) {
        int from = ctx.span(or.getLeftExpression()).end();
        int to = ctx.span(or.getRightExpression()).start();
        SqlToken kw = SqlExpressions.word(ctx.tokens(), ctx.text(), "OR", from, to);
        int start = kw != null ? kw.start() : ctx.span(or).start();
        int end = kw != null ? kw.end() : ctx.span(or).end();
        boolean nullSafe = false;
        for (Expression b : SqlExpressions.disjuncts(or)) {
            for (Expression c : SqlExpressions.conjuncts(b)) if (c instanceof IsNullExpression) nullSafe = true;
        }
        String advice = nullSafe
            ? "This looks like a null-safe equality: write a.x <=> b.x (Spark) or a.x IS NOT DISTINCT FROM b.x, which joins on a hash key"
            : "Split the join into one join per OR branch combined with UNION ALL (excluding rows matched by earlier branches), "
            + "or add an equality every branch shares";
        ctx.report(start, end, "OR in " + where
            + " leaves no equality common to all branches: the join runs as a nested loop over every pair of rows", null, Fix.hint(advice));
    }
}
