package dev.brickoptima.core.pg;

import dev.brickoptima.core.rule.Rule;

/**
 * One PostgreSQL plan check: small, stateless, thread-safe. It reads the plan (and the catalog, when a live server
 * supplied one) through the context and reports on plan nodes.
 */
public interface PgPlanRule extends Rule {
    void check(PgRuleContext ctx);
}
