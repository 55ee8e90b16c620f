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

    /** Rows a join side produces: statistics rowCount or the first {@code number of output rows} metric going down. */
    static double sideRows(PlanOperator side) {
        PlanOperator op = side;
        for (int guard = 0; op != null && guard < 64; guard++) {
            op = resolve(op);
            if (op.statistics() != null && op.statistics().hasRowCount()) return op.statistics().rowCount();
            MetricValue rows = op.metric("number of output rows");
            if (rows != null) return rows.total();
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

    /** The side label of child {@code index} of a join: "left" / "right". */
    static String sideName(int index) {
        return index == 0 ? "left" : "right";
    }

    /** Whether the operator's ancestors (up to the root) include one of the kinds. */
    static boolean hasAncestor(PlanOperator op, String... kinds) {
        PlanOperator p = op.parent();
        for (int guard = 0; p != null && guard < 100_000; guard++) {
            for (String k : kinds) if (p.is(k)) return true;
            p = p.parent();
        }
        return false;
    }

    /** "(12) SortMergeJoin" for messages. */
    static String ref(PlanOperator op) {
        return op.name().isEmpty() ? "(" + op.id() + ")" : op.name() + " (" + op.id() + ")";
    }

    /** The output rows metric, or NaN. */
    static double outputRows(PlanOperator op) {
        MetricValue v = op.metric("number of output rows");
        return v == null ? Double.NaN : v.total();
    }
}
