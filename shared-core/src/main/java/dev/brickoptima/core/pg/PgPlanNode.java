package dev.brickoptima.core.pg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a PostgreSQL plan. Properties use the keys of {@code EXPLAIN (FORMAT JSON)} ("Node Type",
 * "Relation Name", "Total Cost", "Actual Rows", "Rows Removed by Filter", "Sort Space Used", ...) whichever format the
 * plan came in: the text reader decodes its lines into the same keys. Values are String, Double, Boolean or
 * List&lt;String&gt;. Ids are 1-based in pre-order, the order EXPLAIN prints nodes in both formats.
 */
public final class PgPlanNode {
    private final int id;
    private final Map<String, Object> props = new LinkedHashMap<>();
    private final List<PgPlanNode> children = new ArrayList<>();
    private PgPlanNode parent;
    private int start = -1;
    private int end = -1;

    PgPlanNode(int id) {
        this.id = id;
    }

    public int id() { return id; }
    public PgPlanNode parent() { return parent; }
    public List<PgPlanNode> children() { return Collections.unmodifiableList(children); }
    public Map<String, Object> properties() { return Collections.unmodifiableMap(props); }
    /** Offset range of the node in the parsed text (its tree line; its "Node Type" member in JSON), or -1. */
    public int start() { return start; }
    public int end() { return end; }

    /** A property as text (numbers as printed, lists joined by ", "), or null. */
    public String text(String key) {
        Object v = props.get(key);
        if (v == null) return null;
        if (v instanceof List) return String.join(", ", list(key));
        if (v instanceof Double) return PgNumbers.plain((Double) v);
        return v.toString();
    }

    /** A numeric property, or NaN when absent or not a number. */
    public double number(String key) {
        Object v = props.get(key);
        return v instanceof Double ? (Double) v : Double.NaN;
    }

    /** A list property (Sort Key, Group Key, Output); a single text value as a one-item list; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = props.get(key);
        if (v instanceof List) return (List<String>) v;
        if (v instanceof String) return List.of((String) v);
        return List.of();
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(props.get(key));
    }

    public boolean has(String key) {
        return props.containsKey(key);
    }

    // ---- the properties rules read ----

    public String nodeType() { return text("Node Type"); }
    public String relationName() { return text("Relation Name"); }
    public String schema() { return text("Schema"); }
    public String alias() { return text("Alias"); }
    public String indexName() { return text("Index Name"); }
    public String joinType() { return text("Join Type"); }
    public String parentRelationship() { return text("Parent Relationship"); }
    public String subplanName() { return text("Subplan Name"); }
    public double startupCost() { return number("Startup Cost"); }
    public double totalCost() { return number("Total Cost"); }
    /** Estimated rows per loop. */
    public double planRows() { return number("Plan Rows"); }
    /** Actual rows per loop (PostgreSQL prints the average over loops), or NaN without ANALYZE. */
    public double actualRows() { return number("Actual Rows"); }
    public double actualLoops() { return number("Actual Loops"); }
    /** Actual time of one loop until the last row, in ms (NaN without ANALYZE or with TIMING OFF). */
    public double actualTotalTime() { return number("Actual Total Time"); }
    public String filter() { return text("Filter"); }
    public String indexCond() { return text("Index Cond"); }
    public String recheckCond() { return text("Recheck Cond"); }
    public String hashCond() { return text("Hash Cond"); }
    public String mergeCond() { return text("Merge Cond"); }
    public String joinFilter() { return text("Join Filter"); }

    /** Whether the node carries ANALYZE numbers (it may still have run zero times). */
    public boolean hasActuals() { return has("Actual Loops"); }

    /** ANALYZE ran the plan but never this node. */
    public boolean neverExecuted() { return hasActuals() && actualLoops() == 0; }

    /** Actual rows over all loops, or NaN without ANALYZE. */
    public double totalActualRows() {
        return hasActuals() ? actualRows() * actualLoops() : Double.NaN;
    }

    /** A per-loop counter over all loops (PostgreSQL prints "Rows Removed by Filter" and the like per loop). */
    public double totalOverLoops(String key) {
        double v = number(key);
        if (Double.isNaN(v)) return v;
        double loops = actualLoops();
        return Double.isNaN(loops) || loops < 1 ? v : v * loops;
    }

    public boolean is(String type) { return type.equals(nodeType()); }

    public boolean isScan() {
        String t = nodeType();
        return t != null && t.endsWith("Scan");
    }

    public boolean isJoin() {
        String t = nodeType();
        return "Nested Loop".equals(t) || "Hash Join".equals(t) || "Merge Join".equals(t);
    }

    /** The relation as the plan names it, schema-qualified when the plan says the schema (VERBOSE). */
    public String qualifiedRelation() {
        String r = relationName();
        if (r == null) return null;
        String s = schema();
        return s == null ? r : s + "." + r;
    }

    /**
     * The node as EXPLAIN's text format labels it: "Seq Scan on orders o", "Index Scan using orders_pkey on orders",
     * "Hash Left Join", "HashAggregate".
     */
    public String label() {
        String t = nodeType() == null ? "?" : nodeType();
        StringBuilder sb = new StringBuilder();
        if (flag("Parallel Aware")) sb.append("Parallel ");
        String partial = text("Partial Mode");
        if (partial != null && !partial.equals("Simple")) sb.append(partial).append(' ');
        if (t.equals("Aggregate") || t.equals("SetOp")) {
            String strategy = text("Strategy");
            if ("Hashed".equals(strategy)) sb.append("Hash");
            else if ("Sorted".equals(strategy) && t.equals("Aggregate")) sb.append("Group");
            else if ("Mixed".equals(strategy)) sb.append("Mixed");
            sb.append(t);
        } else if (t.equals("ModifyTable") && text("Operation") != null) {
            sb.append(text("Operation"));
        } else if (isJoin() && joinType() != null && !joinType().equals("Inner")) {
            sb.append(t.equals("Nested Loop") ? t : t.substring(0, t.length() - " Join".length()));
            sb.append(' ').append(joinType()).append(" Join");
        } else {
            sb.append(t);
        }
        if ("Backward".equals(text("Scan Direction"))) sb.append(" Backward");
        if (indexName() != null && !t.equals("Bitmap Index Scan")) sb.append(" using ").append(indexName());
        String target = relationName() != null ? qualifiedRelation()
            : t.equals("Bitmap Index Scan") ? indexName()
            : text("CTE Name") != null ? text("CTE Name")
            : text("Function Name") != null ? text("Function Name") : null;
        if (target != null) sb.append(" on ").append(target);
        else if (t.equals("Subquery Scan") && alias() != null) sb.append(" on ").append(alias());
        if (target != null && alias() != null && !alias().equals(relationName()) && !alias().equals(target)) {
            sb.append(' ').append(alias());
        }
        return sb.toString();
    }

    /** How findings name the node: "Seq Scan on orders (node 3)". */
    public String ref() {
        return label() + " (node " + id + ")";
    }

    @Override
    public String toString() {
        return ref();
    }

    // ---- building (readers only) ----

    void put(String key, Object value) {
        if (value != null) props.put(key, value);
    }

    void addChild(PgPlanNode c) {
        children.add(c);
        c.parent = this;
    }

    void setPosition(int start, int end) {
        this.start = start;
        this.end = end;
    }
}
