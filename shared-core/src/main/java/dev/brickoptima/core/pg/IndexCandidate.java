package dev.brickoptima.core.pg;

import java.util.List;
import java.util.Locale;

/**
 * An index that might serve a plan node: the table (as the plan names it, schema-qualified when known), key columns
 * in order (a column sorted descending ends in " DESC"), the node it was derived from and why. Unproven until the JVM layer re-plans the query with it as a
 * hypothetical index (hypopg).
 */
public record IndexCandidate(String schema, String table, List<String> columns, PgPlanNode node, String reason) {
    public IndexCandidate {
        columns = List.copyOf(columns);
    }

    /** {@code CREATE INDEX ON orders (status, total)}; identifiers quoted where PostgreSQL needs it. */
    public String ddl() {
        StringBuilder sb = new StringBuilder("CREATE INDEX ON ");
        if (schema != null) sb.append(PgIdentifiers.quote(schema)).append('.');
        sb.append(PgIdentifiers.quote(table)).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sb.append(", ");
            String c = columns.get(i);
            boolean desc = c.endsWith(" DESC");
            sb.append(PgIdentifiers.quote(desc ? c.substring(0, c.length() - 5) : c)).append(desc ? " DESC" : "");
        }
        return sb.append(')').toString();
    }

    /** Same table and columns (the identity advice is deduplicated by). */
    public String key() {
        return (schema == null ? "" : schema.toLowerCase(Locale.ROOT) + ".") + table.toLowerCase(Locale.ROOT) + "(" + String.join(",", columns).toLowerCase(Locale.ROOT) + ")";
    }
}
