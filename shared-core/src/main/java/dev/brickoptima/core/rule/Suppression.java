package dev.brickoptima.core.rule;

/** Which rules a user silenced for one unit of input (a statement, a call site), by comment. */
public interface Suppression {
    Suppression NONE = ruleId -> false;

    boolean suppresses(String ruleId);
}
