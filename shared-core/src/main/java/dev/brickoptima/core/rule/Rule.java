package dev.brickoptima.core.rule;

/**
 * A check with its metadata. SQL rules ({@code SqlRule}) and plan rules ({@code PlanRule}) are rules; every rule is
 * listed once in {@link RuleRegistry} and run by {@link RuleRunner}.
 */
public interface Rule {
    RuleMetadata metadata();
}
