package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.plan.PlanSubquery;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.jvm.spark.SparkRestJson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spark plan inputs (plan text, REST JSON) as {@link ReportTree}s with the operators their findings flag. */
public final class SparkPlanTrees {
    private static final List<String> DETAIL_KEYS = List.of("Join type", "Join condition", "Left keys", "Right keys",
        "Condition", "PartitionFilters", "PushedFilters", "Arguments");
    private static final int MAX_DEPTH = 400;
    private static final PlanAnalyzer BINDER = new PlanAnalyzer(AnalyzerConfig.builder().build(), List.of());

    private SparkPlanTrees() {
    }

    /** The trees of a plan input, or none for other inputs or text that does not parse. */
    public static List<ReportTree.Titled> of(AnalyzedInput in) {
        String kind = in.report().kind();
        if (in.text() == null || !(kind.equals("plan") || kind.equals("spark-execution"))) return List.of();
        String t = in.text().trim();
        List<ReportTree.Titled> out = new ArrayList<>();
        if (t.startsWith("{") || t.startsWith("[")) {
            List<SqlExecution> executions;
            try {
                executions = SparkRestJson.executions(SparkRestJson.read(in.text()));
            } catch (JsonProcessingException e) {
                return List.of();
            }
            for (SqlExecution e : executions) {
                String prefix = executions.size() > 1 ? "execution " + e.id() + ": " : "";
                // parsed with the execution's node metrics bound, so the tree shows rows, sizes and times
                PhysicalPlan plan = e.planDescription().isBlank() ? null : BINDER.analyzeExecution(e, List.of()).plan();
                if (plan != null) out.add(new ReportTree.Titled("Execution " + e.id() + (e.description().isBlank() ? "" : " — " + e.description()),
                    tree(plan, in.report().findings(), prefix)));
            }
        } else {
            PhysicalPlan plan = parse(in.text());
            if (plan != null) out.add(new ReportTree.Titled("Physical plan", tree(plan, in.report().findings(), "")));
        }
        return out;
    }

    private static PhysicalPlan parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new PlanTextParser(Integer.MAX_VALUE, PlanTextParser.DEFAULT_MAX_DEPTH).read(text);
        } catch (PlanParseException e) {
            return null;
        }
    }

    /** One tree for the plan: its root, with subqueries as extra children of a synthetic top when there are any. */
    static ReportTree tree(PhysicalPlan plan, List<Finding> findings, String messagePrefix) {
        List<ReportTree> roots = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (PlanOperator r : plan.roots()) roots.add(node(r, findings, messagePrefix, seen, 0));
        for (PlanSubquery s : plan.subqueries()) if (s.root() != null) roots.add(node(s.root(), findings, messagePrefix, seen, 0));
        if (roots.size() == 1) return roots.get(0);
        return new ReportTree("Plan", List.of(), List.of(), roots);
    }

    private static ReportTree node(PlanOperator op, List<Finding> findings, String prefix, Set<Integer> seen, int depth) {
        List<ReportTree.Flag> flags = new ArrayList<>();
        String id = Integer.toString(op.id());
        for (Finding f : findings) {
            if (!id.equals(f.location().operatorId())) continue;
            if (!prefix.isEmpty() && !f.message().startsWith(prefix)) continue;
            flags.add(new ReportTree.Flag(f.ruleId(), f.severity().label(), prefix.isEmpty() ? f.message() : f.message().substring(prefix.length())));
        }
        List<String> details = new ArrayList<>();
        for (String k : DETAIL_KEYS) {
            String v = op.detail(k);
            if (v != null && !v.isBlank()) details.add(k + ": " + shorten(v.trim()));
        }
        int shown = 0;
        for (Map.Entry<String, MetricValue> m : op.metrics().entrySet()) {
            if (shown++ == 4) break;
            details.add(m.getKey() + ": " + m.getValue().raw());
        }
        List<ReportTree> children = new ArrayList<>();
        if (seen.add(op.id()) && depth < MAX_DEPTH) {
            for (PlanOperator c : PhysicalPlan.activeChildren(op)) children.add(node(c, findings, prefix, seen, depth + 1));
        }
        String label = "(" + op.id() + ") " + (op.label().isEmpty() ? op.name() : op.label());
        return new ReportTree(label, details, flags, children);
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
