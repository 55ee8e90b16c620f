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
 * A global Sort ({@code Arguments: [..], true, 0}) that is not under a limit. A sort for the final output of a query
 * is reported as info (the user asked for ORDER BY); one feeding a write, or sorting more rows than
 * {@code plan-global-sort.maxRows}, as a warning.
 */
public final class GlobalSortRule implements PlanRule {
    static final Threshold MAX_ROWS = Threshold.count("maxRows", 10_000_000, "rows sorted above which a final ORDER BY is a warning");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-global-sort")
        .title("Global sort without a limit")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("ORDER BY without LIMIT sorts the whole result across the cluster: Spark samples the data, "
            + "range-partitions it with a shuffle and sorts every partition. That is needed only when the consumer "
            + "really needs a total order. For the top rows use ORDER BY ... LIMIT n (TakeOrderedAndProject, no "
            + "global shuffle); before a write use sortWithinPartitions / SORT BY or a bucketed/clustered layout; "
            + "otherwise drop the ORDER BY. Info for a final ORDER BY; a warning before a write or when more than "
            + "maxRows rows were sorted.")
        .bad("df.orderBy(\"ts\").write.parquet(path)")
        .good("df.sortWithinPartitions(\"ts\").write.parquet(path)")
        .thresholds(MAX_ROWS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double maxRows = ctx.threshold(MAX_ROWS);
        AncestorKinds underLimit = new AncestorKinds("GlobalLimit", "CollectLimit", "LocalLimit", "TakeOrderedAndProject", "Limit");
        AncestorKinds underWrite = new AncestorKinds("WriteFiles", "Execute", "InsertIntoHadoopFsRelation", "OverwriteByExpression",
            "AppendData", "OverwritePartitionsDynamic", "ReplaceData", "WriteToDataSourceV2", "AtomicReplaceTableAsSelect",
            "AtomicCreateTableAsSelect");
        for (PlanOperator op : ctx.operators("Sort")) {
            List<String> items = PlanText.splitTopLevel(op.detail("Arguments"));
            if (items.size() < 2 || !items.get(1).trim().equals("true")) continue;
            if (underLimit.below(op)) continue;
            boolean write = underWrite.below(op);
            double rows = PlanShapes.outputRows(op);
            boolean big = !Double.isNaN(rows) && rows > maxRows;
            String numbers = Double.isNaN(rows) ? "" : " of " + PlanNumbers.count(rows) + " rows";
            String keys = items.get(0);
            if (write) {
                ctx.report(op, Severity.WARNING, "Global sort at " + PlanShapes.ref(op) + numbers + " by " + BroadcastNestedLoopJoinRule.abbreviate(keys)
                        + " before a write: a range shuffle of the whole dataset",
                    METADATA.rationale(),
                    Fix.hint("Use sortWithinPartitions(...) / SORT BY instead of orderBy / ORDER BY before writing"));
            } else {
                ctx.report(op, big ? Severity.WARNING : Severity.INFO, "Global sort at " + PlanShapes.ref(op) + numbers
                        + " without a limit: the whole result is range-partitioned and sorted",
                    METADATA.rationale(),
                    Fix.hint("Add LIMIT n if only the top rows are needed"),
                    Fix.hint("Drop the ORDER BY if the consumer does not need a total order"));
            }
        }
    }
}
