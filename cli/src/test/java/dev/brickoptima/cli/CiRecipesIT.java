package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipes of docs/ci.md, run as far as they run outside their CI service: every shell command of the GitHub
 * workflow, the GitLab job and the Jenkinsfile, with the packaged jar, in a throwaway git repository; and the
 * pre-commit hook installed in that repository blocking a commit. Steps that need the service itself (checkout, Java
 * setup, the download of a release, SARIF and artifact upload, recordIssues) are not run.
 */
class CiRecipesIT {
    private static final Pattern RECIPE = Pattern.compile("<!-- ci-recipe: ([a-z-]+) -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        Files.copy(Path.of(System.getProperty("brickoptima.jar")), repo.resolve("brickoptima.jar"));
        write("sql/reports/daily sales.sql", "SELECT region, sum(amount) AS total FROM sales GROUP BY region;\n");
        write("sql/legacy.sql", "SELECT id FROM users WHERE deleted_at = NULL;\n");
        write("target/copy/legacy.sql", "DELETE FROM t;\n"); // build output: never analysed
        sh("git init -q . && git config user.email ci@example.com && git config user.name ci", 0);
        // adopting on an existing code base, as docs/ci.md says: record today's findings
        sh("java -jar brickoptima.jar baseline -o .brickoptima-baseline.json .", 0);
        sh("git add -A && git commit -q -m initial", 0);
    }

    @Test
    void githubWorkflowCommandsRun() throws Exception {
        JsonNode workflow = new YAMLMapper().readTree(recipe("github"));
        List<String> runs = new ArrayList<>();
        for (JsonNode step : workflow.at("/jobs/brickoptima/steps")) {
            if (step.has("run") && !step.path("name").asText().equals("Install BrickOptima")) runs.add(step.get("run").asText());
        }
        assertThat(runs).hasSize(3);
        for (String run : runs) sh(run, 0); // the legacy error is in the baseline: the gate passes
        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("brickoptima.sarif").toFile());
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("sql/legacy.sql");
        assertThat(Files.readString(repo.resolve("brickoptima-report.html"))).contains("null-comparison");

        write("sql/new.sql", "DELETE FROM orders;\n");
        Result gate = sh(runs.get(2), 1);
        assertThat(gate.out()).contains("::error file=sql/new.sql,line=1,col=1,").doesNotContain("legacy.sql");
    }

    @Test
    void gitlabJobCommandsRun() throws Exception {
        JsonNode job = new YAMLMapper().readTree(recipe("gitlab")).get("brickoptima");
        List<String> script = new ArrayList<>();
        job.get("script").forEach(s -> script.add(s.asText()));
        for (String line : script) sh(line, 0);
        JsonNode issues = new ObjectMapper().readTree(repo.resolve(job.at("/artifacts/reports/codequality").asText()).toFile());
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).at("/location/path").asText()).isEqualTo("sql/legacy.sql");
        write("sql/new.sql", "DELETE FROM t;\n");                          // an error: the gate fails
        sh(script.get(1), 1);
    }

    @Test
    void jenkinsfileShellStepsRun() throws Exception {
        Matcher m = Pattern.compile("sh '(.*)'").matcher(recipe("jenkins"));
        List<String> steps = new ArrayList<>();
        while (m.find()) steps.add(m.group(1));
        assertThat(steps).hasSize(3);
        for (String s : steps) sh(s, 0);
        assertThat(repo.resolve("brickoptima.sarif")).exists();
        assertThat(repo.resolve("brickoptima-report.html")).exists();
    }

    @Test
    void preCommitHookBlocksACommitWithAnError() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, recipe("pre-commit"));
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        write("sql/bad file.sql", "UPDATE accounts SET balance = 0;\n");
        Result blocked = sh("git add -A && git commit -q -m bad", 1);
        assertThat(blocked.out()).contains("sql/bad file.sql:1:1: error delete-update-without-where");
        Files.writeString(repo.resolve("sql/bad file.sql"), "UPDATE accounts SET balance = 0 WHERE id = 7;\n");
        sh("git add -A && git commit -q -m fixed", 0);
    }

    private String recipe(String name) throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("brickoptima.root"), "docs", "ci.md"));
        Matcher m = RECIPE.matcher(doc);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        throw new AssertionError("docs/ci.md has no recipe '" + name + "'");
    }

    private record Result(int code, String out) {
    }

    /** Runs a command as GitHub Actions runs a step (bash -e -o pipefail) with the test JVM's java first on PATH. */
    private Result sh(String command, int expected) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command)
            .directory(repo.toFile()).redirectErrorStream(true);
        String javaBin = Path.of(ProcessHandle.current().info().command().orElse("java")).getParent().toString();
        pb.environment().put("PATH", javaBin + ":" + System.getenv("PATH"));
        pb.environment().put("BRICKOPTIMA_JAR", repo.resolve("brickoptima.jar").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + "\n" + out).isEqualTo(expected);
        return new Result(p.exitValue(), out);
    }

    private void write(String name, String content) throws Exception {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
