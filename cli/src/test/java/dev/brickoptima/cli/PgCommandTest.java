package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.pgfixture.PgFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brickoptima pg} end to end against the real PostgreSQL fixture server of the test run, as its own process so
 * the password comes from a real PGPASSWORD or PGPASSFILE environment, never the command line.
 */
class PgCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PgFixture.State pg;

    @BeforeAll
    static void fixture() {
        pg = PgFixture.shared();
    }

    @Test
    void topStatementsInJsonWithProvenIndexAdviceAndNoPasswordAnywhere() throws Exception {
        CliProcess r = CliProcess.run(Map.of("PGPASSWORD", pg.readerPassword()),
            "pg", "--url", "postgresql://" + pg.readerUser() + "@" + pg.host() + ":" + pg.port() + "/" + pg.database(), "--top", "50", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK); // warnings only; --fail-on defaults to error
        assertThat(r.out() + r.err()).doesNotContain(pg.readerPassword());
        JsonNode root = JSON.readTree(r.out());
        JsonNode orders = input(root, "FROM orders WHERE customer_id = $1");
        assertThat(orders.get("path").asText()).startsWith("query ").contains("40 calls").contains("generic plan");
        assertThat(orders.get("kind").asText()).isEqualTo("pg-query");
        List<String> messages = new ArrayList<>();
        for (JsonNode f : orders.get("findings")) messages.add(f.get("ruleId").asText() + " " + f.get("message").asText());
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("pg-seq-scan-filter Seq Scan on orders (node 1) reads all 300,000 rows"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("pg-index-advice CREATE INDEX ON orders (customer_id) lowers the estimated cost from"));
        JsonNode catalog = input(root, "database brickoptima (catalog");
        assertThat(catalog.get("findings").toString()).contains("pg-unused-index").contains("orders_shipped_at_idx").contains("pg-duplicate-index");
    }

    @Test
    void textReportWithAJdbcUrlAndThePasswordFromAPgpassFile(@TempDir Path dir) throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, pg.host() + ":" + pg.port() + ":" + pg.database() + ":" + pg.readerUser() + ":" + pg.readerPassword() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        CliProcess r = CliProcess.run(Map.of("PGPASSFILE", pgpass.toString()),
            "pg", "--url", pg.jdbcUrl() + "?user=" + pg.readerUser(), "--top", "50", "--fail-on", "warning");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("warning pg-index-advice [operator 1] CREATE INDEX ON orders (customer_id) lowers the estimated cost from")
            .contains("    hint: CREATE INDEX ON orders (customer_id)")
            .doesNotContain(pg.readerPassword());
    }

    @Test
    void sarifWithAKeywordValueConnectionString() throws Exception {
        CliProcess r = CliProcess.run(Map.of("PGPASSWORD", pg.readerPassword()), "pg", "--url",
            "host=" + pg.host() + " port=" + pg.port() + " dbname=" + pg.database() + " user=" + pg.readerUser(), "--top", "50", "--format", "sarif");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode run = JSON.readTree(r.out()).at("/runs/0");
        assertThat(run.at("/tool/driver/rules").toString()).contains("\"pg-seq-scan-filter\"").contains("\"pg-index-advice\"");
        List<String> results = new ArrayList<>();
        for (JsonNode res : run.get("results")) results.add(res.get("ruleId").asText());
        assertThat(results).contains("pg-index-advice", "pg-seq-scan-filter");
    }

    @Test
    void analyzeRunsAGivenStatementAndReportsTheSpill() throws Exception {
        CliProcess r = CliProcess.run(Map.of("PGPASSWORD", pg.readerPassword()), "pg", "--url", pg.url() + "?user=" + pg.readerUser(),
            "--analyze", "--query", "SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899990", "--fail-on", "warning");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("query 1 (EXPLAIN ANALYZE): SELECT id, unit_price FROM order_items")
            .contains("warning pg-disk-spill [operator 2] Sort (node 2) spilled");
    }

    @Test
    void htmlReportDrawsThePlanTreesWithTheFlaggedNodes(@TempDir Path dir) throws Exception {
        // a server's plan (brickoptima pg) ...
        Path live = dir.resolve("live.html");
        CliProcess r = CliProcess.run(Map.of("PGPASSWORD", pg.readerPassword()), "pg", "--url", pg.url() + "?user=" + pg.readerUser(),
            "--analyze", "--query", "SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899990",
            "--format", "html", "-o", live.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(live)).contains("<h3>PostgreSQL plan (EXPLAIN ANALYZE)</h3>")
            .containsPattern("class=\"node flagged sev-warning\"><span class=\"label\">\\(2\\) Sort</span>")
            .contains("Sort Key: unit_price DESC, id")
            .containsPattern("class=\"node\"><span class=\"label\">\\(1\\) Limit</span>");
        // ... and a plan file (analyze)
        Path plans = Path.of(System.getProperty("brickoptima.root", "..")).resolve("shared-core/src/test/resources/pg/plans");
        Path html = dir.resolve("file.html");
        CliRunner.run("analyze", plans.resolve("nested-loop-items.txt").toString(), "--format", "html", "-o", html.toString());
        assertThat(Files.readString(html)).contains("<h3>PostgreSQL plan (EXPLAIN ANALYZE)</h3>")
            .containsPattern("class=\"node flagged sev-warning\"><span class=\"label\">\\(3\\) Nested Loop</span>")
            .containsPattern("class=\"node\"><span class=\"label\">\\(5\\) Index Scan using orders_pkey on orders o</span>")
            .contains("actual 1800 rows x 1 loops");
    }

    @Test
    void aRoleWithoutPgReadAllStatsIsOneLineAndExitCode2() throws Exception {
        CliProcess r = CliProcess.run(Map.of("PGPASSWORD", pg.nopermPassword()), "pg", "--url", pg.url() + "?user=" + pg.nopermUser());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().trim().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("brickoptima: role bo_noperm cannot see ").contains("GRANT pg_read_all_stats TO bo_noperm");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aServerThatRefusesConnectionsIsOneLineAndExitCode2() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner r = CliRunner.run("pg", "--url", "postgresql://bo_reader@127.0.0.1:" + port + "/brickoptima", "--timeout", "3");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("brickoptima: cannot connect to PostgreSQL at 127.0.0.1:" + port + ": connection refused "
            + "(is the server running and accepting TCP connections on that host and port?)\n");
        CliRunner bad = CliRunner.run("pg", "--url", "mysql://x/y");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).startsWith("brickoptima: --url: not a PostgreSQL URL");
    }

    @Test
    void analyzeCommandReadsPostgresPlanFiles(@TempDir Path dir) throws Exception {
        Path plans = Path.of(System.getProperty("brickoptima.root", "..")).resolve("shared-core/src/test/resources/pg/plans");
        Files.copy(plans.resolve("join-customer-items.json"), dir.resolve("join.explain.json"));
        Files.copy(plans.resolve("sort-spill.txt"), dir.resolve("sort.explain.txt"));
        Files.writeString(dir.resolve("broken.explain.json"), Files.readString(plans.resolve("pk-lookup.json")).replace("\"Plan Rows\": 1,", "\"Plan Rows\": ,"));
        CliRunner r = CliRunner.run("analyze", dir.toString(), "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        JsonNode join = input(root, "join.explain.json");
        assertThat(join.get("kind").asText()).isEqualTo("pg-plan");
        assertThat(join.get("findings").toString()).contains("pg-seq-scan-filter").contains("\"operatorId\":\"6\"");
        assertThat(input(root, "sort.explain.txt").get("findings").toString()).contains("pg-disk-spill");
        JsonNode sarif = JSON.readTree(CliRunner.run("analyze", dir.resolve("sort.explain.txt").toString(), "--format", "sarif").out());
        JsonNode spill = null;
        for (JsonNode res : sarif.at("/runs/0/results")) if (res.get("ruleId").asText().equals("pg-disk-spill")) spill = res;
        assertThat(spill).as("a pg-disk-spill result").isNotNull();
        assertThat(spill.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3); // the Sort line of the file
        JsonNode broken = input(root, "broken.explain.json").get("findings").get(0);
        assertThat(broken.get("ruleId").asText()).isEqualTo("parse-error");
        assertThat(broken.get("message").asText()).startsWith("not a PostgreSQL plan: line ").contains("malformed EXPLAIN JSON");
    }

    private static JsonNode input(JsonNode root, String pathPart) {
        for (JsonNode in : root.get("inputs")) if (in.get("path").asText().contains(pathPart)) return in;
        throw new AssertionError("no input containing '" + pathPart + "' in " + root.get("inputs").findValuesAsText("path"));
    }
}
