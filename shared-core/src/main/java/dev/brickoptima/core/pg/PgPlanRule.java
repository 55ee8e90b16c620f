package dev.brickoptima.core.pg;

import dev.brickoptima.core.rule.RuleMetadata;

/**
 * One PostgreSQL plan check: small, stateless, thread-safe. It reads the plan (and the catalog, when a live server
 * supplied one) through the context and reports on plan nodes.
 */
public interface PgPlanRule {
    RuleMetadata metadata();

    void check(PgRuleContext ctx);
}
