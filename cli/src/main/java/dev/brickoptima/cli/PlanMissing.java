package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.rule.RuleRunner;
import dev.brickoptima.core.rule.Suppression;
import dev.brickoptima.jvm.spark.SparkRestJsonLocations;

import java.util.List;

/** The one info finding for executions that carry no plan (running, commands, or dumped without planDescription). */
final class PlanMissing {
    private static final int LISTED = 20;

    private PlanMissing() {
    }

    /**
     * The finding under the rule policy (none when plan-missing is disabled); {@code where} may be null (a live
     * application: no file to point into).
     */
    static List<Finding> findings(AnalyzerConfig config, List<SqlExecution> withoutPlan, SparkRestJsonLocations where) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < withoutPlan.size() && i < LISTED; i++) ids.append(i == 0 ? "" : ", ").append(withoutPlan.get(i).id());
        if (withoutPlan.size() > LISTED) ids.append(", ...");
        String msg = withoutPlan.size() == 1
            ? "execution " + ids + " has no plan and was not analysed (still running, a command, or dumped with planDescription=false)"
            : withoutPlan.size() + " executions have no plan and were not analysed (still running, commands, or dumped with "
                + "planDescription=false): " + ids;
        Location at = where == null ? null : where.execution(withoutPlan.get(0).id(), null);
        Finding f = new RuleRunner(config).finding(EngineRules.PLAN_MISSING, null, msg,
            at != null ? at : new Location(0, 0, 1, 1, 1, 1, null), List.of(), null, Suppression.NONE);
        return f == null ? List.of() : List.of(f);
    }
}
