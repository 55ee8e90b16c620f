package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanText;

import java.util.List;

/** Plan shape questions several rules ask: what is below a join side, how big is it, is it one row. */
final class PlanShapes {
    static final double MIB = 1024d * 1024;

    private PlanShapes() {
    }

    /** Operators that pass their input through without changing its size much (for walking down a join side). */
    static boolean isPassThrough(PlanOperator op) {
        switch (op.kind()) {
            case "Sort": case "AQEShuffleRead": case "CustomShuffleReader": case "ShuffleQueryStage":
            case "BroadcastQueryStage": case "TableCacheQueryStage": case "Exchange": case "ShuffleExchange":
            case "BroadcastExchange": case "ReusedExchange": case "Project": case "ColumnarToRow": case "InputAdapter":
            case "WholeStageCodegen": case "RowToColumnar":
                return true;
            default:
                return false;
        }
    }

    static List<PlanOperator> children(PlanOperator op) {
        return PhysicalPlan.activeChildren(op);
    }

    /** The operator itself, or what a ReusedExchange reuses. */
    static PlanOperator resolve(PlanOperator op) {
        return op.reused() != null ? op.reused() : op;
    }

    /**
     * Size in bytes of what a join side produces: AQE query stage statistics, else the {@code data size} metric of
     * an exchange, found walking down pass-through operators. NaN when unknown.
     */
    static double sideBytes(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasSize()) return op.statistics().sizeInBytes();
            MetricValue ds = op.metric("data size");
            if (ds != null && (op.isShuffle() || op.is("BroadcastExchange"))) return ds.total();
            if (!isPassThrough(op) || children(op).size() != 1) return Double.NaN;
            op = children(op).get(0);
        }
        return Double.NaN;
    }

    /** What a join side produces in bytes; {@code atMost} when an aggregate or filter above the measured size shrinks it. */
    record Size(double bytes, boolean atMost) {
        boolean known() {
            return !Double.isNaN(bytes);
        }
    }

    /**
     * Like {@link #sideBytes}, but reading through aggregates and filters, whose output is at most their input: a
     * side that aggregates its shuffle stage (join key = grouping key, so no exchange above the aggregate) is at most
     * the stage's size.
     */
    static Size sideSize(PlanOperator side) {
        PlanOperator op = side;
        boolean atMost = false;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasSize()) return new Size(op.statistics().sizeInBytes(), atMost);
            MetricValue ds = op.metric("data size");
            if (ds != null && (op.isShuffle() || op.is("BroadcastExchange"))) return new Size(ds.total(), atMost);
            boolean shrinks = op.is("Filter") || op.is("HashAggregate") || op.is("SortAggregate") || op.is("ObjectHashAggregate");
            if (!isPassThrough(op) && !shrinks || children(op).size() != 1) break;
            atMost |= shrinks;
            op = children(op).get(0);
        }
        return new Size(Double.NaN, false);
    }

    /** Rows a join side produces: statistics rowCount or the first {@code number of output rows} metric going down. */
    static double sideRows(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasRowCount()) return op.statistics().rowCount();
            MetricValue rows = op.metric("number of output rows");
            if (rows != null) return rows.total();
            if (op.is("Range")) return rangeRows(op);
            if (!isPassThrough(op) && !op.is("Filter") || children(op).size() != 1) return Double.NaN;
            if (op.is("Filter")) return Double.NaN; // rows above a filter are unknown without its metric
            op = children(op).get(0);
        }
        return Double.NaN;
    }

    /** Whether a side produces at most one row: an aggregate without grouping keys, or statistics rowCount <= 1. */
    static boolean isSingleRow(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasRowCount() && op.statistics().rowCount() <= 1) return true;
            String k = op.kind();
            if (k.equals("HashAggregate") || k.equals("SortAggregate") || k.equals("ObjectHashAggregate")) {
                String keys = op.detail("Keys");
                return keys != null && PlanText.isEmptyList(keys);
            }
            if (!(isPassThrough(op) || op.is("Filter")) || children(op).size() != 1) return false;
            op = children(op).get(0);
        }
        return false;
    }

    /** The first non-pass-through operator below (the operator itself when it is not pass-through). */
    static PlanOperator throughPassThrough(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; guard < 64; guard++) {
            if (!isPassThrough(op) || children(op).size() != 1) return op;
            op = children(op).get(0);
        }
        return op;
    }

    /** The scan directly under an operator (through ColumnarToRow / InputAdapter), or null. */
    static PlanOperator scanBelow(PlanOperator op) {
        PlanOperator o = op;
        for (int guard = 0; o != null && guard < 8; guard++) {
            if (o.isScan()) return o;
            List<PlanOperator> kids = children(o);
            o = (o.is("ColumnarToRow") || o.is("InputAdapter")) && kids.size() == 1 ? kids.get(0) : null;
        }
        return null;
    }

    /** The side label of child {@code index} of a join: "left" / "right". */
    static String sideName(int index) {
        return index == 0 ? "left" : "right";
    }

    /** "(12) SortMergeJoin" for messages. */
    static String ref(PlanOperator op) {
        return op.name().isEmpty() ? "(" + op.id() + ")" : op.name() + " (" + op.id() + ")";
    }

    /**
     * Rows a side produces as the plan states them, without runtime counting: AQE statistics rowCount or the bounds of
     * a Range, found walking down pass-through operators. Unlike metrics, these are not multiplied when Spark
     * recomputes the side (a CartesianProduct reads each side once per partition of the other). NaN when unknown.
     */
    static double plannedRows(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasRowCount()) return op.statistics().rowCount();
            if (op.is("Range")) return rangeRows(op);
            if (!isPassThrough(op) || children(op).size() != 1) return Double.NaN;
            op = children(op).get(0);
        }
        return Double.NaN;
    }

    /** The first {@code number of output rows} metric going down pass-through operators (as counted at runtime), or NaN. */
    static double countedRows(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            MetricValue rows = op.metric("number of output rows");
            if (rows != null) return rows.total();
            if (!isPassThrough(op) || children(op).size() != 1) return Double.NaN;
            op = children(op).get(0);
        }
        return Double.NaN;
    }

    /**
     * Partitions a side produces: the splits of a Range, the partition count of a shuffle ({@code hashpartitioning(k,
     * 8)}, {@code SinglePartition}) or the {@code number of partitions} an AQE shuffle read reports. NaN when unknown.
     */
    static double partitions(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            MetricValue n = op.metric("number of partitions");
            if (n != null) return n.total();
            if (op.is("Range")) return rangeSplits(op);
            if (op.isShuffle()) return shufflePartitions(arguments(op));
            if (op.is("AQEShuffleRead") || op.is("CustomShuffleReader")) return Double.NaN; // coalescing changes the count
            boolean samePartitioning = op.is("Project") || op.is("Filter") || op.is("ColumnarToRow") || op.is("InputAdapter")
                || op.is("WholeStageCodegen") || op.is("Sort") || op.kind().endsWith("QueryStage");
            if (!samePartitioning || children(op).size() != 1) return Double.NaN;
            op = children(op).get(0);
        }
        return Double.NaN;
    }

    /** The argument text of an operator: the formatted {@code Arguments} detail, else what the classic tree line says. */
    static String arguments(PlanOperator op) {
        String a = op.detail("Arguments");
        return a != null ? a : op.arguments();
    }

    /** Rows of {@code Range (0, 100, step=1, splits=Some(2))}: ceil((end - start) / step), or NaN. */
    static double rangeRows(PlanOperator range) {
        List<String> parts = rangeParts(range);
        if (parts.size() < 2) return Double.NaN;
        double start = number(parts.get(0));
        double end = number(parts.get(1));
        double step = 1;
        for (String p : parts) if (p.startsWith("step=")) step = number(p.substring("step=".length()));
        if (Double.isNaN(start) || Double.isNaN(end) || Double.isNaN(step) || step == 0) return Double.NaN;
        return Math.max(0, Math.ceil((end - start) / step));
    }

    /** Splits of a Range ({@code splits=Some(2)} or {@code splits=2}); NaN for {@code splits=None} (default parallelism). */
    static double rangeSplits(PlanOperator range) {
        for (String p : rangeParts(range)) {
            if (!p.startsWith("splits=")) continue;
            String v = p.substring("splits=".length());
            if (v.startsWith("Some(") && v.endsWith(")")) v = v.substring(5, v.length() - 1);
            return number(v);
        }
        return Double.NaN;
    }

    private static List<String> rangeParts(PlanOperator range) {
        String a = arguments(range);
        if (a == null) return List.of();
        int open = a.indexOf('(');
        int close = a.lastIndexOf(')');
        if (open < 0 || close <= open) return List.of();
        return PlanText.splitTopLevel(a.substring(open + 1, close));
    }

    /** Partition count of an exchange's partitioning: {@code hashpartitioning(a#1, 8)} -> 8, {@code SinglePartition} -> 1. */
    static double shufflePartitions(String args) {
        if (args == null) return Double.NaN;
        String a = args.trim();
        if (a.startsWith("SinglePartition")) return 1;
        int open = a.indexOf('(');
        if (open < 0) return Double.NaN;
        int depth = 0;
        for (int i = open; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) {
                List<String> items = PlanText.splitTopLevel(a.substring(open + 1, i));
                return items.isEmpty() ? Double.NaN : number(items.get(items.size() - 1));
            }
        }
        return Double.NaN;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The output rows metric, or NaN. */
    static double outputRows(PlanOperator op) {
        MetricValue v = op.metric("number of output rows");
        return v == null ? Double.NaN : v.total();
    }
}
