package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.pg.PgPlanAnalysis;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.rule.Deadline;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleRunner;
import dev.brickoptima.core.rule.Suppression;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Analyses Spark physical plans: plan text, a parsed plan, or a REST SQL execution with optional stage summaries.
 * Plan text that is PostgreSQL EXPLAIN output goes to {@link PgPlanAnalyzer}.
 * Built once from a configuration (enabled rules, severities, thresholds); immutable and thread-safe afterwards.
 * Findings point at the operator: {@code location().operatorId()} is the plan's {@code (N)}, and offsets/line/column
 * are those of the operator's tree line in the parsed text (the REST planDescription for executions).
 */
public final class PlanAnalyzer {
    private final AnalyzerConfig config;
    private final RuleRunner runner;
    private final List<PlanRule> rules;
    private final PlanTextParser parser;
    private final PgPlanAnalyzer postgres;

    public PlanAnalyzer(AnalyzerConfig config) {
        this(config, RuleRegistry.planRules());
    }

    public PlanAnalyzer(AnalyzerConfig config, List<PlanRule> rules) {
        this.config = config;
        this.runner = new RuleRunner(config);
        this.rules = runner.select(rules);
        this.parser = new PlanTextParser(config.limits().maxInputChars(), PlanTextParser.DEFAULT_MAX_DEPTH);
        this.postgres = new PgPlanAnalyzer(config);
    }

    public AnalyzerConfig config() {
        return config;
    }

    /** Parses and analyses plan text; text that is not a plan gives one {@code parse-error} finding at its line. */
    public List<Finding> analyze(String planText) {
        return analyzeText(planText).findings();
    }

    public List<Finding> analyze(PhysicalPlan plan) {
        return analyzeFull(plan, List.of()).findings();
    }

    public List<Finding> analyze(SqlExecution execution) {
        return analyze(execution, List.of());
    }

    /**
     * Analyses an execution with its metrics. {@code stages} may be every stage of the application: only the stages
     * the execution's node metrics name ("(stage 22.0: task 31)") are used. A caller that knows which stages belong to
     * the execution (from its jobs) uses {@link #analyzeExecution(SqlExecution, List, boolean)} instead.
     */
    public List<Finding> analyze(SqlExecution execution, List<StageSummary> stages) {
        return analyzeExecution(execution, stages).findings();
    }

    /**
     * Like {@link #analyze(String)}, with the parsed plan and internal errors. PostgreSQL EXPLAIN output (JSON or text)
     * is recognised and analysed with the PostgreSQL rules, so every host's "analyze plan" accepts it too.
     */
    public PlanAnalysis analyzeText(String planText) {
        if (PgPlans.looksLikePlan(planText)) {
            PgPlanAnalysis pg = postgres.analyze(planText);
            return new PlanAnalysis(pg.findings(), null, pg.internalErrors(), pg.plan());
        }
        PhysicalPlan plan;
        try {
            plan = parser.read(planText);
        } catch (PlanParseException e) {
            return new PlanAnalysis(parseError(planText, e), null, List.of());
        }
        return analyzeFull(plan, List.of());
    }

    /** Like {@link #analyze(SqlExecution, List)}, with the parsed plan and internal errors. */
    public PlanAnalysis analyzeExecution(SqlExecution execution, List<StageSummary> stages) {
        return analyzeExecution(execution, stages, false);
    }

    /**
     * Analyses an execution. With {@code stagesOfThisExecution} true the stages are used as given (the caller took
     * them from the execution's jobs); otherwise only the stages named in the execution's node metrics are kept, so
     * passing every stage of the application never blames one query for another's stages.
     */
    public PlanAnalysis analyzeExecution(SqlExecution execution, List<StageSummary> stages, boolean stagesOfThisExecution) {
        PhysicalPlan plan;
        try {
            plan = parser.read(execution.planDescription());
        } catch (PlanParseException e) {
            return new PlanAnalysis(parseError(execution.planDescription(), e), null, List.of());
        }
        PlanMetricsBinder.attach(plan, execution);
        return analyzeFull(plan, stagesOfThisExecution ? (stages == null ? List.of() : stages) : stagesOf(plan, stages));
    }

    /** Runs the rules on a parsed plan with the given stage summaries (used as given). */
    public PlanAnalysis analyzeFull(PhysicalPlan plan, List<StageSummary> stages) {
        Deadline deadline = Deadline.after(config.limits().statementBudgetMillis());
        PlanRuleContext ctx = new PlanRuleContext(plan, config, stages == null ? List.of() : stages, deadline);
        List<String> internal = new ArrayList<>();
        boolean inTime = runner.run(rules, ctx, PlanRule::check, deadline, "", internal);
        // only for findings: on a plan without any, indexing its lines was 10-25% of the analysis (10 MB of text at 80k operators)
        LineIndex lines = plan.text() == null || ctx.reports().isEmpty() && inTime ? null : new LineIndex(plan.text());
        List<Finding> out = new ArrayList<>();
        for (PlanRuleContext.Report r : ctx.reports()) {
            Finding f = runner.finding(r.rule(), r.severity(), r.message(), location(r.operator(), lines), r.fixes(), r.detail(),
                Suppression.NONE);
            if (f != null) out.add(f);
        }
        if (!inTime) {
            PlanOperator root = plan.root();
            Location at = root == null ? Location.ofOperator(null) : location(root, lines);
            Finding f = runner.finding(EngineRules.ANALYSIS_TIMEOUT, null, "analysis of this plan exceeded the time budget of "
                    + config.limits().statementBudgetMillis() + " ms; the remaining rules were skipped (raise it with limits.statementBudgetMillis)",
                at, List.of(), null, Suppression.NONE);
            if (f != null) out.add(f);
        }
        return new PlanAnalysis(RuleRunner.inReadingOrder(out), plan, internal);
    }

    private static List<StageSummary> stagesOf(PhysicalPlan plan, List<StageSummary> stages) {
        if (stages == null || stages.isEmpty()) return List.of();
        Set<Integer> named = new HashSet<>();
        for (PlanOperator op : plan.operators().values()) named.addAll(PlanRuleContext.stageIdsOf(op));
        for (MetricValue v : plan.codegenDurations().values()) if (v.stageId() >= 0) named.add(v.stageId());
        List<StageSummary> out = new ArrayList<>();
        for (StageSummary s : stages) if (named.contains(s.stageId())) out.add(s);
        return out;
    }

    private static Location location(PlanOperator op, LineIndex lines) {
        String id = Integer.toString(op.id());
        if (op.start() < 0 || lines == null) return Location.ofOperator(id);
        return new Location(op.start(), op.end(), lines.line(op.start()), lines.column(op.start()),
            lines.line(op.end()), lines.column(op.end()), id);
    }

    private List<Finding> parseError(String text, PlanParseException e) {
        return e.findings(text, runner, "not a Spark physical plan",
            "BrickOptima reads EXPLAIN FORMATTED output, the Spark UI 'Details' block, the REST planDescription, "
                + "classic EXPLAIN / df.explain() trees and the '== Physical Plan ==' section of EXPLAIN EXTENDED.");
    }
}
