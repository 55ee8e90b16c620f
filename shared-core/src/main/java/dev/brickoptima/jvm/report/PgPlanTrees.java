package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.pg.PgPlan;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.plan.PlanParseException;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL plan inputs (EXPLAIN files, and the plans {@code brickoptima pg} got from a server) as {@link ReportTree}s
 * with the nodes their findings flag. A finding's operator id is the node's pre-order number, as the analyzer sets it.
 */
public final class PgPlanTrees {
    private static final List<String> CONDITION_KEYS = List.of("Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond",
        "Join Filter", "Filter", "Sort Key", "Group Key");
    private static final int MAX_DEPTH = 400;

    private PgPlanTrees() {
    }

    /** The tree of a PostgreSQL plan input, or none for other inputs or text that does not parse. */
    public static List<ReportTree.Titled> of(AnalyzedInput in) {
        String kind = in.report().kind();
        if (in.text() == null || !(kind.equals("pg-plan") || kind.equals("pg-query"))) return List.of();
        PgPlan plan;
        try {
            plan = PgPlans.parse(in.text());
        } catch (PlanParseException e) {
            return List.of();
        }
        String title = "PostgreSQL plan" + (plan.analyzed() ? " (EXPLAIN ANALYZE)" : "");
        return List.of(new ReportTree.Titled(title, node(plan.root(), in.report().findings(), 0)));
    }

    private static ReportTree node(PgPlanNode n, List<Finding> findings, int depth) {
        List<ReportTree.Flag> flags = new ArrayList<>();
        String id = Integer.toString(n.id());
        for (Finding f : findings) {
            if (id.equals(f.location().operatorId())) flags.add(new ReportTree.Flag(f.ruleId(), f.severity().label(), f.message()));
        }
        List<String> details = new ArrayList<>();
        String estimate = "cost " + n.text("Startup Cost") + ".." + n.text("Total Cost") + ", " + n.text("Plan Rows") + " rows estimated";
        if (n.has("Total Cost")) details.add(estimate);
        if (n.hasActuals()) {
            details.add("actual " + n.text("Actual Rows") + " rows x " + n.text("Actual Loops") + " loops, "
                + n.text("Actual Total Time") + " ms");
        }
        for (String k : CONDITION_KEYS) {
            String v = n.text(k);
            if (v != null && !v.isBlank()) details.add(k + ": " + shorten(v.trim()));
        }
        List<ReportTree> children = new ArrayList<>();
        if (depth < MAX_DEPTH) for (PgPlanNode c : n.children()) children.add(node(c, findings, depth + 1));
        return new ReportTree("(" + n.id() + ") " + label(n), details, flags, children);
    }

    /** "Seq Scan on public.orders o", "Index Scan using orders_pkey on orders", "Hash Join (Left)". */
    private static String label(PgPlanNode n) {
        StringBuilder sb = new StringBuilder(n.nodeType() == null ? "?" : n.nodeType());
        if (n.joinType() != null && !"Inner".equals(n.joinType())) sb.append(" (").append(n.joinType()).append(')');
        if (n.indexName() != null) sb.append(" using ").append(n.indexName());
        if (n.relationName() != null) {
            sb.append(" on ").append(n.schema() == null ? "" : n.schema() + ".").append(n.relationName());
            if (n.alias() != null && !n.alias().equals(n.relationName())) sb.append(' ').append(n.alias());
        }
        if (n.subplanName() != null) sb.append(" [").append(n.subplanName()).append(']');
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
