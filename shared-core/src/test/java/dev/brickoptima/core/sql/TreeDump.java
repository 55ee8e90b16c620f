package dev.brickoptima.core.sql;

/** Test helper: a statement's tree, one node a line: depth, clause, node type, and the query it belongs to. */
final class TreeDump {
    static String of(SqlTree tree) {
        StringBuilder sb = new StringBuilder();
        for (SqlNode n : tree.nodes()) {
            sb.append("  ".repeat(n.depth())).append(n.clause()).append(' ').append(n.value().getClass().getSimpleName());
            String text = String.valueOf(n.value()).replace('\n', ' ').replace('\t', ' ').strip();
            if (text.length() > 40) text = text.substring(0, 37) + "...";
            sb.append(" `").append(text).append('`');
            if (n.parent() != null && n.query() != n.parent().query()) sb.append(" (query)");
            sb.append('\n');
        }
        return sb.toString();
    }
}
