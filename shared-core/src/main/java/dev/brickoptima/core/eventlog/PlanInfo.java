package dev.brickoptima.core.eventlog;

import java.util.List;

/**
 * One node of the {@code sparkPlanInfo} tree that SQL execution start and AQE update events carry. Equality is Spark's
 * own ({@code SparkPlanInfo}): name, simple string and children, not metrics; it is how a {@code ReusedExchange} finds
 * the exchange it reuses.
 */
public final class PlanInfo {
    private final String nodeName;
    private final String simpleString;
    private final List<PlanInfo> children;
    private final List<PlanMetric> metrics;

    public PlanInfo(String nodeName, String simpleString, List<PlanInfo> children, List<PlanMetric> metrics) {
        this.nodeName = nodeName == null ? "" : nodeName;
        this.simpleString = simpleString == null ? "" : simpleString;
        this.children = children == null ? List.of() : List.copyOf(children);
        this.metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public String nodeName() { return nodeName; }
    public String simpleString() { return simpleString; }
    public List<PlanInfo> children() { return children; }
    public List<PlanMetric> metrics() { return metrics; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanInfo p && nodeName.equals(p.nodeName) && simpleString.equals(p.simpleString)
            && children.equals(p.children);
    }

    @Override
    public int hashCode() {
        return simpleString.hashCode();
    }

    @Override
    public String toString() {
        return nodeName;
    }
}
