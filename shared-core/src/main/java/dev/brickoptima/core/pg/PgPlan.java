package dev.brickoptima.core.pg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed PostgreSQL plan: the node tree (ids in pre-order), the statement-level numbers EXPLAIN prints after the
 * tree (planning and execution time, JIT, SETTINGS) and the text it was read from.
 */
public final class PgPlan {
    /** What the plan was read from. */
    public enum Format { JSON, TEXT }

    private final String text;
    private final Format format;
    private final PgPlanNode root;
    private final List<PgPlanNode> nodes;
    private final Map<String, Object> statement;
    private final Map<String, String> settings;
    private final PgJit jit;

    PgPlan(String text, Format format, PgPlanNode root, Map<String, Object> statement, Map<String, String> settings, PgJit jit) {
        this.text = text;
        this.format = format;
        this.root = root;
        List<PgPlanNode> all = new ArrayList<>();
        List<PgPlanNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            PgPlanNode n = stack.remove(stack.size() - 1);
            all.add(n);
            for (int i = n.children().size() - 1; i >= 0; i--) stack.add(n.children().get(i));
        }
        this.nodes = Collections.unmodifiableList(all);
        this.statement = Collections.unmodifiableMap(new LinkedHashMap<>(statement));
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        this.jit = jit;
    }

    public String text() { return text; }
    public Format format() { return format; }
    public PgPlanNode root() { return root; }
    /** Every node in pre-order (ids 1..n). */
    public List<PgPlanNode> nodes() { return nodes; }

    /** The node with this id, or null. */
    public PgPlanNode node(int id) {
        return id >= 1 && id <= nodes.size() ? nodes.get(id - 1) : null;
    }

    /** Whether EXPLAIN ran with ANALYZE (the root carries actual numbers). */
    public boolean analyzed() { return root.hasActuals(); }

    /** Planning time in ms, or NaN (EXPLAIN without ANALYZE or SUMMARY). */
    public double planningTime() { return number("Planning Time"); }

    /** Execution time in ms, or NaN without ANALYZE. */
    public double executionTime() { return number("Execution Time"); }

    /** Settings EXPLAIN (SETTINGS) printed: the planner-relevant ones that differ from the built-in default. */
    public Map<String, String> settings() { return settings; }

    /** The JIT section, or null when JIT did not run. */
    public PgJit jit() { return jit; }

    /** The estimated total cost of the statement (the root's total cost). */
    public double totalCost() { return root.totalCost(); }

    private double number(String key) {
        Object v = statement.get(key);
        return v instanceof Double ? (Double) v : Double.NaN;
    }
}
