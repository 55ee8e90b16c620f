package dev.brickoptima.core.sql;

import net.sf.jsqlparser.statement.select.Select;

/**
 * One node of a parsed statement with its context: parent, clause and the innermost query
 * ({@code PlainSelect}, {@code SetOperationList}, ...) that contains it.
 */
public final class SqlNode {
    private final Object value;
    private final SqlNode parent;
    private final Clause clause;
    private final Select query;
    private final int depth;
    private int index = -1;

    SqlNode(Object value, SqlNode parent, Clause clause, Select query, int depth) {
        this.value = value;
        this.parent = parent;
        this.clause = clause;
        this.query = query;
        this.depth = depth;
    }

    public Object value() { return value; }
    public SqlNode parent() { return parent; }
    public Clause clause() { return clause; }
    /** Innermost query containing this node (the node itself when it is a query); null outside queries. */
    public Select query() { return query; }
    public int depth() { return depth; }
    /** Position in {@link SqlTree#nodes()} (document order). */
    int index() { return index; }
    void index(int i) { this.index = i; }

    /** Nearest ancestor (not this node) whose value is an instance of {@code type}, or null. */
    public SqlNode ancestor(Class<?> type) {
        for (SqlNode n = parent; n != null; n = n.parent) if (type.isInstance(n.value)) return n;
        return null;
    }

    public boolean hasAncestor(Class<?> type) {
        return ancestor(type) != null;
    }

    @Override
    public String toString() {
        return value.getClass().getSimpleName() + "@" + clause + ": " + value;
    }
}
