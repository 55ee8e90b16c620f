package dev.brickoptima.core.plan;

/**
 * Synthetic plan texts of any size, for scale tests and benchmarks (parse + analyse time must grow linearly):
 * {@link #wide} is a Union of many short branches in EXPLAIN FORMATTED shape, {@link #chain} one deep classic tree.
 */
public final class SyntheticPlans {
    private SyntheticPlans() {
    }

    /** A formatted plan: a Union of {@code branches} branches, each a chain of {@code depth} operators over a scan. */
    public static String wide(int branches, int depth) {
        StringBuilder tree = new StringBuilder("== Physical Plan ==\n");
        StringBuilder details = new StringBuilder();
        int[] next = {1};
        int unionId = branches * (depth + 1) + 1;
        tree.append("Union (").append(unionId).append(")\n");
        for (int b = 0; b < branches; b++) {
            String marker = b == branches - 1 ? "+- " : ":- ";
            String cont = b == branches - 1 ? "   " : ":  ";
            int top = next[0] + depth;
            for (int d = 0; d <= depth; d++) {
                int id = top - d;
                String name = d == depth ? "Scan parquet spark_catalog.default.t" + b : (d % 2 == 0 ? "Filter" : "Project");
                String indent = d == 0 ? marker : cont + repeat("   ", d - 1) + "+- ";
                tree.append(indent).append(d == depth ? "" : "* ").append(name).append(" (").append(id).append(")\n");
            }
            for (int id = next[0]; id <= top; id++) {
                int d = top - id;
                String name = d == depth ? "Scan parquet spark_catalog.default.t" + b : (d % 2 == 0 ? "Filter" : "Project");
                details.append('(').append(id).append(") ").append(name);
                if (d != depth) details.append(" [codegen id : ").append(b + 1).append(']');
                details.append('\n');
                if (d == depth) {
                    details.append("Output [2]: [a#").append(id).append(", b#").append(id).append("]\n")
                        .append("PushedFilters: [IsNotNull(a)]\nReadSchema: struct<a:int,b:int>\n");
                } else if (name.equals("Filter")) {
                    details.append("Input [2]: [a#1, b#2]\nCondition : (isnotnull(a#1) AND (a#1 > ").append(id).append("))\n");
                } else {
                    details.append("Output [2]: [a#1, b#2]\nInput [2]: [a#1, b#2]\n");
                }
                details.append('\n');
            }
            next[0] = top + 1;
        }
        details.append('(').append(unionId).append(") Union\n\n");
        return tree.append("\n\n").append(details).toString();
    }

    /** A classic plan: a chain of {@code n} operators (depth n). */
    public static String chain(int n) {
        StringBuilder sb = new StringBuilder("== Physical Plan ==\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(repeat("   ", i - 1)).append("+- ");
            sb.append(i == n - 1 ? "Range (0, 10, step=1, splits=2)" : i % 2 == 0 ? "Filter (a#1 > " + i + ")" : "Project [a#1]").append('\n');
        }
        return sb.toString();
    }

    /** A plan of about {@code operators} operators: {@code wide(operators / 10, 9)}. */
    public static String ofSize(int operators) {
        return wide(Math.max(1, operators / 10), 9);
    }

    private static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder(s.length() * Math.max(0, n));
        for (int i = 0; i < n; i++) sb.append(s);
        return sb.toString();
    }
}
