package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.AnalyzerConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every rule context has: the configuration, the rule being run (its reports are attributed to it) and its
 * thresholds. {@code R} is what the context's rules report (offsets in a statement, an operator of a plan).
 */
public abstract class RuleContext<R> {
    private final AnalyzerConfig config;
    private final List<R> reports = new ArrayList<>();
    private final List<R> view = Collections.unmodifiableList(reports);
    private RuleMetadata rule;

    protected RuleContext(AnalyzerConfig config) {
        this.config = config;
    }

    public AnalyzerConfig config() {
        return config;
    }

    /** The rule being run. */
    protected final RuleMetadata rule() {
        return rule;
    }

    /**
     * The configured value of a threshold the current rule declares in its metadata, or its default. Reading a
     * threshold the rule did not declare is a bug (it would be missing from the docs and rejected by the
     * configuration checks), so it fails the rule.
     */
    public double threshold(Threshold t) {
        if (!declares(rule, t)) {
            throw new IllegalStateException(rule.id() + " reads threshold '" + t.name() + "' it does not declare");
        }
        return config.threshold(rule.id(), t);
    }

    private static boolean declares(RuleMetadata rule, Threshold t) {
        for (Threshold d : rule.thresholds()) if (d == t) return true;
        return false;
    }

    /**
     * The value the configuration sets for a threshold the current rule declares, or NaN when it sets none: for rules
     * whose fallback comes from the input (an application's own setting) before the declared default.
     */
    public double configuredThreshold(Threshold t) {
        if (!declares(rule, t)) {
            throw new IllegalStateException(rule.id() + " reads threshold '" + t.name() + "' it does not declare");
        }
        return config.threshold(rule.id(), t.name(), Double.NaN);
    }

    protected final void add(R report) {
        reports.add(report);
    }

    /** Everything reported so far, in order. */
    public final List<R> reports() {
        return view;
    }

    final void begin(RuleMetadata r) {
        this.rule = r;
        beginRule();
    }

    final int mark() {
        return reports.size();
    }

    /** Drops what was reported after {@code mark} (a rule that failed half-way). */
    final void rollback(int mark) {
        while (reports.size() > mark) reports.remove(reports.size() - 1);
        ruleFailed();
    }

    /** Before each rule: a context that collects more than reports (index candidates) remembers where it is. */
    protected void beginRule() {
    }

    /** The current rule failed: drop whatever else it added since {@link #beginRule}. */
    protected void ruleFailed() {
    }
}
