package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/**
 * Window without PARTITION BY. Spark prints Window arguments as {@code [window expressions], [partition spec],
 * [order spec]} and omits empty lists, so a list whose items carry ASC/DESC is the order spec; no other list means
 * no partition spec.
 */
public final class WindowWithoutPartitionRule implements PlanRule {
    static final Threshold MAX_ROWS = Threshold.count("maxRows", 100_000, "rows into the window above which it is a warning");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-window-without-partition")
        .title("Window function without PARTITION BY")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A window with no PARTITION BY moves every row into a single partition (Exchange SinglePartition) "
            + "and one task sorts and scans all of them: no parallelism, and a large input spills or fails with out "
            + "of memory. Partition the window by a key when the logic allows (rank per category), or compute a global "
            + "rank another way: for top-N use ORDER BY ... LIMIT N (TakeOrderedAndProject keeps N rows per task), for "
            + "a global row number over large data use monotonically_increasing_id() or zipWithIndex. A warning when "
            + "the window sees more than maxRows rows or, without "
            + "metrics, when its input is not the output of an aggregation (aggregated input is usually small: info).")
        .bad("SELECT item, rank() OVER (ORDER BY revenue DESC) FROM sales_by_item")
        .good("SELECT item, rank() OVER (PARTITION BY category ORDER BY revenue DESC) FROM sales_by_item")
        .thresholds(MAX_ROWS)
        .build();

    /** Whether the rows reaching the window come out of an aggregation (one row per group: usually small). */
    static boolean inputIsAggregated(PlanOperator window) {
        PlanOperator op = window;
        for (int guard = 0; guard < 16; guard++) {
            List<PlanOperator> kids = PlanShapes.children(op);
            if (kids.size() != 1) return false;
            op = PlanShapes.resolve(kids.get(0));
            String k = op.kind();
            if (k.equals("HashAggregate") || k.equals("SortAggregate") || k.equals("ObjectHashAggregate")) return true;
            if (!PlanShapes.isPassThrough(op) && !op.is("Filter") && !op.is("Window")) return false;
        }
        return false;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators()) {
            if (!op.is("Window") && !op.is("WindowGroupLimit")) continue;
            String args = op.detail("Arguments");
            if (args == null) continue;
            List<String> items = PlanText.splitTopLevel(args);
            if (items.isEmpty() || op.is("WindowGroupLimit")) continue;
            boolean partitioned = false;
            for (int i = 1; i < items.size(); i++) {
                String it = items.get(i).trim();
                if (!it.startsWith("[") || PlanText.isEmptyList(it)) continue;
                if (!it.contains(" ASC") && !it.contains(" DESC")) partitioned = true; // order specs carry ASC/DESC
            }
            if (partitioned) continue;
            double rows = PlanShapes.outputRows(op);
            String numbers = Double.isNaN(rows) ? "" : " over " + PlanNumbers.count(rows) + " rows";
            boolean big = Double.isNaN(rows) ? !inputIsAggregated(op) : rows > ctx.threshold(MAX_ROWS);
            ctx.report(op, big ? Severity.WARNING : Severity.INFO, PlanShapes.ref(op) + " has no PARTITION BY: all rows go through one task" + numbers,
                METADATA.rationale(),
                Fix.hint("Add PARTITION BY <key> to the OVER clause if the logic allows"),
                Fix.hint("For a top-N, use ORDER BY ... LIMIT N instead of rank() over the whole result"));
        }
    }
}
