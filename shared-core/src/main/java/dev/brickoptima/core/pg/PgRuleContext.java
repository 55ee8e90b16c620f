package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleContext;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.List;

/** What a PostgreSQL plan rule sees of one plan (and the catalog, when known), and where it reports. */
public final class PgRuleContext extends RuleContext<PgRuleContext.Report> {
    /** A finding as a rule reports it; {@code severity} null means the configured or default severity. */
    record Report(RuleMetadata rule, PgPlanNode node, Severity severity, String message, String detail, List<Fix> fixes) {
    }

    private final PgPlan plan;
    private final PgCatalog catalog;
    private final List<IndexCandidate> candidates = new ArrayList<>();
    private int candidatesBefore;

    PgRuleContext(PgPlan plan, PgCatalog catalog, AnalyzerConfig config) {
        super(config);
        this.plan = plan;
        this.catalog = catalog == null ? PgCatalog.EMPTY : catalog;
    }

    List<IndexCandidate> candidates() { return candidates; }

    @Override
    protected void beginRule() {
        candidatesBefore = candidates.size();
    }

    @Override
    protected void ruleFailed() {
        while (candidates.size() > candidatesBefore) candidates.remove(candidates.size() - 1);
    }

    public PgPlan plan() { return plan; }
    /** Every node in pre-order. */
    public List<PgPlanNode> nodes() { return plan.nodes(); }
    /** The live server's catalog, or {@link PgCatalog#EMPTY} for a plan from a file. */
    public PgCatalog catalog() { return catalog; }

    public void report(PgPlanNode node, String message, String detail, Fix... fixes) {
        add(new Report(rule(), node, null, message, detail, List.of(fixes)));
    }

    /** Reports with a severity chosen for this case; a severity set in the configuration still wins. */
    public void report(PgPlanNode node, Severity severity, String message, String detail, Fix... fixes) {
        add(new Report(rule(), node, severity, message, detail, List.of(fixes)));
    }

    /** Offers a candidate index for proving (the JVM layer re-plans with it as a hypothetical index). */
    public void propose(IndexCandidate c) {
        for (IndexCandidate old : candidates) if (old.key().equals(c.key())) return;
        candidates.add(c);
    }
}
