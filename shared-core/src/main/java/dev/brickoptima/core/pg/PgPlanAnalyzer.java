package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.rules.IndexAdviceRule;
import dev.brickoptima.core.pg.rules.PgRuleCatalog;
import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Analyses PostgreSQL plans (EXPLAIN JSON or text) and catalogs. Built once from a configuration (enabled rules,
 * severities, thresholds); immutable and thread-safe afterwards. Findings point at the plan node: the operator id is
 * the node's pre-order number, offsets are those of its line (text) or its "Node Type" member (JSON).
 */
public final class PgPlanAnalyzer {
    /** Why advice from a plan alone is unproven. */
    public static final String UNPROVEN_OFFLINE = "no database to check it against (brickoptima pg re-plans it with hypopg)";

    private final AnalyzerConfig config;
    private final List<PgPlanRule> planRules;
    private final List<PgCatalogRule> catalogRules;
    private final boolean advise;

    public PgPlanAnalyzer(AnalyzerConfig config) {
        this.config = config;
        List<PgPlanRule> p = new ArrayList<>();
        for (PgPlanRule r : PgRuleCatalog.planRules()) if (config.isEnabled(r.metadata())) p.add(r);
        List<PgCatalogRule> c = new ArrayList<>();
        for (PgCatalogRule r : PgRuleCatalog.catalogRules()) if (config.isEnabled(r.metadata())) c.add(r);
        this.planRules = List.copyOf(p);
        this.catalogRules = List.copyOf(c);
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
            return new PgPlanAnalysis(List.of(parseError(text, e)), null, List.of(), List.of());
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
        for (PgPlanRule rule : planRules) {
            ctx.setRule(rule.metadata());
            int before = ctx.reports().size();
            int candidatesBefore = ctx.candidates().size();
            try {
                rule.check(ctx);
            } catch (RuntimeException e) {
                // a rule bug must never stop the analysis or reach the host
                while (ctx.reports().size() > before) ctx.reports().remove(ctx.reports().size() - 1);
                while (ctx.candidates().size() > candidatesBefore) ctx.candidates().remove(ctx.candidates().size() - 1);
                internal.add(rule.metadata().id() + " failed: " + e);
            }
        }
        LineIndex lines = new LineIndex(plan.text() == null ? "" : plan.text());
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PgRuleContext.Report r : ctx.reports()) {
            if (!seen.add(r.rule().id() + "@" + r.node().id() + ":" + r.message())) continue;
            Severity configured = config.severities().get(r.rule().id());
            Severity sev = configured != null ? configured : r.severity() != null ? r.severity() : r.rule().defaultSeverity();
            out.add(new Finding(r.rule().id(), sev, r.message(), location(r.node(), lines), r.fixes(),
                r.detail() != null ? r.detail() : r.rule().rationale()));
        }
        List<IndexCandidate> candidates = advise ? ctx.candidates() : List.of();
        for (IndexCandidate c : candidates) out.add(adviceFinding(plan, IndexAdvice.unproven(c, unprovenBecause)));
        sortByLine(out);
        return new PgPlanAnalysis(out, plan, internal, candidates);
    }

    /** Runs the catalog rules (unused and duplicate indexes); findings have no position, their message names the object. */
    public List<Finding> analyzeCatalog(PgCatalog catalog) {
        PgCatalogContext ctx = new PgCatalogContext(catalog, config);
        List<Finding> out = new ArrayList<>();
        for (PgCatalogRule rule : catalogRules) {
            ctx.setRule(rule.metadata());
            int before = ctx.reports().size();
            try {
                rule.check(ctx);
            } catch (RuntimeException e) {
                while (ctx.reports().size() > before) ctx.reports().remove(ctx.reports().size() - 1);
            }
        }
        for (PgCatalogContext.Report r : ctx.reports()) {
            out.add(new Finding(r.rule().id(), config.severityOf(r.rule()), r.message(), new Location(0, 0, 1, 1, 1, 1, null),
                r.fixes(), r.detail() != null ? r.detail() : r.rule().rationale()));
        }
        return out;
    }

    /** The pg-index-advice finding for a candidate and its verdict; null for rejected advice (never reported). */
    public Finding adviceFinding(PgPlan plan, IndexAdvice advice) {
        if (advice.status() == IndexAdvice.Status.REJECTED) return null;
        RuleMetadata m = IndexAdviceRule.METADATA;
        Severity configured = config.severities().get(m.id());
        Severity sev = configured != null ? configured : advice.status() == IndexAdvice.Status.PROVEN ? Severity.WARNING : Severity.INFO;
        LineIndex lines = new LineIndex(plan.text() == null ? "" : plan.text());
        return new Finding(m.id(), sev, advice.message(), location(advice.candidate().node(), lines),
            List.of(Fix.hint(advice.candidate().ddl())), m.rationale());
    }

    /** Findings by line, then rule id (stable for equal keys). */
    public static void sortByLine(List<Finding> findings) {
        findings.sort(Comparator.comparingInt((Finding f) -> f.location().line()).thenComparing(Finding::ruleId));
    }

    private static Location location(PgPlanNode n, LineIndex lines) {
        String id = Integer.toString(n.id());
        if (n.start() < 0) return Location.ofOperator(id);
        return new Location(n.start(), n.end(), lines.line(n.start()), lines.column(n.start()), lines.line(n.end()), lines.column(n.end()), id);
    }

    private Finding parseError(String text, PlanParseException e) {
        return e.finding(text, config, "not a PostgreSQL plan",
            "BrickOptima reads PostgreSQL EXPLAIN output in the JSON format (EXPLAIN (FORMAT JSON), with or without ANALYZE, "
                + "BUFFERS, SETTINGS) and in the text format, as EXPLAIN prints it or as psql shows it.");
    }
}
