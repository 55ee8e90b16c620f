package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.jvm.code.JavaFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brickoptima analyze} on Java sources: the shared fixture set, explicit files, directories, other files. */
class JavaSourcesTest {
    @TempDir
    Path dir;

    /** File name -> "rule LINE:COL-END" of each finding in a JSON report, sorted. */
    private static Map<String, List<String>> findings(JsonNode report) {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode in : report.get("inputs")) {
            List<String> list = new ArrayList<>();
            for (JsonNode f : in.get("findings")) {
                list.add(f.get("ruleId").asText() + " " + f.at("/location/line").asInt() + ":" + f.at("/location/column").asInt()
                    + "-" + f.at("/location/endColumn").asInt());
            }
            Collections.sort(list);
            out.put(Path.of(in.get("path").asText()).getFileName().toString(), list);
        }
        return out;
    }

    private static JsonNode json(CliRunner r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theSharedJavaFixturesGiveTheMarkedFindingsWithAndWithoutAClasspath() throws Exception {
        Map<String, List<String>> expected = new TreeMap<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) expected.put(f.getKey(), JavaFixtures.expected(f.getValue()));
        CliRunner byName = CliRunner.run("analyze", "--format", "json", JavaFixtures.SOURCES.toString());
        assertThat(findings(json(byName))).isEqualTo(expected);
        assertThat(byName.code()).isEqualTo(ExitCode.FINDINGS);
        Path stubs = JavaFixtures.compiledStubs(dir.resolve("stubs"));
        CliRunner withClasspath = CliRunner.run("analyze", "--format", "json", "--classpath", stubs.toString(), JavaFixtures.SOURCES.toString());
        assertThat(findings(json(withClasspath))).isEqualTo(expected);
    }

    @Test
    void theFixesInTheReportAreTheExpectedOnes() throws Exception {
        JsonNode report = json(CliRunner.run("analyze", "--format", "json", JavaFixtures.SOURCES.toString()));
        List<String> fixes = new ArrayList<>();
        for (JsonNode in : report.get("inputs")) {
            String file = Path.of(in.get("path").asText()).getFileName().toString();
            for (JsonNode f : in.get("findings")) {
                for (JsonNode fix : f.get("fixes")) {
                    if (fix.get("edits").isEmpty()) continue;
                    StringBuilder sb = new StringBuilder(file + " " + f.get("ruleId").asText() + " " + f.at("/location/line").asInt() + ":"
                        + f.at("/location/column").asInt() + "-" + f.at("/location/endColumn").asInt() + " | " + fix.get("description").asText());
                    for (JsonNode e : fix.get("edits")) {
                        sb.append(" | ").append(e.get("start").asInt()).append('-').append(e.get("end").asInt()).append(':')
                            .append(e.get("replacement").asText().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
                    }
                    fixes.add(sb.toString());
                }
            }
        }
        // the report lists the rule fixes; suppressions are an IDE action
        assertThat(fixes).isEqualTo(JavaFixtures.expectedFixes().stream().filter(l -> !l.contains(" | suppression ")).toList());
    }

    @Test
    void aJavaFileNamedExplicitlyIsAnalysedAsJavaAtThePositionsInsideTheLiteral() throws Exception {
        Path dao = write("Dao.java", "import java.sql.*;\nclass Dao {\n  ResultSet f(Statement st, String n) throws SQLException {\n"
            + "    return st.executeQuery(\"SELECT * FROM t WHERE n = '\" + n + \"'\");\n  }\n}\n");
        CliRunner r = CliRunner.run("analyze", dao.toString());
        assertThat(r.out()).contains(dao + ":4:36: warning select-star")
            .contains(dao + ":4:60: error sql-injection SQL injection risk: 'n' is concatenated into SQL that Statement.executeQuery runs")
            .doesNotContain("parse-error");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void sarifAndGithubReportsPointIntoTheJavaSource() throws Exception {
        Path dao = write("Dao.java", "import java.sql.*;\nclass Dao {\n  ResultSet f(Connection c, String n) throws SQLException {\n"
            + "    Statement st = c.createStatement();\n"
            + "    return st.executeQuery(\"SELECT * FROM t WHERE n = '\" + n + \"'\");\n  }\n}\n");
        JsonNode sarif = new ObjectMapper().readTree(CliRunner.run("analyze", "--format", "sarif", dao.toString()).out());
        JsonNode injection = null;
        for (JsonNode r : sarif.at("/runs/0/results")) if (r.get("ruleId").asText().equals("sql-injection")) injection = r;
        assertThat(injection).isNotNull();
        assertThat(injection.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(injection.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(60);
        assertThat(injection.at("/fixes/0/description/text").asText()).isEqualTo("Use a PreparedStatement with bind parameters");
        assertThat(injection.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText()).isEmpty(); // the Statement line goes
        assertThat(CliRunner.run("analyze", "--format", "github", dao.toString()).out()).contains(",line=5,col=60");
    }

    @Test
    void directoriesAreScannedForJavaSources() throws Exception {
        write("src/main/java/a/Job.java", "package a;\nclass Job {\n  String q = \"DELETE FROM app.events\";\n}\n");
        write("src/main/resources/notes.txt", "SELECT * FROM ignored");
        CliRunner r = CliRunner.run("analyze", dir.resolve("src").toString());
        assertThat(r.out()).contains("Job.java:3:15: error delete-update-without-where").doesNotContain("notes.txt");
    }

    @Test
    void aFileThatIsNeitherSqlAPlanNorJavaIsAOneLineErrorWithExitCode2() throws Exception {
        Path readme = write("README.md", "# Project\n\nSome text about SELECT statements.\n");
        Path ok = write("q.txt", "-- a query\nSELECT 1");
        CliRunner r = CliRunner.run("analyze", readme.toString(), ok.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains(readme + ": error: not SQL, a Spark plan or Java source").doesNotContain("parse-error");
        assertThat(r.out().lines().filter(l -> l.contains("README.md"))).hasSize(1);
    }

    @Test
    void aMissingClasspathEntryIsAUsageError() throws Exception {
        Path dao = write("Dao.java", "class Dao {}\n");
        CliRunner r = CliRunner.run("analyze", "--classpath", dir.resolve("nope.jar").toString(), dao.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("classpath entry").contains("does not exist");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
