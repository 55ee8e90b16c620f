package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgJit;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.pg.PgPlan;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** JIT compilation that costs a large share of a query's run time. */
public final class JitOverheadRule implements PgPlanRule {
    static final Threshold MIN_SHARE = Threshold.share("minShare", 0.2, "the least share of the execution time spent compiling to report");
    static final Threshold MIN_MILLIS = Threshold.millis("minMillis", 10, "the least JIT time to report");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-jit-overhead")
        .title("JIT compilation takes a large share of the run time")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("PostgreSQL compiles expressions with LLVM when a plan's estimated cost passes jit_above_cost (inlining "
            + "and optimization past jit_inline_above_cost and jit_optimize_above_cost). Compiling takes tens to hundreds "
            + "of milliseconds, which pays off for long analytical queries and is pure overhead for short ones, often "
            + "because the cost was overestimated. Raise the thresholds, turn JIT off for the role or session of short "
            + "queries (SET jit = off), or fix the estimate that made the query look expensive. Needs EXPLAIN ANALYZE.")
        .bad("JIT:\n  Functions: 8\n  Options: Inlining true, Optimization true, Expressions true, Deforming true\n"
            + "  Timing: Generation 0.370 ms, Inlining 45.313 ms, Optimization 34.628 ms, Emission 20.316 ms, Total 100.627 ms\n"
            + "Execution Time: 114.962 ms")
        .good("SET jit = off;  -- Execution Time: 1.2 ms")
        .thresholds(MIN_SHARE, MIN_MILLIS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        PgPlan plan = ctx.plan();
        PgJit jit = plan.jit();
        double execution = plan.executionTime();
        if (jit == null || Double.isNaN(jit.total()) || !(execution > 0)) return;
        double share = jit.total() / execution;
        if (share < ctx.threshold(MIN_SHARE) || jit.total() < ctx.threshold(MIN_MILLIS)) return;
        String passes = jit.inliningOn() && jit.optimizationOn() ? ", with inlining and optimization"
            : jit.optimizationOn() ? ", with optimization" : jit.inliningOn() ? ", with inlining" : "";
        String thresholds = thresholds(plan);
        ctx.report(plan.root(), "JIT took " + PgNumbers.millis(jit.total()) + " of the " + PgNumbers.millis(execution) + " execution ("
                + PgNumbers.percent(share) + ") to compile " + PgNumbers.rows(jit.functions()) + " functions" + passes
                + " for a plan of estimated cost " + PgNumbers.cost(plan.totalCost()) + thresholds,
            METADATA.rationale(),
            Fix.hint("For short queries: SET jit = off (per session, or ALTER ROLE ... SET jit = off)"),
            Fix.hint("Or raise jit_above_cost, jit_inline_above_cost and jit_optimize_above_cost above this plan's cost "
                + PgNumbers.cost(plan.totalCost())));
    }

    private static String thresholds(PgPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (String k : new String[]{"jit_above_cost", "jit_inline_above_cost", "jit_optimize_above_cost"}) {
            String v = plan.settings().get(k);
            if (v != null) sb.append(sb.length() == 0 ? " (" : ", ").append(k).append(" = ").append(v);
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }
}
