package dev.brickoptima.core.plan.compare;

/**
 * When a metric or size difference counts as a regression: the new value must exceed the old by more than
 * {@code percent} and by at least the absolute minimum, so noise on small queries does not fail builds.
 *
 * @param percent          relative increase, e.g. 50 for +50%
 * @param minDurationMs    duration increase below this is ignored
 * @param minBytes         shuffle or spill increase below this is ignored
 * @param minOperatorDelta operator count increase below this is ignored
 */
public record CompareThresholds(double percent, long minDurationMs, long minBytes, int minOperatorDelta) {
    public static final CompareThresholds DEFAULT = new CompareThresholds(50, 1000, 10L * 1024 * 1024, 3);

    boolean exceeded(double oldValue, double newValue, double minDelta) {
        return newValue - oldValue >= minDelta && newValue > oldValue * (1 + percent / 100.0) && newValue > oldValue;
    }
}
