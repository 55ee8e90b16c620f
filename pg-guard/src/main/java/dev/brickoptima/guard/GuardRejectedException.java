package dev.brickoptima.guard;

import java.sql.SQLException;

/**
 * A statement the guard did not let run. SQLState 25006 (read_only_sql_transaction, what PostgreSQL itself raises for
 * a write in a read-only transaction) for the read-only profile; 54000 (program_limit_exceeded) for a budget.
 */
public final class GuardRejectedException extends SQLException {
    private static final long serialVersionUID = 1L;
    private final transient GuardDecision decision;

    GuardRejectedException(GuardDecision decision, String sqlState) {
        super(decision.message(), sqlState);
        this.decision = decision;
    }

    public GuardDecision decision() {
        return decision;
    }

    /** The id of the rule that rejected the statement ("destructive-statement", "pg-plan-over-budget", "parse-error"). */
    public String ruleId() {
        return decision == null || decision.finding() == null ? null : decision.finding().ruleId();
    }
}
