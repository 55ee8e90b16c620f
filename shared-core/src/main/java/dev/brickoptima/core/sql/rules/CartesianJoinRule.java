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
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A join whose two sides no predicate links: {@code a JOIN b} without ON, {@code FROM a, b} with no WHERE
 * predicate between them, or an ON that only filters one side.
 */
public final class CartesianJoinRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("cartesian-join")
        .title("Join without a join condition (cartesian product)")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("When no predicate links a joined table to the others, every row of one side pairs with every row of "
            + "the other: the result has |a| x |b| rows and Spark runs it as a BroadcastNestedLoopJoin or "
            + "CartesianProduct. The rule builds the join graph of each SELECT from its ON, USING and WHERE predicates "
            + "(resolving table aliases; an unqualified column may belong to any table whose columns are unknown, so "
            + "it never causes a false alarm) and reports each table that ends up unconnected. Comma joins linked in "
            + "WHERE, as in the TPC-DS queries, are fine. Not reported: an explicit CROSS JOIN, NATURAL joins, "
            + "lateral views and table functions, inline VALUES lists, and sources that return at most one row (an "
            + "aggregate without GROUP BY, LIMIT 1): pairing with a single row is harmless and common (TPC-DS q28, q61, "
            + "q77, q88, q90). The Spark plan rules plan-cartesian-product and plan-broadcast-nested-loop-join see the "
            + "sizes this rule cannot: they report the same joins graded by the row pairs evaluated, so a deliberate "
            + "CROSS JOIN of a few rows is information there and a large one a warning.")
        .bad("SELECT o.id, c.name FROM orders o, customers c WHERE o.status = 'open'")
        .good("SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'open'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** One FROM item and the join that brought it in (null for the first). */
    private record Entry(FromItem item, Join join, SqlExpressions.Source source) {
    }

    @Override
    public void check(SqlRuleContext ctx) {
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = null;
        for (SqlNode n : tree.all(PlainSelect.class)) {
            PlainSelect ps = (PlainSelect) n.value();
            if (ps.getJoins() == null || ps.getJoins().isEmpty()) continue;
            if (ctes == null) ctes = SqlExpressions.ctes(tree);
            checkSelect(ctx, ps, ctes);
        }
    }

    private void checkSelect(SqlRuleContext ctx, PlainSelect ps, Map<String, WithItem<?>> ctes) {
        List<Entry> entries = new ArrayList<>();
        List<Expression> predicates = new ArrayList<>();
        flatten(ps.getFromItem(), null, ps.getJoins(), entries, predicates, ctes);
        int n = entries.size();
        if (n < 2) return;
        List<SqlExpressions.Source> sources = new ArrayList<>();
        for (Entry e : entries) sources.add(e.source);
        List<SqlExpressions.Source> scope = new SourceScope(sources);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int mergedUpTo = 0; // items 0..mergedUpTo are already one component
        for (int i = 1; i < n; i++) {
            Entry e = entries.get(i);
            Join j = e.join;
            boolean linksAll = j != null && (j.isCross() || j.isNatural() || j.isApply()
                || (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty()));
            boolean opaque = !(e.item instanceof Table || e.item instanceof ParenthesedSelect) || e.item instanceof LateralSubSelect;
            // an explicit CROSS JOIN is intended; NATURAL/USING link by name; lateral items depend on the left side.
            // Linking item i to every earlier item touches each item once over the whole loop (linear, not quadratic).
            if (linksAll || opaque) {
                for (int k = mergedUpTo; k < i; k++) union(parent, i, k);
                mergedUpTo = i;
            }
        }
        if (ps.getWhere() != null) predicates.addAll(SqlExpressions.conjuncts(ps.getWhere()));
        for (Expression p : predicates) link(ctx.tree(), ps, p, scope, parent);

        // one pass in FROM order: per component, how many multi-row items came before i (not a scan of all k < i)
        Map<Integer, Integer> multiRowByRoot = new HashMap<>();
        int multiRowBefore = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer sameSide = multiRowByRoot.get(root);
            boolean connected = sameSide != null;
            boolean otherSideMultiRow = multiRowBefore - (sameSide == null ? 0 : sameSide) > 0;
            Entry e = entries.get(i);
            boolean single = singleRow(ctx.tree(), e.source);
            multiRowByRoot.put(root, (sameSide == null ? 0 : sameSide) + (single ? 0 : 1));
            if (!single) multiRowBefore++;
            if (i == 0 || connected || !otherSideMultiRow || single) continue;
            ctx.report(e.item, message(ctx, e), Fix.hint("Add a join condition that links " + name(ctx, e)
                + " to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted"));
        }
    }

    private static String message(SqlRuleContext ctx, Entry e) {
        String what = name(ctx, e);
        Join j = e.join;
        if (j.isSimple()) {
            return "comma join with " + what + " has no WHERE predicate linking it to the other tables: every row pairs with every row";
        }
        if (j.getOnExpressions() == null || j.getOnExpressions().isEmpty()) {
            return "join with " + what + " has no join condition: every row pairs with every row";
        }
        return "join condition of " + what + " does not link it to the other tables: every row pairs with every row";
    }

    private static String name(SqlRuleContext ctx, Entry e) {
        if (e.item instanceof Table) return "'" + ((Table) e.item).getFullyQualifiedName() + "'";
        if (e.item.getAlias() != null) return "derived table '" + e.item.getAlias().getName() + "'";
        return "the derived table";
    }

    /** At most one row, or an inline VALUES list (a handful of rows typed into the query). */
    private static boolean singleRow(SqlTree tree, SqlExpressions.Source s) {
        if (s.item instanceof Values || s.item instanceof ParenthesedSelect && ((ParenthesedSelect) s.item).getSelect() instanceof Values) return true;
        return s.query != null && SqlExpressions.isSingleRow(tree, s.query);
    }

    private static void flatten(FromItem first, Join via, List<Join> joins, List<Entry> out, List<Expression> predicates,
                                Map<String, WithItem<?>> ctes) {
        addItem(first, via, out, predicates, ctes);
        if (joins == null) return;
        for (Join j : joins) {
            addItem(j.getFromItem(), j, out, predicates, ctes);
            if (j.getOnExpressions() != null) for (Expression on : j.getOnExpressions()) predicates.addAll(SqlExpressions.conjuncts(on));
        }
    }

    private static void addItem(FromItem item, Join via, List<Entry> out, List<Expression> predicates, Map<String, WithItem<?>> ctes) {
        if (item == null) return;
        if (item instanceof ParenthesedFromItem) {
            ParenthesedFromItem p = (ParenthesedFromItem) item;
            // (a JOIN b ON ...) nested: its first item enters through the outer join
            flatten(p.getFromItem(), via, p.getJoins(), out, predicates, ctes);
            return;
        }
        out.add(new Entry(item, via, SqlExpressions.source(item, ctes)));
    }

    /** Unions the sources one predicate may reference; unresolvable columns count as possibly any source. */
    private static void link(SqlTree tree, PlainSelect ps, Expression predicate, List<SqlExpressions.Source> scope, int[] parent) {
        SqlNode root = tree.nodeOf(predicate);
        Set<Integer> touched = new HashSet<>();
        int columns = 0;
        for (Column c : SqlExpressions.columns(tree, predicate, true)) {
            SqlNode cn = tree.nodeOf(c);
            // unqualified names inside a subquery belong to the subquery's own tables
            if (c.getTable() == null && root != null && cn != null && cn.query() != root.query()) continue;
            List<SqlExpressions.Source> cands = SqlExpressions.candidates(c, scope);
            if (cands.isEmpty()) continue;
            columns++;
            for (SqlExpressions.Source s : cands) touched.add(scope.indexOf(s));
        }
        if (columns < 2 || touched.size() < 2) return;
        Integer first = null;
        for (Integer i : touched) {
            if (first == null) first = i;
            else union(parent, first, i);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
