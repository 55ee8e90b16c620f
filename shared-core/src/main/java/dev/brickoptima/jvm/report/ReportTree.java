package dev.brickoptima.jvm.report;

import java.util.List;

/**
 * A plan tree as the HTML report draws it, whatever the engine: a node has a label, detail lines, the findings that
 * flag it and its children. Spark plans map onto it in {@link SparkPlanTrees}; other engines add their own mapping.
 */
public record ReportTree(String label, List<String> details, List<Flag> flags, List<ReportTree> children) {
    public ReportTree {
        details = List.copyOf(details);
        flags = List.copyOf(flags);
        children = List.copyOf(children);
    }

    /** A finding on a node. */
    public record Flag(String ruleId, String severity, String message) {
    }

    /** A tree with the title it is shown under (the plan, or "execution N"). */
    public record Titled(String title, ReportTree root) {
    }
}
