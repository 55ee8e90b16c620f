package dev.brickoptima.core.pg;

/**
 * A candidate index with its verdict: proven (re-planned with it as a hypothetical index, the cost went down),
 * rejected (the cost did not go down; never reported) or unproven (nothing to check it against; {@code note} says why).
 */
public record IndexAdvice(IndexCandidate candidate, Status status, double costBefore, double costAfter, String note) {
    /** Whether and how the advice was checked. */
    public enum Status { PROVEN, REJECTED, UNPROVEN }

    public static IndexAdvice unproven(IndexCandidate c, String why) {
        return new IndexAdvice(c, Status.UNPROVEN, Double.NaN, Double.NaN, why);
    }

    public static IndexAdvice checked(IndexCandidate c, double before, double after, boolean lowers) {
        return new IndexAdvice(c, lowers ? Status.PROVEN : Status.REJECTED, before, after, null);
    }

    /** The finding's message. */
    public String message() {
        String where = " for " + candidate.reason() + " of " + candidate.node().ref();
        if (status == Status.PROVEN) {
            return candidate.ddl() + " lowers the estimated cost from " + PgNumbers.cost(costBefore) + " to " + PgNumbers.cost(costAfter)
                + " (-" + PgNumbers.percent(1 - costAfter / costBefore) + ", checked with hypopg)" + where;
        }
        if (status == Status.REJECTED) {
            return candidate.ddl() + " does not lower the estimated cost (" + PgNumbers.cost(costBefore) + " -> "
                + PgNumbers.cost(costAfter) + ", checked with hypopg)" + where;
        }
        return "Candidate index " + candidate.ddl() + where + "; unproven: " + note;
    }
}
