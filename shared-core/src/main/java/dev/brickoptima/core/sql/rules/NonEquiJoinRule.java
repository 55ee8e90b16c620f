package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@code JOIN b ON a.ts >= b.lo AND a.ts < b.hi}: no equality, so no hash or merge join: a nested loop over all pairs. */
public final class NonEquiJoinRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("non-equi-join")
        .title("Join condition without an equality")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Hash joins and sort-merge joins need at least one equality between the two sides. A join whose ON "
            + "condition only has inequalities or ranges (a.ts BETWEEN b.start AND b.end, a.x < b.y) compares every row "
            + "of one side with every row of the other: Spark plans a BroadcastNestedLoopJoin (or a CartesianProduct "
            + "when neither side is small), databases a nested loop. Add an equality on a coarse key both sides share "
            + "(a time bucket, a range id) so the join can hash, and keep the range as an extra condition. Joins "
            + "without any linking condition are reported by cartesian-join, OR conditions by or-in-join-condition; "
            + "single-row sources are not reported.")
        .bad("SELECT e.id, w.name FROM events e JOIN windows w ON e.ts >= w.start_ts AND e.ts < w.end_ts")
        .good("SELECT e.id, w.name FROM events e JOIN windows w ON w.day = e.day AND e.ts >= w.start_ts AND e.ts < w.end_ts")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        Map<PlainSelect, List<SqlExpressions.Source>> scopes = new IdentityHashMap<>();
        for (SqlNode n : tree.all(Join.class)) {
            Join j = (Join) n.value();
            if (j.getOnExpressions() == null || j.getOnExpressions().isEmpty() || !(n.query() instanceof PlainSelect)) continue;
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            List<SqlExpressions.Source> scope = SqlExpressions.sources((PlainSelect) n.query(), ctes, scopes);
            SqlExpressions.Source joined = SqlExpressions.sourceOf(scope, j.getFromItem());
            if (joined == null || (joined.query != null && SqlExpressions.isSingleRow(tree, joined.query))) continue;
            for (Expression on : j.getOnExpressions()) {
                List<Expression> conj = SqlExpressions.conjuncts(on);
                boolean equality = false;
                boolean links = false;
                boolean or = false;
                for (Expression c : conj) {
                    if (c instanceof OrExpression) or = true;
                    if (c instanceof EqualsTo && SqlExpressions.hasColumn(tree, ((EqualsTo) c).getLeftExpression(), false)
                        && SqlExpressions.hasColumn(tree, ((EqualsTo) c).getRightExpression(), false)) equality = true;
                    if (linksJoined(tree, c, joined, scope)) links = true;
                }
                if (equality || or || !links) continue;
                String target = j.getFromItem() instanceof Table ? "'" + ((Table) j.getFromItem()).getFullyQualifiedName() + "'"
                    : j.getFromItem().getAlias() != null ? "'" + j.getFromItem().getAlias().getName() + "'" : "the joined table";
                ctx.report(on, "join condition of " + target + " has no equality: the join compares every pair of rows (nested loop)",
                    Fix.hint("Add an equality on a key both sides share (e.g. a day or bucket column) and keep the range as an extra condition"));
            }
        }
    }

    /** The conjunct reads a column of the joined source and one of another source (unqualified: may be any). */
    private static boolean linksJoined(SqlTree tree, Expression c, SqlExpressions.Source joined, List<SqlExpressions.Source> scope) {
        boolean mine = false;
        boolean other = false;
        for (Column col : SqlExpressions.columns(tree, c, false)) {
            for (SqlExpressions.Source s : SqlExpressions.candidates(col, scope)) {
                if (s == joined) mine = true;
                else other = true;
            }
        }
        return mine && other;
    }
}
