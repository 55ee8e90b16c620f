package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/**
 * How many row pairs a CartesianProduct or BroadcastNestedLoopJoin evaluates, and the real rows of each side.
 * <p>
 * Runtime row metrics of a CartesianProduct's inputs overstate the sides: Spark computes the left partition once per
 * right partition and the right partition once per left partition, so 100 x 50 rows in 2 x 2 partitions show as 200
 * and 100 rows. The real sizes come from the plan (AQE statistics, Range bounds), from a metric divided by the other
 * side's partition count, or, without a join condition (output = left x right), from the output rows.
 */
final class NestedLoopPairs {
    /** Declared by both nested-loop rules (plan-cartesian-product, plan-broadcast-nested-loop-join). */
    static final Threshold WARN_PAIRS = Threshold.count("warnPairs", 1_000_000, "pairs evaluated from which it is a warning (below: info)");
    static final Threshold ERROR_PAIRS = Threshold.count("errorPairs", 1e10, "pairs evaluated from which it is an error");

    /** Real rows of the left/right (or stream/build) side; NaN when unknown. */
    final double left;
    final double right;
    /** Pairs the join evaluates (left x right); NaN when unknown. */
    final double pairs;
    /** Input metrics as Spark counted them, when they overstate the sides because the inputs were recomputed. */
    final double countedLeft;
    final double countedRight;

    private NestedLoopPairs(double left, double right, double pairs, double countedLeft, double countedRight) {
        this.left = left;
        this.right = right;
        this.pairs = pairs;
        this.countedLeft = countedLeft;
        this.countedRight = countedRight;
    }

    boolean recomputed() {
        return !Double.isNaN(countedLeft) || !Double.isNaN(countedRight);
    }

    /** Sizes of a CartesianProduct, correcting input metrics for recomputation. */
    static NestedLoopPairs cartesian(PlanOperator join) {
        List<PlanOperator> kids = PlanShapes.children(join);
        if (kids.size() != 2) return unknown();
        PlanOperator l = kids.get(0);
        PlanOperator r = kids.get(1);
        double countedL = PlanShapes.countedRows(l);
        double countedR = PlanShapes.countedRows(r);
        double left = PlanShapes.plannedRows(l);
        double right = PlanShapes.plannedRows(r);
        double partsL = PlanShapes.partitions(l);
        double partsR = PlanShapes.partitions(r);
        if (Double.isNaN(left) && !Double.isNaN(countedL) && !Double.isNaN(partsR) && partsR > 0) left = countedL / partsR;
        if (Double.isNaN(right) && !Double.isNaN(countedR) && !Double.isNaN(partsL) && partsL > 0) right = countedR / partsL;
        double out = PlanShapes.outputRows(join);
        boolean everyPair = join.joinCondition() == null && !Double.isNaN(out);
        if (everyPair && Double.isNaN(left) && !Double.isNaN(right) && right > 0) left = out / right;
        if (everyPair && Double.isNaN(right) && !Double.isNaN(left) && left > 0) right = out / left;
        double pairs = !Double.isNaN(left) && !Double.isNaN(right) ? left * right : everyPair ? out : Double.NaN;
        // metrics taken as sides only when they are the real sides (a single partition on the other side)
        if (Double.isNaN(left) && Double.isNaN(right) && !Double.isNaN(countedL) && !Double.isNaN(countedR)
            && !Double.isNaN(pairs) && Math.abs(countedL * countedR - pairs) < 0.5) {
            left = countedL;
            right = countedR;
        }
        return new NestedLoopPairs(left, right, pairs, overstated(countedL, left), overstated(countedR, right));
    }

    /** Sizes of a BroadcastNestedLoopJoin: the broadcast side is built once, the stream side read once. */
    static NestedLoopPairs broadcast(PlanOperator join, int buildIndex) {
        List<PlanOperator> kids = PlanShapes.children(join);
        if (kids.size() != 2) return unknown();
        double stream = PlanShapes.sideRows(kids.get(1 - buildIndex));
        double build = PlanShapes.sideRows(kids.get(buildIndex));
        double pairs = Double.isNaN(stream) || Double.isNaN(build) ? Double.NaN : stream * build;
        return new NestedLoopPairs(stream, build, pairs, Double.NaN, Double.NaN);
    }

    private static NestedLoopPairs unknown() {
        return new NestedLoopPairs(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static double overstated(double counted, double real) {
        return !Double.isNaN(counted) && !Double.isNaN(real) && counted > real + 0.5 ? counted : Double.NaN;
    }

    /**
     * The severity the pair count earns: info below {@code warnPairs} (default 1,000,000: a cross join of tens or
     * thousands of rows is harmless), error from {@code errorPairs} (default 10,000,000,000), warning between. With an
     * unknown count: info when Spark planned an explicit cross join (join type Cross: the user asked for it, as the SQL
     * rule cartesian-join assumes), else null (the rule's default severity).
     */
    Severity severity(PlanRuleContext ctx, boolean explicitCross) {
        if (Double.isNaN(pairs)) return explicitCross ? Severity.INFO : null;
        if (pairs >= ctx.threshold(ERROR_PAIRS)) return Severity.ERROR;
        if (pairs >= ctx.threshold(WARN_PAIRS)) return Severity.WARNING;
        return Severity.INFO;
    }

    /** "100 x 50 rows = 5,000 pairs", "5,000 pairs", or "" when unknown. */
    String describe(String leftWord, String rightWord) {
        if (!Double.isNaN(left) && !Double.isNaN(right)) {
            return PlanNumbers.count(left) + " " + leftWord + " x " + PlanNumbers.count(right) + " " + rightWord + " = "
                + PlanNumbers.count(pairs) + (pairs == 1 ? " pair" : " pairs");
        }
        return Double.isNaN(pairs) ? "" : PlanNumbers.count(pairs) + " pairs";
    }
}
