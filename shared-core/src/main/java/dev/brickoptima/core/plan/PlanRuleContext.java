package dev.brickoptima.core.plan;

import dev.brickoptima.core.rule.Deadline;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleContext;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a plan rule sees of one plan, and where it reports. */
public final class PlanRuleContext extends RuleContext<PlanRuleContext.Report> {
    /** A finding as a rule reports it; {@code severity} null means the rule's configured/default severity. */
    public record Report(RuleMetadata rule, PlanOperator operator, Severity severity, String message, String detail, List<Fix> fixes) {
    }

    private final PhysicalPlan plan;
    private final List<PlanOperator> operators;
    private final Map<Integer, StageSummary> stages;
    private final Deadline deadline;
    /** Active operators by kind, built on the first {@link #operators(String)}: one walk for all rules, not one per rule. */
    private Map<String, List<PlanOperator>> byKind;

    PlanRuleContext(PhysicalPlan plan, AnalyzerConfig config, List<StageSummary> stages) {
        this(plan, config, stages, Deadline.none());
    }

    /**
     * A context whose operator walks check {@code deadline} once per operator: every rule walks {@link #operators()},
     * so no rule runs far past the plan's time budget.
     */
    PlanRuleContext(PhysicalPlan plan, AnalyzerConfig config, List<StageSummary> stages, Deadline deadline) {
        super(config);
        this.plan = plan;
        this.deadline = deadline;
        List<PlanOperator> active = plan.activeOperators();
        this.operators = new AbstractList<>() {
            @Override
            public PlanOperator get(int index) {
                deadline.check();
                return active.get(index);
            }

            @Override
            public int size() {
                return active.size();
            }
        };
        Map<Integer, StageSummary> byId = new LinkedHashMap<>();
        for (StageSummary s : stages) {
            StageSummary old = byId.get(s.stageId());
            if (old == null || s.attemptId() > old.attemptId()) byId.put(s.stageId(), s);
        }
        this.stages = Collections.unmodifiableMap(byId);
    }

    public PhysicalPlan plan() { return plan; }
    /** The operators that ran (see {@link PhysicalPlan#activeOperators()}), in pre-order. */
    public List<PlanOperator> operators() { return operators; }
    /** The REST execution the metrics came from, or null for plan text. */
    public SqlExecution execution() { return plan.execution(); }
    /** Whether the input came from a running or finished application (REST execution) rather than pasted text. */
    public boolean isLiveExecution() { return plan.execution() != null; }
    /** Stage summaries of this execution by stage id (empty without runtime input). */
    public Map<Integer, StageSummary> stages() { return stages; }

    /** Active operators of one kind, in pre-order (a fresh list the rule may change). */
    public List<PlanOperator> operators(String kind) {
        if (byKind == null) {
            Map<String, List<PlanOperator>> index = new HashMap<>();
            for (PlanOperator op : operators) index.computeIfAbsent(op.kind(), k -> new ArrayList<>()).add(op);
            byKind = index;
        }
        List<PlanOperator> ofKind = byKind.get(kind);
        if (ofKind == null) return new ArrayList<>();
        deadline.check();
        return new ArrayList<>(ofKind);
    }

    /** Stage ids named in the operator's metrics ("(stage 7.0: task 10)"). */
    public static Set<Integer> stageIdsOf(PlanOperator op) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (MetricValue v : op.metrics().values()) if (v.stageId() >= 0) ids.add(v.stageId());
        return ids;
    }

    public void report(PlanOperator op, String message, String detail, Fix... fixes) {
        add(new Report(rule(), op, null, message, detail, List.of(fixes)));
    }

    /** Reports with a severity chosen by the rule for this case; a severity set in the configuration still wins. */
    public void report(PlanOperator op, Severity severity, String message, String detail, Fix... fixes) {
        add(new Report(rule(), op, severity, message, detail, List.of(fixes)));
    }
}
