package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Spark physical plan: every operator by id (including initial-plan-only operators of AQE and subquery
 * operators), the root(s), the subqueries, reuse links and, once bound, runtime metrics.
 */
public final class PhysicalPlan {
    private final String text;
    private final PlanFormat format;
    private final Map<Integer, PlanOperator> operators;
    private final List<PlanOperator> roots;
    private final List<PlanSubquery> subqueries;
    private SqlExecution execution;
    private final Map<Integer, MetricValue> codegenDurations = new LinkedHashMap<>();

    public PhysicalPlan(String text, PlanFormat format, Map<Integer, PlanOperator> operators, List<PlanOperator> roots,
                        List<PlanSubquery> subqueries) {
        this.text = text;
        this.format = format;
        this.operators = Collections.unmodifiableMap(new LinkedHashMap<>(operators));
        this.roots = List.copyOf(roots);
        this.subqueries = List.copyOf(subqueries);
    }

    /** The text the plan was parsed from (null for plans built otherwise). */
    public String text() { return text; }
    public PlanFormat format() { return format; }
    /** All operators by id, in order of first appearance. */
    public Map<Integer, PlanOperator> operators() { return operators; }
    public PlanOperator operator(int id) { return operators.get(id); }
    public List<PlanOperator> roots() { return roots; }
    public PlanOperator root() { return roots.isEmpty() ? null : roots.get(0); }
    public List<PlanSubquery> subqueries() { return subqueries; }
    /** The REST execution whose metrics were bound to this plan, or null for plain text input. */
    public SqlExecution execution() { return execution; }
    /** WholeStageCodegen durations by codegen stage id (from REST metrics). */
    public Map<Integer, MetricValue> codegenDurations() { return Collections.unmodifiableMap(codegenDurations); }

    void setExecution(SqlExecution e) { this.execution = e; }
    void putCodegenDuration(int id, MetricValue v) { codegenDurations.put(id, v); }

    /** Whether the plan runs under adaptive query execution. */
    public boolean isAdaptive() {
        for (PlanOperator op : operators.values()) if (op.is("AdaptiveSparkPlan")) return true;
        return false;
    }

    /** Whether any operator carries runtime metrics. */
    public boolean hasMetrics() {
        for (PlanOperator op : operators.values()) if (!op.metrics().isEmpty()) return true;
        return false;
    }

    /**
     * Operators that run, in pre-order: from the roots and subquery roots, following children and inner children,
     * taking the final plan of an AdaptiveSparkPlan when there is one (the initial plan is what Spark planned before
     * running; the final plan is what ran). Iterative, so deep plans cannot overflow the stack.
     */
    public List<PlanOperator> activeOperators() {
        List<PlanOperator> out = new ArrayList<>();
        BitSet seen = new BitSet(); // by id, without a boxed Integer per operator
        Set<Integer> seenNegative = new HashSet<>();
        List<PlanOperator> starts = new ArrayList<>(roots);
        for (PlanSubquery s : subqueries) if (s.root() != null) starts.add(s.root());
        ArrayList<PlanOperator> stack = new ArrayList<>();
        for (PlanOperator start : starts) {
            stack.add(start);
            while (!stack.isEmpty()) {
                PlanOperator op = stack.remove(stack.size() - 1);
                if (op.id() >= 0 ? seen.get(op.id()) : !seenNegative.add(op.id())) continue;
                if (op.id() >= 0) seen.set(op.id());
                out.add(op);
                List<PlanOperator> next = activeChildren(op);
                for (int i = next.size() - 1; i >= 0; i--) stack.add(next.get(i));
            }
        }
        return out;
    }

    /** Children that ran: the final plan for AdaptiveSparkPlan, else children and inner children. */
    public static List<PlanOperator> activeChildren(PlanOperator op) {
        if (op.finalPlan() != null) {
            List<PlanOperator> l = new ArrayList<>();
            l.add(op.finalPlan());
            l.addAll(op.innerChildren());
            return l;
        }
        if (op.initialPlan() != null && op.children().isEmpty()) {
            List<PlanOperator> l = new ArrayList<>();
            l.add(op.initialPlan());
            l.addAll(op.innerChildren());
            return l;
        }
        return op.allChildren();
    }

    /** Active operators of a kind, in pre-order. */
    public List<PlanOperator> activeOperators(String kind) {
        List<PlanOperator> out = new ArrayList<>();
        for (PlanOperator op : activeOperators()) if (op.is(kind)) out.add(op);
        return out;
    }
}
