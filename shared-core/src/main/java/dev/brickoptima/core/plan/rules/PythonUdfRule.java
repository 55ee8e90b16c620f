package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

/** Python UDF operators: rows leave the JVM for Python workers and predicates on their output cannot be pushed down. */
public final class PythonUdfRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-python-udf")
        .title("Python UDF in the plan")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("BatchEvalPython runs a row-at-a-time Python UDF: every row is pickled, sent to a Python worker and "
            + "back, outside whole-stage code generation, and a filter on the UDF result cannot be pushed to the "
            + "source. ArrowEvalPython (pandas_udf) and the *InPandas / *InArrow operators move data in Arrow batches "
            + "and are much cheaper, but still leave the JVM (reported as info). Prefer built-in functions "
            + "(pyspark.sql.functions); otherwise use a vectorized pandas_udf and filter before the UDF.")
        .bad("df.withColumn('n', udf(lambda s: len(s), 'int')('name')).filter('n > 3')")
        .good("df.withColumn('n', F.length('name')).filter('n > 3')")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators()) {
            String k = op.kind();
            boolean rowAtATime = k.equals("BatchEvalPython") || k.equals("BatchEvalPythonUDTF");
            boolean arrow = k.equals("ArrowEvalPython") || k.equals("ArrowEvalPythonUDTF") || k.endsWith("InPandas")
                || k.equals("MapInArrow") || k.equals("PythonMapInArrow") || k.equals("FlatMapCoGroupsInArrow")
                || k.equals("FlatMapGroupsInArrow");
            if (!rowAtATime && !arrow) continue;
            String udfs = op.detail("Arguments");
            if (udfs == null) udfs = op.arguments();
            String what = udfs == null || udfs.isEmpty() ? "" : ": " + BroadcastNestedLoopJoinRule.abbreviate(udfs);
            if (rowAtATime) {
                ctx.report(op, Severity.WARNING, "Row-at-a-time Python UDF " + PlanShapes.ref(op)
                        + " serializes every row to a Python worker and back" + what,
                    METADATA.rationale(),
                    Fix.hint("Use a built-in function from pyspark.sql.functions"),
                    Fix.hint("Or use a vectorized @pandas_udf, and filter rows before calling it"));
            } else {
                ctx.report(op, Severity.INFO, "Vectorized Python UDF " + PlanShapes.ref(op)
                        + " moves batches out of the JVM" + what,
                    METADATA.rationale(),
                    Fix.hint("Use a built-in function where one exists; filter and project before the UDF"));
            }
        }
    }
}
