package dev.brickoptima.core.plan;

/**
 * One entry of the formatted plan's {@code ===== Subqueries =====} section:
 * {@code Subquery:1 Hosting operator id = 1 Hosting Expression = ...} and its tree (root null when the entry only
 * reuses another subquery), or a classic inner {@code Subquery} child.
 */
public record PlanSubquery(int index, int hostingOperatorId, String hostingExpression, PlanOperator root, int line) {
}
