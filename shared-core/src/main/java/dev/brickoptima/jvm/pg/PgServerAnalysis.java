package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.pg.IndexAdvice;
import dev.brickoptima.core.pg.IndexCandidate;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.pg.PgPlan;
import dev.brickoptima.core.pg.PgPlanAnalysis;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.pg.rules.IndexAdviceRule;
import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.rule.RuleRunner;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses a live PostgreSQL database: the statements that cost the most (pg_stat_statements) or given ones, each
 * explained (generic plan for normalised $1 parameters; EXPLAIN ANALYZE, rolled back, when asked and possible),
 * checked by the PostgreSQL rules with the catalog, and its candidate indexes proven with hypopg when the extension
 * is installed; plus the catalog rules (unused and duplicate indexes).
 */
public final class PgServerAnalysis {
    /** What to analyse. {@code queries} empty: the top {@code top} statements of pg_stat_statements. */
    public record Options(int top, boolean analyze, List<String> queries, int statementTimeoutMillis) {
        public Options {
            queries = List.copyOf(queries);
        }
    }

    /**
     * One statement: its statistics (null for a given statement), how it was planned, its plan (EXPLAIN JSON, null when
     * none was got), findings, and what failed.
     */
    public record QueryResult(PgQueryStats stats, String sql, boolean generic, boolean analyzed, String planJson, int nodes,
                              List<Finding> findings, List<String> errors, List<String> notes) {
    }

    /** The whole run. */
    public record Result(String database, int serverVersion, List<QueryResult> queries, List<Finding> catalogFindings,
                         int indexes, List<String> notes) {
    }

    private PgServerAnalysis() {
    }

    public static Result run(PgSession session, Options options, AnalyzerConfig config) {
        List<String> notes = new ArrayList<>();
        try {
            session.statementTimeout(options.statementTimeoutMillis());
        } catch (SQLException e) {
            throw new PgException("cannot set statement_timeout: " + PgErrors.statement(e), e);
        }
        List<PgQueryStats> top = options.queries().isEmpty() ? PgStatStatements.top(session, options.top()) : List.of();
        boolean hypopg;
        PgCatalog catalog;
        try {
            hypopg = session.extensionInstalled("hypopg");
            if (!hypopg) {
                notes.add("hypopg is not installed in database " + session.database() + ": index advice is unproven ("
                    + (session.extensionAvailable("hypopg") ? "CREATE EXTENSION hypopg" : "install the server package postgresql-"
                    + session.majorVersion() + "-hypopg, then CREATE EXTENSION hypopg") + ")");
            }
            catalog = PgCatalogReader.read(session);
        } catch (SQLException e) {
            throw new PgException("cannot read the catalog of database " + session.database() + ": " + PgErrors.statement(e), e);
        }
        String unproven = hypopg ? null : "hypopg is not installed in database " + session.database() + " (CREATE EXTENSION hypopg)";
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(config);
        PgExplainer explainer = new PgExplainer(session.connection(), session.version());
        HypoIndexProver prover = hypopg
            ? new HypoIndexProver(session, explainer, config.threshold(IndexAdviceRule.METADATA.id(), IndexAdviceRule.MIN_IMPROVEMENT)) : null;
        List<QueryResult> results = new ArrayList<>();
        if (options.queries().isEmpty()) {
            for (PgQueryStats s : top) results.add(one(s, s.query(), options.analyze(), analyzer, explainer, prover, catalog, unproven));
        } else {
            for (String q : options.queries()) results.add(one(null, q, options.analyze(), analyzer, explainer, prover, catalog, unproven));
        }
        List<Finding> catalogFindings = analyzer.analyzeCatalog(catalog);
        return new Result(session.database(), session.version(), results, catalogFindings, catalog.indexes().size(), notes);
    }

    private static QueryResult one(PgQueryStats stats, String sql, boolean analyze, PgPlanAnalyzer analyzer, PgExplainer explainer,
                                   HypoIndexProver prover, PgCatalog catalog, String unproven) {
        List<String> notes = new ArrayList<>();
        boolean params = PgExplainer.hasParameters(sql);
        if (analyze && params) notes.add("not run with ANALYZE: its parameter values are unknown (generic plan only)");
        PgExplainer.Explained ex;
        try {
            ex = explainer.explain(sql, analyze && !params);
        } catch (SQLException e) {
            return new QueryResult(stats, sql, params, false, null, 0, List.of(), List.of("cannot explain: " + PgErrors.statement(e)), notes);
        } catch (PgException e) {
            return new QueryResult(stats, sql, params, false, null, 0, List.of(), List.of(e.getMessage()), notes);
        }
        PgPlan plan;
        try {
            plan = PgPlans.parse(ex.json());
        } catch (PlanParseException e) {
            return new QueryResult(stats, sql, ex.generic(), ex.analyzed(), ex.json(), 0, List.of(), List.of("cannot read the plan: " + e.getMessage()), notes);
        }
        PgPlanAnalysis a = analyzer.analyze(plan, catalog, unproven);
        List<Finding> findings = new ArrayList<>(a.findings());
        List<String> errors = new ArrayList<>(a.internalErrors());
        if (prover != null && !a.candidates().isEmpty()) {
            findings.removeIf(f -> f.ruleId().equals(IndexAdviceRule.METADATA.id()));
            for (IndexCandidate c : a.candidates()) {
                try {
                    IndexAdvice advice = prover.prove(sql, plan.totalCost(), c);
                    Finding f = analyzer.adviceFinding(plan, advice);
                    if (f != null) findings.add(f);
                    else notes.add(advice.message() + ": not advised");
                } catch (SQLException e) {
                    errors.add("cannot check " + c.ddl() + " with hypopg: " + PgErrors.statement(e));
                }
            }
            findings = RuleRunner.inReadingOrder(findings);
        }
        return new QueryResult(stats, sql, ex.generic(), ex.analyzed(), ex.json(), plan.nodes().size(), findings, errors, notes);
    }
}
