package dev.brickoptima.guard;

import dev.brickoptima.pgfixture.PgFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard in front of the real PostgreSQL fixture server, as the application role that may write. */
class GuardTest {
    private static PgFixture.State pg;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void fixture() {
        pg = PgFixture.shared();
    }

    @BeforeEach
    void captureLog() {
        Logger l = Logger.getLogger("dev.brickoptima.guard");
        l.setLevel(Level.FINE);
        l.addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger("dev.brickoptima.guard").removeHandler(capture);
    }

    @Test
    void readOnlyProfileRejectsWritesBeforeTheyRunAndPassesQueries() throws Exception {
        try (Connection c = connect("?brickoptima.profile=read-only"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT status FROM orders WHERE id = 1")) {
                assertThat(r.next()).isTrue();
            }
            GuardRejectedException e = rejected(() -> s.executeUpdate("DELETE FROM order_items WHERE order_id = 1"));
            assertThat(e.getSQLState()).isEqualTo("25006");
            assertThat(e.ruleId()).isEqualTo("destructive-statement");
            assertThat(e.getMessage()).startsWith("brickoptima guard rejected the statement: ").endsWith("[destructive-statement]");
            assertThat(count("SELECT count(*) FROM order_items WHERE order_id = 1")).isEqualTo(3); // never ran

            assertThat(rejected(() -> s.execute("SELECT 1; DROP TABLE orders")).ruleId()).isEqualTo("destructive-statement");
            assertThat(rejected(() -> s.executeUpdate("UPDATE orders SET status = 'x' WHERE id = 2")).ruleId()).isEqualTo("destructive-statement");
            assertThat(rejected(() -> c.prepareStatement("DELETE FROM orders WHERE id = ?")).ruleId()).isEqualTo("destructive-statement");
            assertThat(rejected(() -> s.addBatch("TRUNCATE order_items")).ruleId()).isEqualTo("destructive-statement");
            GuardRejectedException garbage = rejected(() -> s.executeQuery("SELEC id FROM orders"));
            assertThat(garbage.ruleId()).isEqualTo("parse-error");
            assertThat(garbage.getMessage()).contains("the read-only profile rejects what it cannot check");

            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE customer_id = ?")) {
                ps.setLong(1, 13);
                try (ResultSet r = ps.executeQuery()) {
                    assertThat(r.next()).isTrue();
                }
                assertThat(ps.getConnection()).isSameAs(c); // the statement leads back to the guarded connection
            }
        }
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains("[destructive-statement]").contains("DELETE FROM order_items WHERE order_id = 1");
        });
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.FINE);
            assertThat(r.getMessage()).startsWith("passed: SELECT status FROM orders WHERE id = 1");
        });
    }

    @Test
    void budgetRejectsExpensivePlansWithTheirNumbers() throws Exception {
        try (Connection c = connect("?brickoptima.maxCost=10000&brickoptima.maxRows=50000"); Statement s = c.createStatement()) {
            GuardRejectedException e = rejected(() -> s.executeQuery(
                "SELECT o.id, sum(oi.quantity) FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = 7 GROUP BY o.id"));
            assertThat(e.getSQLState()).isEqualTo("54000");
            assertThat(e.ruleId()).isEqualTo("pg-plan-over-budget");
            assertThat(e.getMessage()).matches("brickoptima guard rejected the statement: Estimated cost [0-9,]+ is over the budget of 10,000; "
                + "most of it in Seq Scan on order_items oi \\(node \\d\\), cost 15,618 \\[pg-plan-over-budget]");
            assertThat(e.decision().cost()).isGreaterThan(10_000);

            try (ResultSet r = s.executeQuery("SELECT id, status FROM orders WHERE id = 42")) { // cost ~8
                assertThat(r.next()).isTrue();
            }
            // a prepared statement is checked once, with its generic plan ($1 unknown)
            try (PreparedStatement ok = c.prepareStatement("SELECT id FROM orders WHERE customer_id = ?")) {
                ok.setLong(1, 7);
                ok.executeQuery().close();
            }
            assertThat(rejected(() -> c.prepareStatement("SELECT * FROM order_items WHERE quantity > ?")).ruleId()).isEqualTo("pg-plan-over-budget");
            // rows: a write estimated to touch 180,000 rows, under a row budget alone
            GuardDecision rows = new SqlGuard(GuardPolicy.none().withMaxRows(50_000)).check(c.unwrap(org.postgresql.PGConnection.class)
                instanceof Connection raw ? raw : c, "UPDATE order_items SET quantity = quantity WHERE quantity = 3");
            assertThat(rows.allowed()).isFalse();
            assertThat(rows.finding().message()).startsWith("Statement is planned to write an estimated ").endsWith("over the budget of 50,000");
            // statements the planner does not plan are not explained
            s.execute("SET work_mem = '8MB'");
        }
    }

    @Test
    void aRejectionLeavesTheApplicationsTransactionUsable() throws Exception {
        try (Connection c = connect("?brickoptima.profile=read-only&brickoptima.maxCost=10000")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
                rejected(() -> s.executeQuery("SELECT count(*) FROM order_items oi JOIN orders o ON o.id = oi.order_id"));
                rejected(() -> s.execute("DROP TABLE orders"));
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM orders WHERE id < 10")) {
                    r.next();
                    assertThat(r.getLong(1)).isEqualTo(9);
                }
            }
            c.rollback();
        }
    }

    @Test
    void plainJavaApiOnAnyConnection() throws Exception {
        SqlGuard guard = new SqlGuard(GuardPolicy.none().withReadOnly().withMaxCost(10_000));
        try (Connection raw = DriverManager.getConnection(pg.jdbcUrl(), pg.appUser(), pg.appPassword())) {
            GuardDecision ok = guard.check(raw, "SELECT id FROM orders WHERE id = 5");
            assertThat(ok.allowed()).isTrue();
            assertThat(ok.cost()).isBetween(1.0, 100.0);
            GuardDecision expensive = guard.check(raw, "SELECT * FROM order_items ORDER BY unit_price");
            assertThat(expensive.allowed()).isFalse();
            assertThat(expensive.finding().ruleId()).isEqualTo("pg-plan-over-budget");
            assertThat(guard.check(raw, "INSERT INTO orders SELECT * FROM orders").finding().ruleId()).isEqualTo("destructive-statement");
            assertThatThrownBy(() -> guard.enforce(raw, "DROP TABLE orders")).isInstanceOf(GuardRejectedException.class);
            // an EXPLAIN error is the statement's own error, passed on as the driver raised it
            assertThatThrownBy(() -> guard.check(raw, "SELECT nope FROM orders")).isInstanceOf(SQLException.class)
                .isNotInstanceOf(GuardRejectedException.class).hasMessageContaining("column \"nope\" does not exist");
            try (Connection guarded = guard.wrap(raw); Statement s = guarded.createStatement()) {
                assertThat(guarded.isWrapperFor(Connection.class)).isTrue();
                assertThat(guarded.unwrap(org.postgresql.PGConnection.class)).isNotNull();
                assertThatThrownBy(() -> s.execute("DELETE FROM orders")).isInstanceOf(GuardRejectedException.class);
            }
        }
    }

    @Test
    void badGuardSettingsFailTheConnectionClearly() {
        assertThatThrownBy(() -> connect("?brickoptima.maxCost=abc")).isInstanceOf(SQLException.class)
            .hasMessage("brickoptima guard: brickoptima.maxCost=abc: expected a positive number");
        assertThatThrownBy(() -> connect("?brickoptima.maxcost=10")).hasMessageContaining("unknown guard setting brickoptima.maxcost");
        Properties p = new Properties();
        p.setProperty("user", pg.appUser());
        p.setProperty("password", pg.appPassword());
        p.setProperty("brickoptima.profile", "paranoid");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:brickoptima:postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database(), p))
            .hasMessageContaining("the guard knows the profile read-only");
    }

    private Connection connect(String query) throws SQLException {
        return DriverManager.getConnection("jdbc:brickoptima:postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database() + query,
            pg.appUser(), pg.appPassword());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.appUser(), pg.appPassword());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    interface Call {
        void run() throws Exception;
    }

    private static GuardRejectedException rejected(Call call) {
        try {
            call.run();
        } catch (GuardRejectedException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a guard rejection, got " + e, e);
        }
        throw new AssertionError("expected a guard rejection, the statement ran");
    }
}
