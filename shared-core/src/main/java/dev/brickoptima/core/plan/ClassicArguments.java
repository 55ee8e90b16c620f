package dev.brickoptima.core.plan;

import java.util.List;

/**
 * Maps the arguments of a classic EXPLAIN tree line onto the detail keys EXPLAIN FORMATTED uses, so rules read
 * one vocabulary: {@code Output}, {@code Condition}, {@code Left keys}, {@code Join type}, {@code PushedFilters}, ...
 */
final class ClassicArguments {
    private ClassicArguments() {
    }

    static void apply(PlanOperator op, String args) {
        String kind = op.kind();
        if (op.isScan()) {
            scan(op, args);
            return;
        }
        List<String> items = PlanText.splitTopLevel(args);
        switch (kind) {
            case "Project":
                op.putDetail("Output", args);
                return;
            case "Filter":
                op.putDetail("Condition", args);
                return;
            case "SortMergeJoin":
            case "ShuffledHashJoin":
            case "BroadcastHashJoin":
                equiJoin(op, items);
                return;
            case "BroadcastNestedLoopJoin":
                if (items.size() > 0) op.putDetail("Build side", items.get(0));
                if (items.size() > 1) op.putDetail("Join type", items.get(1));
                op.putDetail("Join condition", items.size() > 2 ? joinItems(items, 2) : "None");
                return;
            case "CartesianProduct":
                // CartesianProductExec has no join type; EXPLAIN FORMATTED prints Inner for it, even for a CROSS JOIN
                op.putDetail("Join type", "Inner");
                op.putDetail("Join condition", args.isEmpty() ? "None" : args);
                return;
            case "HashAggregate":
            case "SortAggregate":
            case "ObjectHashAggregate":
                aggregate(op, args);
                return;
            case "ReusedExchange":
                if (!items.isEmpty()) op.putDetail("Output", items.get(0));
                if (items.size() > 1) op.putDetail("Arguments", joinItems(items, 1));
                return;
            default:
                if (!args.isEmpty()) op.putDetail("Arguments", args);
        }
    }

    private static String joinItems(List<String> items, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < items.size(); i++) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(items.get(i));
        }
        return sb.toString();
    }

    private static void equiJoin(PlanOperator op, List<String> items) {
        if (items.size() > 0) op.putDetail("Left keys", items.get(0));
        if (items.size() > 1) op.putDetail("Right keys", items.get(1));
        if (items.size() > 2) op.putDetail("Join type", items.get(2));
        String cond = "None";
        for (int i = 3; i < items.size(); i++) {
            String it = items.get(i);
            if (it.equals("BuildLeft") || it.equals("BuildRight")) op.putDetail("Build side", it);
            else if (!it.equals("true") && !it.equals("false") && !it.isEmpty()) cond = it;
        }
        op.putDetail("Join condition", cond);
    }

    private static void aggregate(PlanOperator op, String args) {
        String a = args.startsWith("(") && args.endsWith(")") ? args.substring(1, args.length() - 1) : args;
        for (String item : PlanText.splitTopLevel(a)) {
            int eq = item.indexOf('=');
            if (eq < 0) continue;
            String k = item.substring(0, eq).trim();
            String v = item.substring(eq + 1).trim();
            if (k.equals("keys")) op.putDetail("Keys", v);
            else if (k.equals("functions")) op.putDetail("Functions", v);
            else if (k.equals("output")) op.putDetail("Results", v);
        }
    }

    /** {@code [a#1,b#2] Batched: true, DataFilters: [..], Format: Parquet, Location: .., PartitionFilters: [], PushedFilters: [..], ReadSchema: struct<..>} */
    private static void scan(PlanOperator op, String args) {
        String rest = args;
        if (rest.startsWith("[")) {
            int close = matching(rest, 0);
            if (close > 0) {
                op.putDetail("Output", rest.substring(0, close + 1));
                rest = rest.substring(close + 1).trim();
            }
        }
        int rs = rest.indexOf("ReadSchema: ");
        if (rs >= 0) {
            op.putDetail("ReadSchema", rest.substring(rs + "ReadSchema: ".length()).trim());
            rest = rest.substring(0, rs).trim();
            if (rest.endsWith(",")) rest = rest.substring(0, rest.length() - 1);
        }
        for (String item : metadataItems(rest)) {
            int colon = item.indexOf(": ");
            if (colon <= 0) continue;
            String k = item.substring(0, colon).trim();
            boolean word = true;
            for (int i = 0; i < k.length(); i++) if (!Character.isLetter(k.charAt(i))) word = false;
            if (word) op.putDetail(k, item.substring(colon + 2).trim());
        }
    }

    /**
     * Splits scan metadata at {@code ", Key: "} for the keys Spark prints. Not at top-level commas: Spark cuts long
     * values to about 100 characters ending in "...", which leaves brackets unbalanced (an IN list in DataFilters).
     */
    private static java.util.List<String> metadataItems(String rest) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = rest.indexOf(", "); i >= 0; i = rest.indexOf(", ", i + 1)) {
            int colon = rest.indexOf(": ", i + 2);
            if (colon < 0) break;
            if (SCAN_KEYS.contains(" " + rest.substring(i + 2, colon) + " ")) {
                out.add(rest.substring(from, i));
                from = i + 2;
            }
        }
        out.add(rest.substring(from));
        return out;
    }

    private static final String SCAN_KEYS = " Batched DataFilters Format Location PartitionFilters PushedFilters ReadSchema"
        + " PushedAggregation PushedGroupBy PushedLimit PushedOffset PushedTopN PushedSample SelectedBucketsCount"
        + " DisableBucketedScan Bucketed BucketedScan RuntimeFilters ";

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }
}
