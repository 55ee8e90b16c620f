package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.MetricUnit;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.StageSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Estimates {@link FindingCost}s for the findings of one analysed execution (used to rank a fleet's findings). */
public final class FindingCosts {
    private FindingCosts() {
    }

    public static List<FindingCost> of(PhysicalPlan plan, List<StageSummary> stages, List<Finding> findings) {
        Map<Integer, StageSummary> latest = new LinkedHashMap<>();
        for (StageSummary s : stages) {
            StageSummary old = latest.get(s.stageId());
            if (old == null || s.attemptId() > old.attemptId()) latest.put(s.stageId(), s);
        }
        long executionTime = 0;
        for (StageSummary s : latest.values()) executionTime += s.executorRunTimeMs();
        List<FindingCost> out = new ArrayList<>();
        for (Finding f : findings) out.add(cost(plan, latest, executionTime, f));
        return out;
    }

    private static FindingCost cost(PhysicalPlan plan, Map<Integer, StageSummary> stages, long executionTime, Finding f) {
        PlanOperator op = operator(plan, f);
        if (op == null) return new FindingCost(executionTime, 0, "execution");
        long bytes = 0;
        for (MetricValue v : op.metrics().values()) {
            if (v.unit() == MetricUnit.BYTES && !Double.isNaN(v.total()) && v.total() > bytes) bytes = (long) v.total();
        }
        Set<Integer> ids = PlanRuleContext.stageIdsOf(op);
        long time = 0;
        StringBuilder basis = new StringBuilder();
        for (int id : ids) {
            StageSummary s = stages.get(id);
            if (s == null) continue;
            time += s.executorRunTimeMs();
            basis.append(basis.length() == 0 ? "stages " : ", ").append(id);
        }
        if (basis.length() == 0) return new FindingCost(executionTime, bytes, "execution");
        return new FindingCost(time, bytes, basis.toString());
    }

    private static PlanOperator operator(PhysicalPlan plan, Finding f) {
        if (plan == null || f.location() == null || f.location().operatorId() == null) return null;
        try {
            return plan.operator(Integer.parseInt(f.location().operatorId()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
