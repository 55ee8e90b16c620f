package dev.brickoptima.cli;

import dev.brickoptima.sparkfixture.FixtureState;
import dev.brickoptima.sparkfixture.SparkFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --format html} opened in real headless Chromium (Debian's package): the page's script runs, nothing is
 * loaded from outside, and a screenshot is saved to {@code target/html-report.png} for people to look at.
 */
class HtmlReportChromiumTest {
    @TempDir
    Path dir;

    @Test
    void reportWithSqlFindingsFixDiffsAndAFlaggedSparkPlanRendersInChromium() throws Exception {
        Path sql = write("models/daily_sales.sql", "-- daily sales\nSELECT DISTINCT region, count(*) AS n\nFROM sales\nGROUP BY region;\n\n"
            + "SELECT * FROM users WHERE deleted_at = NULL AND name = '<script>alert(1)</script>';\nDELETE FROM audit_log;\n");
        FixtureState spark = SparkFixture.shared();
        String cartesian = CompareCommandTest.get(spark.applicationApi() + "/sql/" + spark.execution("cartesian") + "?details=true&planDescription=true");
        Path plan = write("jobs/cartesian.json", cartesian);
        Path html = dir.resolve("report.html");
        CliRunner r = CliRunner.run("analyze", "--format", "html", "-o", html.toString(), "--base-dir", dir.toString(), sql.toString(), plan.toString());
        assertThat(r.err()).isEmpty();
        String page = Files.readString(html);
        // self-contained: no external script, style, image or font; input text escaped
        assertThat(page).doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(")
            .doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).contains("<mark>DISTINCT</mark>").contains("class=\"del\">-SELECT DISTINCT region")
            .contains("class=\"node flagged sev-warning\"").contains("CartesianProduct");

        int findings = page.split("<article class=\"finding", -1).length - 1;
        assertThat(findings).isGreaterThanOrEqualTo(5);
        String dom = chromium(html, "--dump-dom");
        assertThat(dom).contains(findings + " of " + findings + " findings shown"); // written by the page's script: it ran
        Path png = Path.of("target", "html-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(html, "--screenshot=" + png, "--window-size=1280,2000");
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    @Test
    void tenThousandFindingsStayUsable() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) sb.append("SELECT * FROM t").append(i).append(" WHERE c = NULL;\n");
            write("big/f" + (1000 + i) + ".sql", sb.toString());
            sb.setLength(0);
        }
        Path html = dir.resolve("big.html");
        CliRunner r = CliRunner.run("analyze", "--fail-on", "warning", "--format", "html", "-o", html.toString(), dir.resolve("big").toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        String page = Files.readString(html);
        assertThat(page).contains("20000 findings in 100 inputs");
        assertThat(page.split("<details class=\"file\" open", -1).length - 1).isZero(); // 200 findings per file: collapsed
        String dom = chromium(html, "--dump-dom");
        assertThat(dom).contains("20000 of 20000 findings shown");
        Path png = Path.of("target", "html-report-20000.png").toAbsolutePath();
        chromium(html, "--screenshot=" + png, "--window-size=1280,1000");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /** Runs Debian's chromium headless on a file URL (flags as in DESIGN.md) and returns its standard output. */
    static String chromium(Path html, String... extra) throws Exception {
        String bin = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "chromium";
        List<String> cmd = new ArrayList<>(List.of(bin, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("brickoptima-chromium")));
        cmd.addAll(List.of(extra));
        cmd.add(html.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
