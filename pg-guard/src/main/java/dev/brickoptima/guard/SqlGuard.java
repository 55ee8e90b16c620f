package dev.brickoptima.guard;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.pg.PgParameters;
import dev.brickoptima.core.pg.PgPlan;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.pg.PgStatements;
import dev.brickoptima.core.pg.rules.BudgetRule;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.sql.ScriptSplitter;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.StatementSlice;
import dev.brickoptima.jvm.pg.PgException;
import dev.brickoptima.jvm.pg.PgExplainer;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks SQL before it runs on PostgreSQL, for applications and agents that run SQL they did not write. Under the
 * read-only profile a statement that changes data, schema or permissions (the destructive-statement rule), or one that
 * does not parse, is rejected. With a budget, each plannable statement is explained first and rejected when its
 * estimated cost or rows are over it (the pg-plan-over-budget rule). Everything else is logged (DEBUG, logger
 * "dev.brickoptima.guard") and passes. Thread-safe; one guard serves any number of connections.
 *
 * <pre>
 * SqlGuard guard = new SqlGuard(GuardPolicy.none().withReadOnly().withMaxCost(50_000));
 * try (Connection c = guard.wrap(dataSource.getConnection())) { ... }   // or guard.enforce(connection, sql)
 * </pre>
 */
public final class SqlGuard {
    static final System.Logger LOG = System.getLogger("dev.brickoptima.guard");
    private static final SqlLexer LEXER = new SqlLexer(Dialect.POSTGRES);

    /** Read-only verdicts by statement text: they depend on the text alone, and applications repeat their texts. */
    private static final int VERDICT_CACHE_SIZE = 2_000;

    private final GuardPolicy policy;
    private final SqlAnalyzer sql;
    private final PgPlanAnalyzer plans;
    private final Map<String, Optional<Finding>> verdicts = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Finding>> eldest) {
            return size() > VERDICT_CACHE_SIZE;
        }
    });

    public SqlGuard(GuardPolicy policy) {
        this.policy = policy;
        // parsed in the caller's thread (no hand-off per statement); the engine's own deadline bounds a runaway parse
        AnalyzerConfig readOnly = AnalyzerConfig.builder().dialect(Dialect.POSTGRES).profile(Profile.READ_ONLY).only("destructive-statement").build();
        this.sql = policy.readOnly()
            ? new SqlAnalyzer(readOnly)
            : null;
        AnalyzerConfig.Builder budget = AnalyzerConfig.builder().only(BudgetRule.METADATA.id());
        if (policy.maxCost() < Double.POSITIVE_INFINITY) budget.threshold(BudgetRule.METADATA.id(), "maxCost", policy.maxCost());
        if (policy.maxRows() < Double.POSITIVE_INFINITY) budget.threshold(BudgetRule.METADATA.id(), "maxRows", policy.maxRows());
        this.plans = policy.hasBudget() ? new PgPlanAnalyzer(budget.build()) : null;
    }

    public GuardPolicy policy() {
        return policy;
    }

    /** A connection whose statements this guard checks before they run (see {@link GuardedConnection}). */
    public Connection wrap(Connection connection) {
        return GuardedConnection.wrap(connection, this);
    }

    /** Checks a statement (or several, separated by semicolons) with literal values. EXPLAIN errors are thrown as they are. */
    public GuardDecision check(Connection connection, String statement) throws SQLException {
        return check(connection, statement, statement);
    }

    /** Checks JDBC text with {@code ?} placeholders (a PreparedStatement): the budget uses its generic plan. */
    public GuardDecision checkPrepared(Connection connection, String jdbcSql) throws SQLException {
        return check(connection, jdbcSql, PgParameters.jdbcToPositional(jdbcSql));
    }

    /** Checks and throws {@link GuardRejectedException} (an SQLException with the finding's message) when rejected. */
    public void enforce(Connection connection, String statement) throws SQLException {
        throwIfRejected(check(connection, statement), statement);
    }

    /** {@link #enforce} for JDBC text with {@code ?} placeholders. */
    public void enforcePrepared(Connection connection, String jdbcSql) throws SQLException {
        throwIfRejected(checkPrepared(connection, jdbcSql), jdbcSql);
    }

    private GuardDecision check(Connection connection, String written, String positional) throws SQLException {
        if (sql != null) {
            Optional<Finding> verdict = verdicts.get(written);
            if (verdict == null) { // analysed outside the map's lock: two threads may both analyse a new text, never wait on each other
                verdict = readOnlyVerdict(written);
                verdicts.put(written, verdict);
            }
            if (verdict.isPresent()) return GuardDecision.reject(verdict.get(), Double.NaN, Double.NaN);
        }
        double cost = Double.NaN;
        double rows = Double.NaN;
        if (plans != null) {
            int version = version(connection);
            for (StatementSlice slice : ScriptSplitter.split(positional, LEXER.tokenize(positional))) {
                String one = positional.substring(slice.start(), slice.end()).trim();
                if (!PgStatements.isPlannable(one)) continue;
                PgPlan plan;
                try {
                    plan = PgPlans.parse(new PgExplainer(connection, version).explain(one, false).json());
                } catch (PgException e) {
                    LOG.log(Level.WARNING, () -> "budget not checked: " + e.getMessage() + ": " + shorten(one));
                    continue;
                }
                PgPlanNode root = plan.root();
                cost = Double.isNaN(cost) ? root.totalCost() : Math.max(cost, root.totalCost());
                rows = Double.isNaN(rows) ? root.planRows() : Math.max(rows, root.planRows());
                List<Finding> over = plans.analyze(plan, PgCatalog.EMPTY, null).findings();
                if (!over.isEmpty()) return GuardDecision.reject(over.get(0), root.totalCost(), root.planRows());
            }
        }
        return GuardDecision.allow(cost, rows);
    }

    /** The finding that makes a statement unacceptable under the read-only profile, if any. */
    private Optional<Finding> readOnlyVerdict(String text) {
        for (Finding f : sql.analyze(text).findings()) {
            if (f.ruleId().equals("destructive-statement")) return Optional.of(f);
            if (isEngineFinding(f)) return Optional.of(f.withMessage("the read-only profile rejects what it cannot check: " + f.message()));
        }
        return Optional.empty();
    }

    private static boolean isEngineFinding(Finding f) {
        for (var m : EngineRules.ALL) if (m.id().equals(f.ruleId())) return true;
        return false;
    }

    private static void throwIfRejected(GuardDecision d, String statement) throws GuardRejectedException {
        if (d.allowed()) {
            LOG.log(Level.DEBUG, () -> "passed" + (Double.isNaN(d.cost()) ? "" : " (cost " + d.cost() + ", rows " + d.rows() + ")") + ": " + shorten(statement));
            return;
        }
        LOG.log(Level.WARNING, () -> d.message() + ": " + shorten(statement));
        boolean budget = d.finding().ruleId().equals(BudgetRule.METADATA.id());
        throw new GuardRejectedException(d, budget ? "54000" : "25006");
    }

    /** server_version_num from the driver's cached metadata: no round trip. */
    private static int version(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        return md.getDatabaseMajorVersion() * 10000 + (md.getDatabaseMajorVersion() >= 10 ? md.getDatabaseMinorVersion()
            : md.getDatabaseMinorVersion() * 100);
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }
}
