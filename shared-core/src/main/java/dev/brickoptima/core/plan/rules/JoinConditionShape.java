package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;

/**
 * What kind of condition keeps a join from hashing on a key, so the advice matches it: no condition, a range
 * ({@code a >= lo AND a < hi}, BETWEEN), an OR of conditions, an inequality ({@code a <> b}) or another expression
 * (a function of both sides). Read from Spark's printed condition, which parenthesises every operator.
 */
enum JoinConditionShape {
    NONE, OR, RANGE, NOT_EQUAL, OTHER;

    static JoinConditionShape of(String condition) {
        if (condition == null || condition.isBlank()) return NONE;
        String c = condition;
        if (c.contains(" OR ")) return OR;
        if (c.contains(" >= ") || c.contains(" <= ") || c.contains(" > ") || c.contains(" < ")) return RANGE;
        if (c.contains("NOT (") && c.contains(" = ") || c.contains(" != ") || c.contains(" <> ")) return NOT_EQUAL;
        return OTHER;
    }

    /** Words for messages: "no join condition", "range condition ...". */
    String describe(String condition) {
        switch (this) {
            case NONE: return "no join condition";
            case OR: return "OR condition " + BroadcastNestedLoopJoinRule.abbreviate(condition);
            case RANGE: return "range condition " + BroadcastNestedLoopJoinRule.abbreviate(condition);
            case NOT_EQUAL: return "inequality condition " + BroadcastNestedLoopJoinRule.abbreviate(condition);
            default: return "non-equi condition " + BroadcastNestedLoopJoinRule.abbreviate(condition);
        }
    }

    /** Advice for this shape of condition. */
    Fix[] hints() {
        switch (this) {
            case NONE:
                return new Fix[] {
                    Fix.hint("If a join condition is missing, add the equality that links the two sides (ON a.key = b.key)"),
                    Fix.hint("If every combination is wanted, write CROSS JOIN and keep one side small enough to broadcast "
                        + "(/*+ BROADCAST(small_side) */)")};
            case OR:
                return new Fix[] {
                    Fix.hint("Rewrite the OR as a UNION ALL of equi-joins, one per branch (deduplicate if branches overlap)"),
                    Fix.hint("If one branch is an equality on both sides, join on it and filter with the rest")};
            case RANGE:
                return new Fix[] {
                    Fix.hint("Add an equality on a bucket of the range so Spark can hash: ON floor(a.x / w) = b.bucket "
                        + "AND a.x BETWEEN b.lo AND b.hi, with b exploded to one row per bucket it covers"),
                    Fix.hint("If the ranges do not overlap, look each value up in a sorted, broadcast list of bounds instead "
                        + "of testing every range (on Databricks: the /*+ RANGE_JOIN(b, w) */ hint)")};
            case NOT_EQUAL:
                return new Fix[] {
                    Fix.hint("Join on the equality of the keys and keep the non-matching rows with an anti join or a "
                        + "window function, instead of pairing every row with every other one"),
                    Fix.hint("If the inequality only excludes self-pairs, join on the grouping key and filter a.id <> b.id")};
            default:
                return new Fix[] {
                    Fix.hint("Compute a join key on both sides (the value the expression compares) and join on equality"),
                    Fix.hint("If the expression calls a UDF, express it with built-in functions")};
        }
    }
}
