package dev.brickoptima.core.input;

import dev.brickoptima.core.pg.PgPlans;

/** What a piece of text is, recognised by content (file names lie; pasted text has none). */
public enum InputKind {
    SQL, PLAN_TEXT, SPARK_REST_JSON, POSTGRES_PLAN;

    /** Recognises PostgreSQL EXPLAIN output (JSON or text), Spark physical plan text and Spark REST JSON; everything else is SQL. */
    public static InputKind detect(String text) {
        if (PgPlans.looksLikePlan(text)) return POSTGRES_PLAN;
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        if (i < n && (text.charAt(i) == '{' || text.charAt(i) == '[')) {
            String head = text.substring(i, Math.min(n, i + 200_000));
            if (head.contains("\"planDescription\"") || head.contains("\"nodes\"") && head.contains("\"nodeName\"")) return SPARK_REST_JSON;
            return SQL;
        }
        String head = text.substring(0, Math.min(n, 20_000));
        if (head.contains("== Physical Plan ==") || head.contains("AdaptiveSparkPlan") || head.contains("== Parsed Logical Plan ==")) return PLAN_TEXT;
        if (looksLikePlanTree(head)) return PLAN_TEXT;
        return SQL;
    }

    /** Tree lines such as "+- *(2) HashAggregate(keys=..." or "* Project (3)" with operator names Spark uses. */
    private static boolean looksLikePlanTree(String head) {
        int treeLines = 0;
        int lines = 0;
        for (String line : head.split("\n", 200)) {
            String t = line.trim();
            if (t.isEmpty()) continue;
            lines++;
            if (t.startsWith("+- ") || t.startsWith(":- ") || t.startsWith(":  +- ")) treeLines++;
            else if (t.matches("^\\*?\\s*(\\(\\d+\\)\\s*)?(Scan|FileScan|BatchScan|Project|Filter|HashAggregate|SortAggregate|Exchange|Sort|"
                + "SortMergeJoin|BroadcastHashJoin|BroadcastNestedLoopJoin|CartesianProduct|Window|TakeOrderedAndProject|CollectLimit|"
                + "ColumnarToRow|WholeStageCodegen|Union|Expand|Generate|LocalTableScan|ShuffledHashJoin|BroadcastExchange|ReusedExchange)\\b.*")) {
                treeLines++;
            }
        }
        return lines > 0 && treeLines >= 2 && treeLines * 2 >= Math.min(lines, 6);
    }
}
