package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

/** SARIF related locations (where SQL held in a constant is executed) and results of rules the registry does not know. */
class SarifRelatedLocationsTest {
    private static final Path BASE = Path.of("/ws/project").toAbsolutePath();
    private static final ReportContext CTX = new ReportContext("1.2.3", BASE);
    private static final String JAVA = "class A {\n  static final String Q = \"SELECT * FROM t\";\n  void run() {\n    s.execute(Q);\n"
        + "    s.executeQuery(Q);\n  }\n}\n";
    private static final Finding STAR = new Finding("select-star", Severity.WARNING, "SELECT * reads every column",
        new Location(42, 43, 2, 33, 2, 34, null), List.of(), null,
        List.of(new Location(70, 82, 4, 5, 4, 17, null), new Location(90, 107, 5, 5, 5, 22, null)));

    private static JsonNode result(AnalyzedInput in) throws Exception {
        return new ObjectMapper().readTree(SarifReportWriter.write(List.of(in), CTX)).path("runs").get(0).path("results").get(0);
    }

    @Test
    void eachPlaceTheSqlIsExecutedIsARelatedLocation() throws Exception {
        JsonNode r = result(new AnalyzedInput(new InputReport("src/A.java", "java", 1, List.of(STAR), List.of()), JAVA,
            BASE.resolve("src/A.java")));
        assertThat(r.path("relatedLocations").toString()).isEqualTo("[{\"id\":1,\"physicalLocation\":{\"artifactLocation\":"
            + "{\"uri\":\"src/A.java\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":4,\"startColumn\":5,\"endLine\":4,"
            + "\"endColumn\":17}},\"message\":{\"text\":\"the SQL is executed here\"}},{\"id\":2,\"physicalLocation\":"
            + "{\"artifactLocation\":{\"uri\":\"src/A.java\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":5,"
            + "\"startColumn\":5,\"endLine\":5,\"endColumn\":22}},\"message\":{\"text\":\"the SQL is executed here\"}}]");
    }

    @Test
    void noRelatedLocationsWithoutAFileOrLinesInIt() throws Exception {
        assertThat(result(new AnalyzedInput(new InputReport("live", "java", 1, List.of(STAR), List.of()), JAVA, null))
            .has("relatedLocations")).isFalse();
        assertThat(result(new AnalyzedInput(new InputReport("src/A.java", "java", 1, List.of(STAR), List.of()), null,
            BASE.resolve("src/A.java"))).has("relatedLocations")).isFalse();
        assertThat(result(new AnalyzedInput(new InputReport("q.json", "pg-query", 1, List.of(STAR), List.of()), JAVA,
            BASE.resolve("q.json"))).has("relatedLocations")).isFalse();
        Finding alone = new Finding("select-star", Severity.WARNING, "m", new Location(42, 43, 2, 33, 2, 34, null), List.of(), null);
        assertThat(result(new AnalyzedInput(new InputReport("src/A.java", "java", 1, List.of(alone), List.of()), JAVA,
            BASE.resolve("src/A.java"))).has("relatedLocations")).isFalse();
    }

    @Test
    void aRuleTheRegistryDoesNotKnowHasNoRuleIndex() throws Exception {
        Finding custom = new Finding("team-custom-rule", Severity.ERROR, "m", new Location(0, 5, 1, 1, 1, 6, null), List.of(), null);
        JsonNode r = result(new AnalyzedInput(new InputReport("q.sql", "sql", 1, List.of(custom), List.of()), "SELECT 1",
            BASE.resolve("q.sql")));
        assertThat(r.path("ruleId").asText()).isEqualTo("team-custom-rule");
        assertThat(r.has("ruleIndex")).isFalse();
        assertThat(r.path("level").asText()).isEqualTo("error");
    }
}
