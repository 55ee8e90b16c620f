package dev.brickoptima.bench;

import dev.brickoptima.guard.GuardPolicy;
import dev.brickoptima.guard.SqlGuard;
import dev.brickoptima.pgfixture.PgFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * What the guard adds per statement: the same primary-key query through a plain PostgreSQL connection and through the
 * guard with the read-only profile (parse + rule, no round trip), a cost budget (one EXPLAIN round trip) and both, each
 * statement with new literal values (no cache helps); a prepared statement per call (the same text: the read-only
 * verdict is cached); and the read-only check alone, without running anything. Needs the fixture server:
 * {@code eval "$(scripts/pg-fixture start)"; scripts/bench GuardOverhead}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardOverheadBenchmark {
    private Connection raw;
    private Connection readOnly;
    private Connection budget;
    private Connection both;
    private Statement rawStatement;
    private Statement readOnlyStatement;
    private Statement budgetStatement;
    private Statement bothStatement;
    private SqlGuard readOnlyGuard;
    private int n;

    @Setup(Level.Trial)
    public void connect() throws SQLException {
        PgFixture.State pg = PgFixture.shared();
        raw = DriverManager.getConnection(pg.jdbcUrl(), pg.appUser(), pg.appPassword());
        String guarded = "jdbc:brickoptima:postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database();
        readOnly = DriverManager.getConnection(guarded + "?brickoptima.profile=read-only", pg.appUser(), pg.appPassword());
        budget = DriverManager.getConnection(guarded + "?brickoptima.maxCost=100000", pg.appUser(), pg.appPassword());
        both = DriverManager.getConnection(guarded + "?brickoptima.profile=read-only&brickoptima.maxCost=100000", pg.appUser(), pg.appPassword());
        rawStatement = raw.createStatement();
        readOnlyStatement = readOnly.createStatement();
        budgetStatement = budget.createStatement();
        bothStatement = both.createStatement();
        readOnlyGuard = new SqlGuard(GuardPolicy.none().withReadOnly());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        for (Connection c : new Connection[]{raw, readOnly, budget, both}) c.close();
    }

    private String next() {
        n = n % 299_000 + 1;
        return "SELECT id, status, total FROM orders WHERE id = " + n;
    }

    @Benchmark
    public long plainConnection() throws SQLException {
        return run(rawStatement);
    }

    @Benchmark
    public long guardReadOnly() throws SQLException {
        return run(readOnlyStatement);
    }

    @Benchmark
    public long guardBudget() throws SQLException {
        return run(budgetStatement);
    }

    @Benchmark
    public long guardReadOnlyAndBudget() throws SQLException {
        return run(bothStatement);
    }

    /** A prepared statement per call, the way many frameworks use JDBC: the same text each time. */
    @Benchmark
    public long plainPrepared() throws SQLException {
        return prepared(raw);
    }

    /** The same through the read-only guard: its verdict for a text it has seen comes from its cache. */
    @Benchmark
    public long guardReadOnlyPrepared() throws SQLException {
        return prepared(readOnly);
    }

    /** The same with a budget: one generic-plan EXPLAIN per prepareStatement. */
    @Benchmark
    public long guardBudgetPrepared() throws SQLException {
        return prepared(budget);
    }

    private long prepared(Connection c) throws SQLException {
        n = n % 299_000 + 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, status, total FROM orders WHERE id = ?")) {
            ps.setLong(1, n);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    /** The read-only check alone (what the read-only guard adds without the statement's own round trip). */
    @Benchmark
    public Object readOnlyCheckOnly() throws SQLException {
        return readOnlyGuard.check(raw, next());
    }

    private long run(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(next())) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
