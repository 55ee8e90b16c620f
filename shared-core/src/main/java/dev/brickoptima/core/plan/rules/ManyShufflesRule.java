package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.List;

/** More shuffle exchanges in one query than {@code plan-many-shuffles.maxShuffles}; reported once, on the root. */
public final class ManyShufflesRule implements PlanRule {
    static final Threshold MAX_SHUFFLES = Threshold.count("maxShuffles", 20, "the most shuffles not reported; a warning above twice as many");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-many-shuffles")
        .title("Many shuffles in one query")
        .category(Category.PERFORMANCE).severity(Severity.INFO)
        .rationale("Every Exchange (shuffle) writes its input to local disk and reads it back over the network. A query "
            + "with many of them usually repeats work: the same subquery or CTE evaluated several times with "
            + "different keys, joins on different keys in sequence, DISTINCT and GROUP BY on different columns. "
            + "Reused exchanges (ReusedExchange) and broadcasts are not counted. Join on the same key where possible "
            + "so the shuffle is reused, broadcast small dimensions, persist or pre-aggregate a reused CTE, or bucket "
            + "large tables by the join key. A warning above "
            + "twice the maxShuffles threshold.")
        .bad("a query that joins five fact tables on five different keys, each through a sort-merge join")
        .good("join on a shared key, broadcast the dimensions, bucket the facts by the join key")
        .thresholds(MAX_SHUFFLES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double max = ctx.threshold(MAX_SHUFFLES);
        List<PlanOperator> ops = ctx.operators();
        if (ops.isEmpty()) return;
        int shuffles = 0;
        for (PlanOperator op : ops) if (op.isShuffle()) shuffles++;
        if (shuffles <= max) return;
        PlanOperator root = ops.get(0);
        ctx.report(root, shuffles > 2 * max ? Severity.WARNING : Severity.INFO,
            "The query shuffles " + shuffles + " times (threshold " + (long) max + "): each Exchange writes and re-reads its input",
            METADATA.rationale(),
            Fix.hint("Broadcast small dimensions (/*+ BROADCAST(d) */) and join on shared keys so exchanges are reused"),
            Fix.hint("Materialize a CTE used several times, or bucket large tables by the join key"));
    }
}
