package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs rules with one policy for every kind of input (SQL statements, Spark plans, SQL sites in code), as Error Prone
 * runs every check with the same suppression and severity policy. The policy (docs/configuration.md, "How rules run"):
 * <ul>
 *   <li>Selection: a rule runs when {@link AnalyzerConfig#isEnabled} says so (rules.only, rules.disable, rules.enable,
 *       then its profile) and its rationale holds for the dialect ({@link RuleMetadata#appliesTo}). Engine findings (input the engine could not analyse) are always reported unless disabled
 *       by id, so {@code --rule x} never hides a statement that was not analysed.</li>
 *   <li>Severity: the configured one, else the one the rule chose for this finding, else the rule's default.</li>
 *   <li>Suppression: a finding is dropped when its unit's comments silence its rule (or every rule).</li>
 *   <li>Failure: a rule that throws loses what it reported on this unit; the failure is recorded as an internal
 *       error and the other rules still run.</li>
 *   <li>Time: one {@link Deadline} per unit, checked before each rule and per node inside the walks; a rule stopped
 *       by it loses what it reported on this unit (it may be partial), the remaining rules are skipped and the caller
 *       reports {@code analysis-timeout}.</li>
 *   <li>Output: findings in reading order (line, column, rule id), exact duplicates dropped.</li>
 * </ul>
 * Immutable and thread-safe; contexts are per unit.
 */
public final class RuleRunner {
    private static final Comparator<Finding> READING_ORDER = Comparator
        .comparingInt((Finding f) -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(Finding::ruleId);

    private final AnalyzerConfig config;

    public RuleRunner(AnalyzerConfig config) {
        this.config = config;
    }

    public AnalyzerConfig config() {
        return config;
    }

    /**
     * The rules that run under the configuration, in the given order: enabled, and declared for the configuration's
     * dialect (a rule whose rationale is about Spark does not run on PostgreSQL SQL).
     */
    public <R extends Rule> List<R> select(List<R> rules) {
        List<R> out = new ArrayList<>();
        for (R r : rules) if (config.isEnabled(r.metadata()) && r.metadata().appliesTo(config.dialect())) out.add(r);
        return List.copyOf(out);
    }

    /**
     * Runs each rule on one unit through {@code check}. Returns false when {@code deadline} stopped it, before a rule
     * or inside one; {@code where} ("at offset 12") goes into internal error messages.
     */
    public <R extends Rule, C extends RuleContext<?>> boolean run(List<R> rules, C ctx, BiConsumer<R, C> check,
                                                                  Deadline deadline, String where, List<String> internal) {
        for (R rule : rules) {
            if (deadline.passedNow()) return false;
            ctx.begin(rule.metadata());
            int mark = ctx.mark();
            try {
                check.accept(rule, ctx);
            } catch (Deadline.DeadlineExceeded e) {
                // stopped mid-walk: what it reported may be partial
                ctx.rollback(mark);
                return false;
            } catch (RuntimeException e) {
                // a rule bug must never stop the analysis or reach the host
                ctx.rollback(mark);
                internal.add(rule.metadata().id() + " failed" + (where.isEmpty() ? "" : " " + where) + ": " + e);
            }
        }
        return true;
    }

    /** Whether findings of {@code rule} are reported at all under the configuration. */
    public boolean reports(RuleMetadata rule) {
        if (EngineRules.isEngineRule(rule)) return !config.disabledRules().contains(rule.id());
        return config.isEnabled(rule);
    }

    /** The configured severity, else {@code chosen} (the rule's choice for this finding, may be null), else the default. */
    public Severity severity(RuleMetadata rule, Severity chosen) {
        Severity configured = config.severities().get(rule.id());
        if (configured != null) return configured;
        return chosen != null ? chosen : rule.defaultSeverity();
    }

    /**
     * The finding under the policy, or null when its rule is not reported or is suppressed here. {@code detail} null
     * means the rule's rationale.
     */
    public Finding finding(RuleMetadata rule, Severity chosen, String message, Location location, List<Fix> fixes,
                           String detail, Suppression suppression) {
        if (!reports(rule) || suppression.suppresses(rule.id())) return null;
        return new Finding(rule.id(), severity(rule, chosen), message, location, fixes, detail != null ? detail : rule.rationale());
    }

    /** Findings in reading order (line, column, rule id) with exact duplicates (rule, location, message) dropped. */
    public static List<Finding> inReadingOrder(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            Location l = f.location();
            String key = f.ruleId() + '@' + l.start() + ':' + l.end() + ':' + l.line() + ':' + l.column() + ':' + l.operatorId() + ':' + f.message();
            if (seen.add(key)) out.add(f);
        }
        out.sort(READING_ORDER);
        return out;
    }
}
