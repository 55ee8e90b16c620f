package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.rules.IndexAdviceRule;
import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.rule.Deadline;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleRunner;
import dev.brickoptima.core.rule.Suppression;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses PostgreSQL plans (EXPLAIN JSON or text) and catalogs. Built once from a configuration (enabled rules,
 * severities, thresholds); immutable and thread-safe afterwards. Findings point at the plan node: the operator id is
 * the node's pre-order number, offsets are those of its line (text) or its "Node Type" member (JSON).
 */
public final class PgPlanAnalyzer {
    /** Why advice from a plan alone is unproven. */
    public static final String UNPROVEN_OFFLINE = "no database to check it against (brickoptima pg re-plans it with hypopg)";

    private final AnalyzerConfig config;
    private final RuleRunner runner;
    private final List<PgPlanRule> planRules;
    private final List<PgCatalogRule> catalogRules;
    private final boolean advise;

    public PgPlanAnalyzer(AnalyzerConfig config) {
        this.config = config;
        this.runner = new RuleRunner(config);
        this.planRules = runner.select(RuleRegistry.postgresPlanRules());
        this.catalogRules = runner.select(RuleRegistry.postgresCatalogRules());
        this.advise = config.isEnabled(IndexAdviceRule.METADATA);
    }

    public AnalyzerConfig config() {
        return config;
    }

    /** Parses and analyses plan text; text that is not a plan gives one parse-error finding at its line. */
    public PgPlanAnalysis analyze(String text) {
        PgPlan plan;
        try {
            plan = PgPlans.parse(text, config.limits().maxInputChars());
        } catch (PlanParseException e) {
            return new PgPlanAnalysis(parseError(text, e), null, List.of(), List.of());
        }
        return analyze(plan, PgCatalog.EMPTY, UNPROVEN_OFFLINE);
    }

    /**
     * Runs the plan rules with what the catalog knows. Candidate indexes become unproven pg-index-advice findings
     * ({@code unprovenBecause} says why); a caller that proves them replaces those findings (see {@link #adviceFinding}).
     */
    public PgPlanAnalysis analyze(PgPlan plan, PgCatalog catalog, String unprovenBecause) {
        PgRuleContext ctx = new PgRuleContext(plan, catalog, config);
        List<String> internal = new ArrayList<>();
        runner.run(planRules, ctx, PgPlanRule::check, Deadline.none(), "", internal);
        LineIndex lines = new LineIndex(plan.text() == null ? "" : plan.text());
        List<Finding> out = new ArrayList<>();
        for (PgRuleContext.Report r : ctx.reports()) {
            Finding f = runner.finding(r.rule(), r.severity(), r.message(), location(r.node(), lines), r.fixes(), r.detail(), Suppression.NONE);
            if (f != null) out.add(f);
        }
        List<IndexCandidate> candidates = advise ? ctx.candidates() : List.of();
        for (IndexCandidate c : candidates) out.add(adviceFinding(plan, IndexAdvice.unproven(c, unprovenBecause)));
        return new PgPlanAnalysis(RuleRunner.inReadingOrder(out), plan, internal, candidates);
    }

    /** Runs the catalog rules (unused and duplicate indexes); findings have no position, their message names the object. */
    public List<Finding> analyzeCatalog(PgCatalog catalog) {
        PgCatalogContext ctx = new PgCatalogContext(catalog, config);
        List<Finding> out = new ArrayList<>();
        runner.run(catalogRules, ctx, PgCatalogRule::check, Deadline.none(), "on the catalog", new ArrayList<>());
        for (PgCatalogContext.Report r : ctx.reports()) {
            Finding f = runner.finding(r.rule(), null, r.message(), new Location(0, 0, 1, 1, 1, 1, null), r.fixes(), r.detail(),
                Suppression.NONE);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** The pg-index-advice finding for a candidate and its verdict; null for rejected advice (never reported). */
    public Finding adviceFinding(PgPlan plan, IndexAdvice advice) {
        if (advice.status() == IndexAdvice.Status.REJECTED) return null;
        RuleMetadata m = IndexAdviceRule.METADATA;
        Severity sev = runner.severity(m, advice.status() == IndexAdvice.Status.PROVEN ? Severity.WARNING : Severity.INFO);
        LineIndex lines = new LineIndex(plan.text() == null ? "" : plan.text());
        return new Finding(m.id(), sev, advice.message(), location(advice.candidate().node(), lines),
            List.of(Fix.hint(advice.candidate().ddl())), m.rationale());
    }

    private static Location location(PgPlanNode n, LineIndex lines) {
        String id = Integer.toString(n.id());
        if (n.start() < 0) return Location.ofOperator(id);
        return new Location(n.start(), n.end(), lines.line(n.start()), lines.column(n.start()), lines.line(n.end()), lines.column(n.end()), id);
    }

    private List<Finding> parseError(String text, PlanParseException e) {
        return e.findings(text, runner, "not a PostgreSQL plan",
            "BrickOptima reads PostgreSQL EXPLAIN output in the JSON format (EXPLAIN (FORMAT JSON), with or without ANALYZE, "
                + "BUFFERS, SETTINGS) and in the text format, as EXPLAIN prints it or as psql shows it.");
    }
}
