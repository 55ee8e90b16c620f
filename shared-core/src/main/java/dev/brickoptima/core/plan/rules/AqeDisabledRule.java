package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/**
 * A query with shuffles that did not run under AdaptiveSparkPlan. Only reported for live executions (REST input):
 * pasted EXPLAIN text may come from Spark before 3.2 (AQE off by default) or from test suites that plan without AQE
 * (Spark's TPC-DS approved plans), where the absence says nothing about the user's cluster. Set
 * {@code plan-aqe-disabled.onText=1} to report it for text too.
 */
public final class AqeDisabledRule implements PlanRule {
    static final Threshold ON_TEXT = Threshold.onOff("onText", false, "also report pasted plan text, not only live executions");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-aqe-disabled")
        .title("Adaptive query execution is off")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Without adaptive query execution Spark keeps the plan it made before running: a fixed number of "
            + "shuffle partitions (spark.sql.shuffle.partitions, often 200 tiny or few huge ones), no switch to a "
            + "broadcast join when a side turns out small, no splitting of skewed partitions. Enable "
            + "spark.sql.adaptive.enabled=true (the default since Spark 3.2) together with "
            + "spark.sql.adaptive.coalescePartitions.enabled and spark.sql.adaptive.skewJoin.enabled. Reported for "
            + "executions read from a live application or History Server; for pasted plan text only with "
            + "plan-aqe-disabled.onText=1, because plans printed by tests or by Spark before 3.2 lack AQE by construction.")
        .bad("spark.sql.adaptive.enabled=false")
        .good("spark.sql.adaptive.enabled=true")
        .thresholds(ON_TEXT)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        if (!ctx.isLiveExecution() && ctx.threshold(ON_TEXT) < 1) return;
        if (ctx.plan().isAdaptive() || ctx.operators().isEmpty()) return;
        int shuffles = 0;
        for (PlanOperator op : ctx.operators()) if (op.isShuffle()) shuffles++;
        if (shuffles == 0) return;
        ctx.report(ctx.operators().get(0), "The query ran without adaptive query execution although it shuffles "
                + shuffles + (shuffles == 1 ? " time" : " times") + ": no partition coalescing, skew splitting or runtime broadcast",
            METADATA.rationale(),
            Fix.hint("Set spark.sql.adaptive.enabled=true"));
    }
}
