package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.pgfixture.PgFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live analysis against the real PostgreSQL 15 fixture server and its workload (pg-fixture's workload.sql). */
class PgServerAnalysisTest {
    private static PgFixture.State pg;

    @BeforeAll
    static void fixture() {
        pg = PgFixture.shared();
    }

    @Test
    void topStatementsAreFoundExplainedGenericallyAndTheirIndexesProvenWithHypopg() throws Exception {
        PgServerAnalysis.Result r = asReader(s -> PgServerAnalysis.run(s, new PgServerAnalysis.Options(50, false, List.of(), 30_000),
            AnalyzerConfig.defaults()));
        assertThat(r.serverVersion()).isBetween(150000, 159999);
        assertThat(r.notes()).isEmpty(); // hypopg is installed in the fixture database

        PgServerAnalysis.QueryResult orders = query(r, "FROM orders WHERE customer_id = $1");
        assertThat(orders.stats().calls()).isEqualTo(40);
        assertThat(orders.stats().meanMillis()).isPositive();
        assertThat(orders.generic()).isTrue(); // $1: planned with PREPARE + force_generic_plan on 15
        assertThat(orders.analyzed()).isFalse();
        assertThat(orders.errors()).isEmpty();
        assertThat(rules(orders)).contains("pg-seq-scan-filter", "pg-index-advice");
        Finding advice = orders.findings().stream().filter(f -> f.ruleId().equals("pg-index-advice")).findFirst().orElseThrow();
        assertThat(advice.severity()).isEqualTo(Severity.WARNING);
        assertThat(advice.message()).startsWith("CREATE INDEX ON orders (customer_id) lowers the estimated cost from ")
            .contains("checked with hypopg");
        double[] costs = costs(advice.message());
        assertThat(costs[1]).isLessThan(costs[0] * 0.1);
        Finding seq = orders.findings().stream().filter(f -> f.ruleId().equals("pg-seq-scan-filter")).findFirst().orElseThrow();
        assertThat(seq.message()).contains("reads all 300,000 rows of the table"); // rows from the catalog: no ANALYZE here

        assertThat(adviceOf(query(r, "FROM customers WHERE email = $1"))).contains("CREATE INDEX ON customers (email) lowers");
        assertThat(adviceOf(query(r, "JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = $1")))
            .contains("CREATE INDEX ON order_items (order_id) lowers");
        assertThat(query(r, "FROM orders WHERE id = $1").findings()).isEmpty(); // primary key lookups are fine

        // ordered by total time, as pg_stat_statements reports it
        List<Double> totals = r.queries().stream().map(q -> q.stats().totalMillis()).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // the catalog: one of the two identical status indexes, and the index nobody used
        assertThat(r.catalogFindings()).anySatisfy(f -> assertThat(f.ruleId() + " " + f.message())
            .startsWith("pg-duplicate-index Index public.orders_status").contains("duplicates public.orders_status"));
        assertThat(r.catalogFindings()).anySatisfy(f -> assertThat(f.ruleId() + " " + f.message())
            .startsWith("pg-unused-index Index public.orders_shipped_at_idx"));
    }

    @Test
    void analyzeRunsGivenStatementsAndRollsBackWrites() throws Exception {
        PgServerAnalysis.Result r = asAdmin(s -> PgServerAnalysis.run(s, new PgServerAnalysis.Options(10, true, List.of(
            "SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899990",
            "DELETE FROM order_items WHERE order_id = 7;",
            "SELECT id FROM orders WHERE customer_id = $1"), 60_000), AnalyzerConfig.defaults()));
        PgServerAnalysis.QueryResult sort = r.queries().get(0);
        assertThat(sort.analyzed()).isTrue();
        assertThat(sort.findings()).anySatisfy(f -> assertThat(f.ruleId() + " " + f.message()).startsWith("pg-disk-spill Sort (node 2) spilled"));
        PgServerAnalysis.QueryResult delete = r.queries().get(1);
        assertThat(delete.analyzed()).isTrue();
        assertThat(delete.errors()).isEmpty();
        assertThat(count("SELECT count(*) FROM order_items WHERE order_id = 7")).isEqualTo(3); // rolled back
        PgServerAnalysis.QueryResult param = r.queries().get(2);
        assertThat(param.analyzed()).isFalse();
        assertThat(param.generic()).isTrue();
        assertThat(param.notes()).anySatisfy(n -> assertThat(n).contains("parameter values are unknown"));
    }

    @Test
    void candidatesThatDoNotLowerTheCostEnoughAreNotAdvised() throws Exception {
        AnalyzerConfig strict = AnalyzerConfig.builder().threshold("pg-index-advice", "minImprovement", 0.99999).build();
        PgServerAnalysis.Result r = asReader(s -> PgServerAnalysis.run(s, new PgServerAnalysis.Options(10, false,
            List.of("SELECT id, status FROM orders WHERE customer_id = 42"), 30_000), strict));
        PgServerAnalysis.QueryResult q = r.queries().get(0);
        assertThat(rules(q)).contains("pg-seq-scan-filter").doesNotContain("pg-index-advice");
        assertThat(q.notes()).anySatisfy(n -> assertThat(n).startsWith("CREATE INDEX ON orders (customer_id) does not lower").endsWith("not advised"));
    }

    @Test
    void aRoleWithoutPgReadAllStatsGetsOneLineSayingWhatToGrant() throws Exception {
        try (Connection c = connect(pg.nopermUser(), pg.nopermPassword())) {
            PgSession s = PgSession.of(c);
            assertThat(s.canReadAllStats()).isFalse();
            assertThatThrownBy(() -> PgServerAnalysis.run(s, new PgServerAnalysis.Options(10, false, List.of(), 30_000), AnalyzerConfig.defaults()))
                .isInstanceOf(PgException.class)
                .hasMessageMatching("role bo_noperm cannot see \\d+ of the \\d+ statements in pg_stat_statements \\(other roles' statements\\): "
                    + "GRANT pg_read_all_stats TO bo_noperm");
        }
    }

    @Test
    void aDatabaseWithoutTheExtensionsSaysWhatToEnable() throws Exception {
        try (Connection admin = connect(pg.adminUser(), pg.adminPassword()); Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'brickoptima_bare'")) {
                if (!rs.next()) st.execute("CREATE DATABASE brickoptima_bare");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/brickoptima_bare",
            pg.adminUser(), pg.adminPassword())) {
            PgSession s = PgSession.of(c);
            assertThatThrownBy(() -> PgServerAnalysis.run(s, new PgServerAnalysis.Options(10, false, List.of(), 30_000), AnalyzerConfig.defaults()))
                .hasMessage("pg_stat_statements is not installed in database brickoptima_bare: add pg_stat_statements to "
                    + "shared_preload_libraries (server restart), then CREATE EXTENSION pg_stat_statements");
            PgServerAnalysis.Result r = PgServerAnalysis.run(s, new PgServerAnalysis.Options(10, false,
                List.of("SELECT oid FROM pg_class WHERE relname = 'x'"), 30_000), AnalyzerConfig.defaults());
            assertThat(r.notes()).containsExactly("hypopg is not installed in database brickoptima_bare: index advice is unproven (CREATE EXTENSION hypopg)");
        }
    }

    @Test
    void connectionRefusedIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PgUrl url = PgUrl.parse("postgresql://bo_reader@127.0.0.1:" + port + "/brickoptima", Map.of());
        assertThatThrownBy(() -> PgConnections.of(url, Map.of("PGPASSWORD", "secret"), null).open(5, "test"))
            .isInstanceOf(PgException.class)
            .hasMessage("cannot connect to PostgreSQL at 127.0.0.1:" + port + ": connection refused (is the server running and accepting "
                + "TCP connections on that host and port?)");
    }

    @Test
    void wrongOrMissingPasswordSaysWhereThePasswordComesFrom() {
        PgUrl url = PgUrl.parse(pg.url() + "?user=" + pg.readerUser(), Map.of());
        assertThatThrownBy(() -> PgConnections.of(url, Map.of("PGPASSWORD", "wrong"), null).open(5, "test"))
            .hasMessage("password authentication failed for user bo_reader at 127.0.0.1:" + pg.port() + " (check the password in PGPASSWORD or ~/.pgpass)");
        assertThatThrownBy(() -> PgConnections.of(url, Map.of(), null).open(5, "test"))
            .hasMessageStartingWith("the server at 127.0.0.1:" + pg.port() + " wants a password for user bo_reader: set PGPASSWORD");
    }

    // ---- helpers ----

    interface SessionWork<T> {
        T run(PgSession s) throws Exception;
    }

    private static <T> T asReader(SessionWork<T> work) throws Exception {
        try (Connection c = connect(pg.readerUser(), pg.readerPassword())) {
            return work.run(PgSession.of(c));
        }
    }

    private static <T> T asAdmin(SessionWork<T> work) throws Exception {
        try (Connection c = connect(pg.adminUser(), pg.adminPassword())) {
            return work.run(PgSession.of(c));
        }
    }

    static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), user, password);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(pg.adminUser(), pg.adminPassword()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static PgServerAnalysis.QueryResult query(PgServerAnalysis.Result r, String part) {
        Optional<PgServerAnalysis.QueryResult> q = r.queries().stream().filter(x -> x.sql().contains(part)).findFirst();
        assertThat(q).as("a top statement containing '%s' among %s", part, r.queries().stream().map(PgServerAnalysis.QueryResult::sql).toList()).isPresent();
        return q.get();
    }

    private static List<String> rules(PgServerAnalysis.QueryResult q) {
        return q.findings().stream().map(Finding::ruleId).toList();
    }

    private static String adviceOf(PgServerAnalysis.QueryResult q) {
        return q.findings().stream().filter(f -> f.ruleId().equals("pg-index-advice")).map(Finding::message).findFirst().orElse("(no advice) " + q.findings());
    }

    /** "... lowers the estimated cost from 6,812 to 12.3 ..." -> {6812, 12.3}. */
    static double[] costs(String message) {
        String rest = message.substring(message.indexOf("cost from ") + 10);
        String before = rest.substring(0, rest.indexOf(" to "));
        String after = rest.substring(rest.indexOf(" to ") + 4, rest.indexOf(" (-"));
        return new double[]{Double.parseDouble(before.replace(",", "")), Double.parseDouble(after.replace(",", ""))};
    }
}
