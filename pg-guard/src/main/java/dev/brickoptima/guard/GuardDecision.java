package dev.brickoptima.guard;

import dev.brickoptima.core.finding.Finding;

/**
 * The guard's verdict on one statement: allowed or not, the finding that rejected it, and the plan's estimated cost
 * and rows when it was explained (NaN otherwise).
 */
public record GuardDecision(boolean allowed, Finding finding, double cost, double rows) {
    static GuardDecision allow(double cost, double rows) {
        return new GuardDecision(true, null, cost, rows);
    }

    static GuardDecision reject(Finding f, double cost, double rows) {
        return new GuardDecision(false, f, cost, rows);
    }

    /** The message an application sees: the finding's message and its rule id. */
    public String message() {
        return finding == null ? "allowed" : "brickoptima guard rejected the statement: " + finding.message() + " [" + finding.ruleId() + "]";
    }
}
