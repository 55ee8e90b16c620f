package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brickoptima spark} end to end against the one real Spark application of the test run. */
class SparkCommandTest {
    private static FixtureState spark;

    @BeforeAll
    static void fixture() {
        spark = SparkFixture.shared();
    }

    @Test
    void cartesianExecutionReportsTheCartesianOperator() throws Exception {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--execution", String.valueOf(spark.execution("cartesian")), "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : root.at("/inputs/0/findings")) {
            rules.add(f.get("ruleId").asText());
            if (f.get("ruleId").asText().equals("plan-cartesian-product")) assertThat(f.at("/location/operatorId").asText()).isNotBlank();
        }
        assertThat(rules).contains("plan-cartesian-product");
    }

    @Test
    void cleanExecutionHasNoWarnings() {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--execution", String.valueOf(spark.execution("clean-agg")), "--fail-on", "warning");
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void wholeApplicationInTextWithExitCodeOnErrors() {
        CliRunner r = CliRunner.run("spark", "--url", spark.url(), "--fail-on", "warning");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("plan-skew").contains("plan-cartesian-product");
    }

    @Test
    void closedPortIsOneLineAndExitCode2() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner r = CliRunner.run("spark", "--url", "http://127.0.0.1:" + port, "--timeout", "2");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().trim().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("brickoptima: ").doesNotContain("Exception\n\tat ");
    }
}
