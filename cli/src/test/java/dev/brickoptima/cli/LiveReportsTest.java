package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports and baselines on real plans of the Spark fixture: live executions and saved plan files. */
class LiveReportsTest {
    private static FixtureState spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void fixture() throws Exception {
        spark = SparkFixture.shared();
        SarifReportTest.loadSchema();
    }

    @Test
    void liveExecutionsInSarifHaveLogicalLocationsAndValidate() throws Exception {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--execution", String.valueOf(spark.execution("cartesian")), "--format", "sarif");
        JsonNode root = SarifReportTest.valid(r.out());
        JsonNode loc = root.at("/runs/0/results/0/locations/0/logicalLocations/0/fullyQualifiedName");
        assertThat(loc.asText()).contains("execution " + spark.execution("cartesian")).contains("operator");
        assertThat(root.at("/runs/0/results/0/partialFingerprints/brickoptima~1v1").asText()).matches("[0-9a-f]{16}:\\d+");
    }

    @Test
    void liveExecutionsInHtmlShowThePlanWithTheFlaggedOperator() {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--execution", String.valueOf(spark.execution("cartesian")), "--format", "html");
        assertThat(r.out()).contains("<ul class=\"tree\">").containsPattern("class=\"node flagged sev-(warning|error)\"><span class=\"label\">\\(\\d+\\) CartesianProduct");
    }

    private static String[] args(String... a) {
        return a;
    }

    @Test
    void baselineOfRealPlanFilesSurvivesRecapture() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String name : new String[] {"cartesian", "exploding-join", "nested-loop"}) {
            String json = CompareCommandTest.get(spark.applicationApi() + "/sql/" + spark.execution(name) + "?details=true&planDescription=true");
            Files.writeString(plans.resolve(name + ".json"), json);
            Files.writeString(plans.resolve(name + ".plan"), new ObjectMapper().readTree(json).get("planDescription").asText());
        }
        Path baseline = dir.resolve("baseline.json");
        // REST JSON is named explicitly (directories are walked for *.sql, *.plan and *.explain.txt only)
        String[] inputs = {plans.toString(), plans.resolve("cartesian.json").toString(), plans.resolve("exploding-join.json").toString(),
            plans.resolve("nested-loop.json").toString()};
        assertThat(CliRunner.run(args("baseline", "-o", baseline.toString(), "--base-dir", dir.toString()), inputs).code()).isZero();
        int recorded = new ObjectMapper().readTree(baseline.toFile()).get("findings").size();
        // cartesian and nested-loop in text and JSON, the exploding join in JSON (a cartesian product is one finding)
        assertThat(recorded).isGreaterThanOrEqualTo(5);
        // captured again: JSON pretty-printed, plan text with blank lines above
        for (String name : new String[] {"cartesian", "exploding-join", "nested-loop"}) {
            Path json = plans.resolve(name + ".json");
            Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new ObjectMapper().readTree(json.toFile())));
            Path plan = plans.resolve(name + ".plan");
            Files.writeString(plan, "\n\n" + Files.readString(plan));
        }
        CliRunner again = CliRunner.run(args("analyze", "--baseline", baseline.toString(), "--base-dir", dir.toString(), "--fail-on", "info"), inputs);
        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).contains("0 new, " + recorded + " known (not reported), 0 fixed");
        // a different plan in place of one of them: its findings are new, the old ones fixed
        String skew = CompareCommandTest.get(spark.applicationApi() + "/sql/" + spark.execution("skew") + "?details=true&planDescription=true");
        Files.writeString(plans.resolve("cartesian.plan"), new ObjectMapper().readTree(skew).get("planDescription").asText());
        CliRunner changed = CliRunner.run(args("analyze", "--baseline", baseline.toString(), "--base-dir", dir.toString(), "--fail-on", "info"), inputs);
        assertThat(changed.err()).contains("fixed: plans/cartesian.plan");
    }
}
