package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.List;

/** A JVM (Scala/Java) UDF in a Filter or join condition: opaque to the optimizer, so the predicate is not pushed down. */
public final class ScalaUdfRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-scala-udf")
        .title("Java/Scala UDF in a filter or join condition")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Spark cannot look inside a Java/Scala UDF: a predicate that calls one is never pushed to the data "
            + "source, cannot prune partitions or skip Parquet row groups, blocks constant folding and predicate "
            + "reordering, and converts values to and from external types for every row. A UDF is recognized as a "
            + "lower-case call that is not a Spark built-in (Spark prints registered UDFs by name and anonymous ones as "
            + "UDF(...)). Express the logic with built-in functions, or apply the selective built-in predicates first "
            + "so the UDF runs on fewer rows. Reported as a warning when the Filter sits on a scan (pushdown blocked), "
            + "as info elsewhere. When the scan below then has no PushedFilters at all, this is the one finding for "
            + "the filter (with the explanation of plan-filter-not-pushed), not two.")
        .bad("spark.udf().register(\"times_two\", ...); SELECT * FROM t WHERE times_two(id) % 1000 = 0")
        .good("SELECT * FROM t WHERE (id * 2) % 1000 = 0")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators()) {
            String expr;
            if (op.is("Filter")) expr = op.condition();
            else if (op.isJoin()) expr = op.joinCondition();
            else continue;
            if (expr == null) continue;
            List<String> udfs = udfs(expr);
            if (udfs.isEmpty()) continue;
            PlanOperator scan = op.is("Filter") && PlanShapes.children(op).size() == 1 ? PlanShapes.scanBelow(PlanShapes.children(op).get(0)) : null;
            boolean onScan = scan != null;
            // the same cause as plan-filter-not-pushed on this Filter: one finding with both explanations
            boolean notPushed = onScan && scan.isFileScan() && PlanText.isEmptyList(scan.detail("PushedFilters"))
                && FilterNotPushedRule.hasColumnPredicate(expr) && ctx.config().isEnabled(FilterNotPushedRule.METADATA);
            String names = String.join(", ", udfs);
            String msg = (op.is("Filter") ? "" : "Join condition of ") + PlanShapes.ref(op) + " calls UDF " + names
                + (notPushed ? ", so the filter is not pushed down: " + PlanShapes.ref(scan) + " has no PushedFilters and every "
                    + "row is read before the UDF runs"
                    : onScan ? ": the predicate cannot be pushed down to the scan below" : ": the optimizer cannot see inside it");
            ctx.report(op, onScan ? Severity.WARNING : Severity.INFO, msg,
                notPushed ? METADATA.rationale() + "\n\n" + FilterNotPushedRule.METADATA.rationale() : METADATA.rationale(),
                Fix.hint("Rewrite " + udfs.get(0) + "(...) with built-in functions"),
                Fix.hint("Filter with built-in predicates first so the UDF sees fewer rows"));
        }
    }

    /** User-defined functions an expression calls, in order, without repeats. */
    static List<String> udfs(String expr) {
        List<String> udfs = new ArrayList<>();
        for (String f : PlanText.functionNames(expr)) if (!SparkFunctions.isBuiltin(f) && !udfs.contains(f)) udfs.add(f);
        return udfs;
    }
}
