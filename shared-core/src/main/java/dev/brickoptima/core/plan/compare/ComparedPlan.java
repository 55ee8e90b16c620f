package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.PhysicalPlan;

/**
 * One side of a comparison: a plan with a label for people (file name, "app execution N"), the execution's
 * description ("" for plain plan files) and duration (-1 when unknown).
 */
public record ComparedPlan(String label, String description, PhysicalPlan plan, long durationMs) {
}
