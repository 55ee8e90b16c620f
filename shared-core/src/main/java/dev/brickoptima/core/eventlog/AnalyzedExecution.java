package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalysis;

import java.util.List;

/** A replayed execution with its analysis and a cost estimate per finding (same order as the findings). */
public record AnalyzedExecution(ReplayedExecution replayed, PlanAnalysis analysis, List<FindingCost> costs) {
    public AnalyzedExecution {
        costs = List.copyOf(costs);
    }

    public List<Finding> findings() {
        return analysis.findings();
    }

    /** "app-id execution 7 (description)", the way reports name an execution. */
    public String label() {
        String d = replayed.execution().description().replaceAll("\\s+", " ").trim();
        if (d.length() > 100) d = d.substring(0, 100) + "...";
        return replayed.application().displayId() + " execution " + replayed.execution().id() + (d.isEmpty() ? "" : " (" + d + ")");
    }
}
