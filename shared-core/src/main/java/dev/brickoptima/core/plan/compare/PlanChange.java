package dev.brickoptima.core.plan.compare;

/**
 * One difference between an old and a new plan of the same query. {@code regression} marks the changes that make the
 * plan worse (they fail a build with --fail-on-regression); the others are reported for information.
 * Operator references are "(N) Name" in the respective plan, or null.
 */
public record PlanChange(Kind kind, boolean regression, String message, String oldOperator, String newOperator) {

    public enum Kind {
        JOIN_STRATEGY("join-strategy"), LOST_BROADCAST("lost-broadcast"), NEW_EXCHANGE("new-exchange"),
        LOST_PUSHDOWN("lost-pushdown"), LOST_PARTITION_PRUNING("lost-partition-pruning"),
        PARTITION_FILTER_CHANGED("partition-filter-changed"), NEW_CARTESIAN("new-cartesian"),
        NEW_NESTED_LOOP("new-nested-loop-join"), OPERATOR_GROWTH("operator-growth"),
        DURATION("duration"), SHUFFLE("shuffle"), SPILL("spill");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Stable id used in reports. */
        public String id() {
            return id;
        }
    }
}
