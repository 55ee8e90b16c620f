package dev.brickoptima.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark UI pages saved to files (captured, see resources/spark-ui/SOURCE.md): the plan of an execution page, or exit 2. */
class SavedSparkPageTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/spark-ui/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void pageSavedByABrowserAfterItsScriptsRan() throws IOException {
        Path page = copy("execution-page-saved-by-chromium.html");
        CliRunner r = CliRunner.run("analyze", "--fail-on", "warning", page.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.FINDINGS);
        String finding = r.out().lines().filter(l -> l.contains("plan-smj-could-broadcast")).findFirst().orElseThrow();
        assertThat(finding).contains("[operator 15]").contains("spark.sql.autoBroadcastJoinThreshold=-1");
        int line = Integer.parseInt(finding.split(":")[1]);
        List<String> html = Files.readAllLines(page);
        assertThat(html.get(line - 1)).contains("SortMergeJoin Inner (15)");
    }

    @Test
    void annotationsCarryTheLineInTheSavedPage() throws IOException {
        Path page = copy("execution-page-saved-by-chromium.html");
        CliRunner r = CliRunner.run("analyze", "--format", "github", "--base-dir", dir.toString(), page.toString());
        String annotation = r.out().lines().filter(l -> l.contains("title=plan-smj-could-broadcast")).findFirst().orElseThrow();
        int line = Integer.parseInt(annotation.substring(annotation.indexOf(",line=") + 6, annotation.indexOf(",col=")));
        assertThat(Files.readAllLines(page).get(line - 1)).contains("SortMergeJoin Inner (15)");
    }

    @Test
    void otherSparkPagesAreRejectedWithExit2() throws IOException {
        Path list = copy("sql-list-page.html");
        CliRunner r = CliRunner.run("analyze", list.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains(list + ": error: an HTML file that is not a Spark UI SQL execution page");
        assertThat(r.out()).doesNotContain("parse-error");
    }
}
