package dev.brickoptima.fuzz;

/**
 * How long each fuzz target runs in the test command when {@code JAZZER_FUZZ=1} (the {@code fuzz} executions in
 * shared-core's pom). Without that variable the targets only replay their seeds and past crashes, like unit tests.
 * Longer runs: {@code scripts/fuzz} (docs/performance.md, "Fuzzing").
 */
final class FuzzBudget {
    static final String BOUNDED_RUN = "10s";

    private FuzzBudget() {
    }
}
