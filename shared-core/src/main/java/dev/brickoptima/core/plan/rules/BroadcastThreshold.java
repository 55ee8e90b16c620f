package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.SparkConfValues;

import java.util.Map;

/**
 * The broadcast size limit that applied to a plan: a value configured for the rule in BrickOptima wins, then the
 * application's own {@code spark.sql.adaptive.autoBroadcastJoinThreshold} (used by AQE at runtime) or
 * {@code spark.sql.autoBroadcastJoinThreshold} when the execution carries its configuration, then Spark's default of
 * 10 MiB. A negative application value means Spark never broadcasts on its own (only hints do).
 */
record BroadcastThreshold(double bytes, boolean disabled, String source) {
    static final String KEY = "spark.sql.autoBroadcastJoinThreshold";
    static final String ADAPTIVE_KEY = "spark.sql.adaptive.autoBroadcastJoinThreshold";
    static final double SPARK_DEFAULT = 10 * PlanShapes.MIB;

    /** {@code configured} is the rule's threshold from the BrickOptima configuration, NaN when not set there. */
    static BroadcastThreshold of(PlanRuleContext ctx, double configured) {
        if (!Double.isNaN(configured)) {
            return new BroadcastThreshold(configured, false, "the configured " + PlanNumbers.bytes(configured) + " limit");
        }
        Map<String, String> props = ctx.execution() == null ? Map.of() : ctx.execution().properties();
        // the setting first: isAdaptive() walks every operator, and plain plan text has no settings at all
        String key = props.containsKey(ADAPTIVE_KEY) && ctx.plan().isAdaptive() ? ADAPTIVE_KEY : props.containsKey(KEY) ? KEY : null;
        double v = key == null ? Double.NaN : SparkConfValues.bytes(props.get(key));
        if (Double.isNaN(v)) {
            return new BroadcastThreshold(SPARK_DEFAULT, false, "Spark's default " + PlanNumbers.bytes(SPARK_DEFAULT) + " broadcast threshold");
        }
        String setting = key + "=" + props.get(key).trim();
        if (v < 0) return new BroadcastThreshold(SPARK_DEFAULT, true, setting);
        return new BroadcastThreshold(v, false, "this application's " + setting + " (" + PlanNumbers.bytes(v) + ")");
    }
}
