package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan inputs saved from the one real Spark application of the test run: an execution page saved as HTML, REST
 * dumps without plans, an execution JSON with its stages, several plans in one file. Each is fetched from the
 * fixture, written to a file and given to {@code brickoptima analyze}.
 */
class PlanInputsLiveTest {
    private static FixtureState spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void fixture() {
        spark = SparkFixture.shared();
    }

    private static String get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(60_000);
        assertThat(c.getResponseCode()).as(url).isEqualTo(200);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path save(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void savedExecutionPageYieldsItsPlanAndTheExecutionsOwnThreshold() throws Exception {
        long id = spark.execution("smj-aggregate-side");
        Path page = save("execution.html", get(spark.url() + "/SQL/execution/?id=" + id));
        CliRunner r = CliRunner.run("analyze", "--format", "json", page.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode finding = null;
        for (JsonNode f : new ObjectMapper().readTree(r.out()).at("/inputs/0/findings")) {
            if (f.get("ruleId").asText().equals("plan-smj-could-broadcast")) finding = f;
        }
        assertThat(finding).as(r.out()).isNotNull();
        // the query set spark.sql.autoBroadcastJoinThreshold=-1: only the page's SQL properties say so
        assertThat(finding.get("message").asText()).contains("the right side is at most")
            .contains("automatic broadcasting is disabled in this application (spark.sql.autoBroadcastJoinThreshold=-1)");
        String line = Files.readAllLines(page).get(finding.at("/location/line").asInt() - 1);
        assertThat(line).as("the finding's line in the HTML file").contains("SortMergeJoin");
    }

    @Test
    void htmlThatIsNoExecutionPageIsRejectedWithExit2() throws Exception {
        Path list = save("sql-list.html", get(spark.url() + "/SQL/"));
        CliRunner r = CliRunner.run("analyze", list.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("not a Spark UI SQL execution page").doesNotContain("parse-error");
    }

    @Test
    void executionsWithoutAPlanAreOneInfoLine() throws Exception {
        Path dump = save("sql.json", get(spark.applicationApi() + "/sql?details=true&planDescription=false&length=1000"));
        CliRunner r = CliRunner.run("analyze", "--fail-on", "warning", dump.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        List<String> lines = r.out().lines().filter(l -> l.startsWith(dump.toString())).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("info plan-missing").contains("executions have no plan");
    }

    @Test
    void stagesGivenOfflineFindTheSkewAtItsNodeInTheJsonFile() throws Exception {
        long id = spark.execution("skew");
        Path execution = save("skew.json", get(spark.applicationApi() + "/sql/" + id + "?details=true&planDescription=true"));
        Path stages = save("stages.json", get(spark.applicationApi() + "/stages?withSummaries=true"));
        // without stages the stage's skew is not visible (the execution JSON has no per-task distributions); a node's
        // timing metric may still show skew ("Skew at ...") when a loaded machine slows the hot task past minMillis
        assertThat(skewFindings(CliRunner.run("analyze", "--format", "json", execution.toString()).out()))
            .noneMatch(f -> f.get("message").asText().startsWith("Skew in stage"));
        CliRunner r = CliRunner.run("analyze", "--format", "json", "--stages", stages.toString(), execution.toString());
        JsonNode skew = null;
        for (JsonNode f : skewFindings(r.out())) {
            if (f.get("message").asText().startsWith("Skew in stage")) skew = f;
        }
        assertThat(skew).as(r.out()).isNotNull();
        // the location is the operator's node object in the JSON file, not a line inside the plan string
        List<String> json = Files.readAllLines(execution);
        int line = skew.at("/location/line").asInt();
        String node = String.join("\n", json.subList(line - 1, Math.min(json.size(), line + 3)));
        assertThat(node).contains("\"nodeName\"").contains("Join");
        assertThat(skew.at("/location/operatorId").asText()).isNotBlank();
    }

    private static List<JsonNode> skewFindings(String jsonReport) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(jsonReport).at("/inputs/0/findings")) {
            if (f.get("ruleId").asText().equals("plan-skew")) out.add(f);
        }
        return out;
    }

    @Test
    void environmentGivenOfflineSetsTheBroadcastThreshold() throws Exception {
        long id = spark.execution("smj-aggregate-side");
        Path execution = save("smj.json", get(spark.applicationApi() + "/sql/" + id + "?details=true&planDescription=true"));
        Path environment = save("environment.json", get(spark.applicationApi() + "/environment"));
        assertThat(CliRunner.run("analyze", execution.toString()).out()).contains("Spark's default 10.0 MiB broadcast threshold");
        assertThat(CliRunner.run("analyze", "--environment", environment.toString(), execution.toString()).out())
            .contains("this application's spark.sql.autoBroadcastJoinThreshold=10MB (10.0 MiB)");
    }

    @Test
    void badStagesFileIsAUsageError() throws Exception {
        Path execution = save("e.json", get(spark.applicationApi() + "/sql/" + spark.execution("skew") + "?details=true&planDescription=true"));
        Path bad = save("stages.json", "{\"not\": \"stages\"}");
        CliRunner r = CliRunner.run("analyze", "--stages", bad.toString(), execution.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().trim().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--stages").contains("not a Spark /stages answer");
    }

    @Test
    void severalPlansInOneFileAreAnalysedSeparately() throws Exception {
        StringBuilder file = new StringBuilder("# plans of the fixture application\n");
        for (String q : List.of("tiny-cross", "cartesian", "union-distinct")) {
            JsonNode e = new ObjectMapper().readTree(get(spark.applicationApi() + "/sql/" + spark.execution(q) + "?details=true&planDescription=true"));
            file.append("-- ").append(q).append('\n').append(e.get("planDescription").asText()).append("\n==========\n");
        }
        Path plans = save("plans.plan", file.toString());
        CliRunner r = CliRunner.run("analyze", plans.toString());
        assertThat(r.out()).contains("info plan-cartesian-product [operator 5] plan 1: ")
            .contains("warning plan-cartesian-product [operator 5] plan 2: ")
            .contains("info plan-union-distinct [operator 8] plan 3: ")
            .doesNotContain("parse-error");
        List<String> lines = Files.readAllLines(plans);
        for (String l : r.out().lines().filter(l -> l.startsWith(plans + ":")).toList()) {
            int n = Integer.parseInt(l.substring(plans.toString().length() + 1, l.indexOf(':', plans.toString().length() + 1)));
            String op = l.substring(l.indexOf("[operator ") + "[operator ".length(), l.indexOf(']', l.indexOf("[operator ")));
            assertThat(lines.get(n - 1)).as(l).contains("(" + op + ")");
        }
    }

    @Test
    void liveApplicationUsesItsEnvironment() {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--execution", String.valueOf(spark.execution("smj-aggregate-side")));
        assertThat(r.out()).as(r.err()).contains("plan-smj-could-broadcast")
            .contains("this application's spark.sql.autoBroadcastJoinThreshold=10MB (10.0 MiB)");
    }
}
