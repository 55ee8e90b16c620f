package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brickoptima compare} on real plans of the Spark fixture: the same query before and after a change that
 * breaks it (broadcast disabled; a function applied to the partition column and a filtered column).
 */
class CompareCommandTest {
    private static FixtureState spark;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void fixture() {
        spark = SparkFixture.shared();
    }

    @Test
    void disablingBroadcastIsALostBroadcastWithNewExchangesInPlanText() throws Exception {
        Path before = planFile("regress-broadcast-before");
        Path after = planFile("regress-broadcast-after");
        CliRunner r = CliRunner.run("compare", "--fail-on-regression", before.toString(), after.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("regression lost-broadcast: broadcast lost: BroadcastHashJoin -> SortMergeJoin (Inner)")
            .contains("regression new-exchange: 2 more shuffle exchanges");
        // the reverse direction is an improvement: nothing fails
        CliRunner back = CliRunner.run("compare", "--fail-on-regression", after.toString(), before.toString());
        assertThat(back.code()).as(back.out()).isEqualTo(ExitCode.OK);
        assertThat(back.out()).contains("change     join-strategy").contains("0 regressions");
        // a plan compared with itself has no change at all
        assertThat(CliRunner.run("compare", "--fail-on-regression", before.toString(), before.toString()).out())
            .contains("no plan change that matters").contains("0 regressions in 1 compared plan");
    }

    @Test
    void functionOnThePartitionColumnLosesPushdownInRestJson() throws Exception {
        Path before = restFile("regress-partition-before");
        Path after = restFile("regress-partition-after");
        CliRunner r = CliRunner.run("compare", "--format", "json", before.toString(), after.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK); // no --fail-on-regression
        JsonNode changes = JSON.readTree(r.out()).at("/pairs/0/changes");
        String kinds = changes.toString();
        assertThat(kinds).contains("\"lost-pushdown\"").contains("GreaterThan(id,100)").contains("\"partition-filter-changed\"")
            .contains("abs(p)");
        assertThat(JSON.readTree(r.out()).get("regressions").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eventLogsCompareLikeTheLiveApplicationTheyRecord() throws Exception {
        Path zstd = AnalyzeEventLogTest.log(spark, "zstd");
        Path plain = AnalyzeEventLogTest.log(spark, "plain");
        // the same application's log in two codecs: every execution pairs with its twin, nothing changed
        CliRunner same = CliRunner.run("compare", "--fail-on-regression", "--format", "json", plain.toString(), zstd.toString());
        assertThat(same.code()).as(same.err()).isEqualTo(ExitCode.OK);
        JsonNode report = JSON.readTree(same.out());
        assertThat(report.get("regressions").asInt()).isZero();
        assertThat(report.get("pairs").size()).as(same.out()).isGreaterThanOrEqualTo(spark.executions().size());
        // the log against the live driver UI of the application that wrote it: matched by description, and the final
        // (adaptive) plans the log replays are the plans the UI shows
        CliRunner live = CliRunner.run("compare", "--fail-on-regression", "--min-duration-ms", "600000", zstd.toString(), spark.url());
        assertThat(live.code()).as(live.out() + live.err()).isEqualTo(ExitCode.OK);
        assertThat(live.out()).contains("[fixture:regress-broadcast-after]").contains("0 regressions");
        // a file that is no event log nor plan stays a one-line error
        Path junk = Files.writeString(dir.resolve("junk.log"), "{\"Event\":\"NotSpark\"}\n");
        CliRunner bad = CliRunner.run("compare", junk.toString(), zstd.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err().trim().lines()).hasSize(1);
    }

    @Test
    void liveExecutionPagesCompareWithMetrics() {
        String before = spark.url() + "/SQL/execution/?id=" + spark.execution("regress-broadcast-before");
        String after = spark.url() + "/SQL/execution/?id=" + spark.execution("regress-broadcast-after");
        CliRunner r = CliRunner.run("compare", "--fail-on-regression", "--min-bytes", "1", "--threshold", "10", before, after);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("lost-broadcast").contains("regression shuffle: shuffle write grew from");
    }

    @Test
    void wholeApplicationsAreMatchedByDescription() {
        // the application compared with itself (driver UI): every execution pairs with its twin, nothing regressed
        CliRunner r = CliRunner.run("compare", "--fail-on-regression", "--min-duration-ms", "600000", spark.url(), spark.url());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("[fixture:regress-broadcast-after]").doesNotContain("only in");
    }

    @Test
    void executionsAreMatchedByNormalisedSqlWhenDescriptionsAreStatements() throws Exception {
        // two application dumps of the same job whose descriptions are the SQL text (as Thrift server and SQL
        // warehouses set them): literals and layout differ, the normalised statement does not
        ArrayNode oldApp = JSON.createArrayNode();
        ArrayNode newApp = JSON.createArrayNode();
        oldApp.add(rest("clean-agg", "SELECT count(*) FROM sales WHERE day = '2024-01-01'"));
        oldApp.add(rest("regress-broadcast-before", "select k, count(*) from f join d on f.k = d.k group by k"));
        newApp.add(rest("regress-broadcast-after", "SELECT k, COUNT(*)\n  FROM f JOIN d ON f.k = d.k\n GROUP BY k"));
        newApp.add(rest("clean-agg", "SELECT count(*) FROM sales WHERE day = '2024-02-01'"));
        newApp.add(rest("markup", "a description only the new run has"));
        Path o = Files.writeString(dir.resolve("old.json"), JSON.writeValueAsString(oldApp));
        Path n = Files.writeString(dir.resolve("new.json"), JSON.writeValueAsString(newApp));
        CliRunner r = CliRunner.run("compare", "--format", "json", "--fail-on-regression", o.toString(), n.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("pairs")).hasSize(2);
        for (JsonNode p : root.get("pairs")) {
            assertThat(p.get("matchedBy").asText()).isEqualTo("normalised SQL");
            if (p.get("description").asText().contains("JOIN")) assertThat(p.get("changes").toString()).contains("lost-broadcast");
        }
        assertThat(root.get("onlyNew")).hasSize(1);
    }

    @Test
    void nothingMatchedOrUnreadableIsExitCode2() throws Exception {
        Path plan = planFile("clean-agg");
        Path sql = Files.writeString(dir.resolve("q.sql"), "SELECT 1");
        CliRunner notPlan = CliRunner.run("compare", plan.toString(), sql.toString());
        assertThat(notPlan.code()).isEqualTo(ExitCode.USAGE);
        assertThat(notPlan.err().trim()).endsWith("not a Spark plan or REST JSON (looks like SQL)");
        CliRunner missing = CliRunner.run("compare", plan.toString(), dir.resolve("nope.plan").toString());
        assertThat(missing.err()).contains("cannot read").contains("no such file");
        ArrayNode a = JSON.createArrayNode().add(rest("clean-agg", "one"));
        a.add(rest("clean-join", "two"));
        ArrayNode b = JSON.createArrayNode().add(rest("clean-agg", "three"));
        b.add(rest("clean-join", "four"));
        CliRunner none = CliRunner.run("compare", "--fail-on-regression", Files.writeString(dir.resolve("a.json"), a.toString()).toString(),
            Files.writeString(dir.resolve("b.json"), b.toString()).toString());
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("no execution").contains("matched");
    }

    /** The plan text the Spark UI shows for a fixture execution. */
    private Path planFile(String name) throws Exception {
        JsonNode e = JSON.readTree(get(spark.applicationApi() + "/sql/" + spark.execution(name) + "?details=true&planDescription=true"));
        return Files.writeString(dir.resolve(name + ".plan"), e.get("planDescription").asText());
    }

    private Path restFile(String name) throws Exception {
        return Files.writeString(dir.resolve(name + ".json"), get(spark.applicationApi() + "/sql/" + spark.execution(name)
            + "?details=true&planDescription=true"));
    }

    private ObjectNode rest(String name, String description) throws Exception {
        ObjectNode e = (ObjectNode) JSON.readTree(get(spark.applicationApi() + "/sql/" + spark.execution(name) + "?details=true&planDescription=true"));
        e.put("description", description);
        return e;
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
