package dev.brickoptima.core.plan;

import dev.brickoptima.core.rule.Rule;
import dev.brickoptima.core.rule.RuleMetadata;

/**
 * One Spark plan check. Implementations are small, stateless and thread-safe: they read the plan (and runtime
 * metrics, when present) through the context and report findings on operators. Same {@link RuleMetadata} as SQL
 * rules, so docs and IDE descriptions list both.
 */
public interface PlanRule extends Rule {
    void check(PlanRuleContext ctx);
}
