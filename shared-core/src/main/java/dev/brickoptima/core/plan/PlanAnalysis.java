package dev.brickoptima.core.plan;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.pg.PgPlan;

import java.util.List;

/**
 * Result of analysing one plan: findings, the parsed plan (null when the text did not parse) and internal errors
 * (a rule that threw; its findings are dropped, the other rules still ran). A PostgreSQL plan is in
 * {@code postgresPlan} (and {@code plan} is null); {@link #recognised()} tells whether either parsed.
 */
public record PlanAnalysis(List<Finding> findings, PhysicalPlan plan, List<String> internalErrors, PgPlan postgresPlan) {
    public PlanAnalysis {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
    }

    public PlanAnalysis(List<Finding> findings, PhysicalPlan plan, List<String> internalErrors) {
        this(findings, plan, internalErrors, null);
    }

    /** Whether the text was a plan BrickOptima reads (Spark or PostgreSQL). */
    public boolean recognised() {
        return plan != null || postgresPlan != null;
    }

    /** Operators (Spark) or nodes (PostgreSQL) of the parsed plan; 0 when it did not parse. */
    public int operatorCount() {
        return plan != null ? plan.operators().size() : postgresPlan != null ? postgresPlan.nodes().size() : 0;
    }

    /** "PostgreSQL plan" for a PostgreSQL plan, else "Spark plan" (also when nothing parsed), for headings. */
    public String kindLabel() {
        return postgresPlan != null ? "PostgreSQL plan" : "Spark plan";
    }
}
