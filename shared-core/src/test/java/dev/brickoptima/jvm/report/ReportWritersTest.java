package dev.brickoptima.jvm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.report.Baseline;
import dev.brickoptima.core.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every report format written for the same inputs ({@link ReportInputs}: file findings with fixes and hints, an operator
 * finding, a live execution, an unreadable file, a file outside the base directory), compared whole with the expected
 * files under {@code report/}; SARIF, whose rule section follows the catalog, is checked field by field.
 */
class ReportWritersTest {
    static final Path BASE = Path.of("/ws/project").toAbsolutePath();
    static final ReportContext CTX = new ReportContext("1.2.3", BASE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String expected(String name) throws IOException {
        try (InputStream in = ReportWritersTest.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("/ws/elsewhere", BASE.getParent().resolve("elsewhere").toString());
        }
    }

    /** The HTML without its inline style sheet and script (their own files; they change with the look, not the data). */
    static String withoutAssets(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "<style/>").replaceAll("(?s)<script>.*?</script>", "<script/>");
    }

    @Test
    void text() throws IOException {
        assertThat(TextReportWriter.write(ReportInputs.reports(BASE))).isEqualTo(expected("expected.txt"));
        assertThat(TextReportWriter.write(List.of(ReportInputs.reports(BASE).get(2)))).endsWith("1 finding (0 error, 1 warning, 0 info) in 1 input\n");
        assertThat(TextReportWriter.write(List.of())).isEqualTo("0 findings (0 error, 0 warning, 0 info) in 0 inputs\n");
    }

    @Test
    void json() throws IOException {
        assertThat(JsonReportWriter.write(ReportInputs.reports(BASE), "1.2.3")).isEqualTo(expected("expected.json"));
    }

    @Test
    void githubAnnotations() throws IOException {
        assertThat(GithubAnnotationWriter.write(ReportInputs.inputs(BASE), CTX)).isEqualTo(expected("expected.github.txt"));
        assertThat(GithubAnnotationWriter.data("50%\r\nx:y,z")).isEqualTo("50%25%0D%0Ax:y,z");
        assertThat(GithubAnnotationWriter.property("50%\r\nx:y,z")).isEqualTo("50%25%0D%0Ax%3Ay%2Cz");
    }

    @Test
    void codeClimate() throws IOException {
        assertThat(CodeClimateReportWriter.write(ReportInputs.inputs(BASE), CTX)).isEqualTo(expected("expected.codeclimate.json"));
    }

    @Test
    void html() throws IOException {
        String html = HtmlReportWriter.write(ReportInputs.inputs(BASE), CTX);
        assertThat(withoutAssets(html)).isEqualTo(expected("expected.html"));
        // the inline assets are there (the report opens offline)
        assertThat(html).contains("<style>").contains("<script>").doesNotContain("<link").doesNotContain(" src=");
    }

    @Test
    void baselineWrittenSortedAndReadBack() throws IOException {
        List<Baseline.Entry> entries = BaselineFile.entries(ReportInputs.inputs(BASE), CTX);
        String file = BaselineFile.write(entries, "1.2.3");
        assertThat(file).isEqualTo(expected("expected.baseline.json"));
        Baseline back = BaselineFile.read(file);
        assertThat(back.entries()).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(back.compare(entries).newCount()).isZero();
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedWithOneLine() {
        assertThatThrownBy(() -> BaselineFile.read("{")).hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> BaselineFile.read("{\"findings\": []}"))
            .hasMessage("not a BrickOptima baseline (no 'brickoptimaBaseline' and 'findings')");
        assertThatThrownBy(() -> BaselineFile.read("{\"brickoptimaBaseline\": 1, \"findings\": {}}"))
            .hasMessage("not a BrickOptima baseline (no 'brickoptimaBaseline' and 'findings')");
        assertThatThrownBy(() -> BaselineFile.read("{\"brickoptimaBaseline\": 2, \"findings\": []}"))
            .hasMessage("baseline version 2 is not supported (expected 1)");
        assertThatThrownBy(() -> BaselineFile.read("{\"brickoptimaBaseline\": 1, \"findings\": [{\"path\": \"a\", \"ruleId\": \"r\"}]}"))
            .hasMessage("a finding lacks path, ruleId or fingerprint");
        Baseline minimal = BaselineFile.read("{\"brickoptimaBaseline\": 1, \"findings\": [{\"path\": \"a\", \"ruleId\": \"r\", \"fingerprint\": \"f\"}]}");
        assertThat(minimal.entries()).containsExactly(new Baseline.Entry("a", "r", "f", 0, ""));
    }

    @Test
    void sarif() throws IOException {
        JsonNode root = JSON.readTree(SarifReportWriter.write(ReportInputs.inputs(BASE), CTX));
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("BrickOptima");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.path("semanticVersion").asText()).isEqualTo("1.2.3");
        assertThat(driver.path("rules")).hasSize(RuleRegistry.all().size());
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo(SourcePaths.fileUri(BASE, true));

        JsonNode results = run.path("results");
        assertThat(results).hasSize(6);
        JsonNode star = results.get(0);
        assertThat(star.path("ruleId").asText()).isEqualTo("select-star");
        assertThat(driver.path("rules").get(star.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("select-star");
        assertThat(star.path("level").asText()).isEqualTo("warning");
        assertThat(star.path("message").path("text").asText()).isEqualTo("SELECT * reads every column");
        JsonNode phys = star.path("locations").get(0).path("physicalLocation");
        assertThat(phys.path("artifactLocation").path("uri").asText()).isEqualTo("q/report.sql");
        assertThat(phys.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(phys.path("region").toString()).isEqualTo("{\"startLine\":1,\"startColumn\":8,\"endLine\":1,\"endColumn\":9}");
        assertThat(star.path("partialFingerprints").path("brickoptima/v1").asText()).isEqualTo("788c6bf7a6b2bbfe:1");
        // the fix with edits is a SARIF fix; the hint is not
        assertThat(star.path("fixes")).hasSize(1);
        JsonNode fix = star.path("fixes").get(0);
        assertThat(fix.path("description").path("text").asText()).isEqualTo("Replace * with the columns used");
        JsonNode change = fix.path("artifactChanges").get(0);
        assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo("q/report.sql");
        assertThat(change.path("replacements").toString())
            .isEqualTo("[{\"deletedRegion\":{\"charOffset\":7,\"charLength\":1},\"insertedContent\":{\"text\":\"a, b\"}}]");

        assertThat(results.get(1).path("level").asText()).isEqualTo("error");
        JsonNode info = results.get(2);
        assertThat(info.path("level").asText()).isEqualTo("note");
        assertThat(info.path("locations").get(0).path("physicalLocation").path("region").toString())
            .isEqualTo("{\"startLine\":2,\"startColumn\":1,\"endLine\":3,\"endColumn\":20}");
        assertThat(info.has("fixes")).isFalse();

        JsonNode plan = results.get(3);
        assertThat(plan.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
            .isEqualTo("plans/slow%20plan.txt");
        assertThat(plan.path("locations").get(0).path("logicalLocations").toString()).isEqualTo("[{\"name\":\"operator 3\",\"kind\":\"element\"}]");
        assertThat(plan.path("properties").path("operatorId").asText()).isEqualTo("3");
        assertThat(plan.has("fixes")).isFalse(); // a hint only

        JsonNode live = results.get(4);
        assertThat(live.path("locations").get(0).has("physicalLocation")).isFalse();
        assertThat(live.path("locations").get(0).path("logicalLocations").toString())
            .isEqualTo("[{\"fullyQualifiedName\":\"http://ui:4040 execution 3 operator 12\",\"kind\":\"resource\"}]");
        assertThat(live.has("fixes")).isFalse();

        JsonNode outside = results.get(5).path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertThat(outside.path("uri").asText()).isEqualTo(SourcePaths.fileUri(BASE.getParent().resolve("elsewhere/x.sql"), false));
        assertThat(outside.has("uriBaseId")).isFalse();

        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode note = invocation.path("toolExecutionNotifications").get(0);
        assertThat(note.path("level").asText()).isEqualTo("error");
        assertThat(note.path("message").path("text").asText()).isEqualTo("bad.sql: cannot read: permission denied");
        assertThat(note.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("bad.sql");
        assertThat(note.path("locations").get(0).path("physicalLocation").has("region")).isFalse();

        // without errors the run succeeded
        JsonNode clean = JSON.readTree(SarifReportWriter.write(List.of(ReportInputs.reports(BASE).get(0)), "9"));
        assertThat(clean.path("runs").get(0).path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
        assertThat(clean.path("runs").get(0).path("results").get(0).path("locations").get(0).path("logicalLocations").get(0)
            .path("fullyQualifiedName").asText()).isEqualTo("q/report.sql");
    }

    @Test
    void sarifRulesCarryHelpConfigurationAndSecurityScores() throws IOException {
        JsonNode rules = JSON.readTree(SarifReportWriter.write(List.of(), "1")).path("runs").get(0).path("tool").path("driver").path("rules");
        JsonNode star = null;
        JsonNode injection = null;
        JsonNode inList = null;
        for (JsonNode r : rules) {
            if (r.path("id").asText().equals("select-star")) star = r;
            if (r.path("id").asText().equals("sql-injection-risk")) injection = r;
            if (r.path("id").asText().equals("large-in-list")) inList = r;
        }
        assertThat(star.path("name").asText()).isEqualTo("select-star");
        assertThat(star.path("shortDescription").path("text").asText()).isEqualTo(RuleRegistry.byId("select-star").title());
        assertThat(star.path("helpUri").asText()).endsWith("#select-star");
        assertThat(star.path("help").path("text").asText()).contains(" Bad: ").contains(" Good: ");
        assertThat(star.path("help").path("markdown").asText()).endsWith("[Rule documentation](" + star.path("helpUri").asText() + ")");
        assertThat(star.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        assertThat(star.path("defaultConfiguration").has("parameters")).isFalse();
        assertThat(star.path("properties").path("tags").get(0).asText()).isEqualTo("performance");
        assertThat(star.path("properties").has("security-severity")).isFalse();
        assertThat(star.path("properties").path("precision").asText()).isEqualTo("high");
        assertThat(injection.path("properties").path("security-severity").asText()).isEqualTo("8.8");
        assertThat(injection.path("properties").path("tags").get(0).asText()).isEqualTo("security");
        assertThat(inList.path("defaultConfiguration").path("parameters").path("max").isNumber()).isTrue();
    }

    @Test
    void securityScoresByRuleAndBySeverity() {
        assertThat(SecuritySeverity.of(RuleRegistry.byId("sql-injection-risk"))).isEqualTo("8.8");
        assertThat(SecuritySeverity.of(RuleRegistry.byId("grant-to-public"))).isEqualTo("6.5");
        assertThat(SecuritySeverity.of(RuleRegistry.byId("column-not-in-group-by"))).isEqualTo("8.0");   // an error
        assertThat(SecuritySeverity.of(RuleRegistry.byId("select-star"))).isEqualTo("5.5");       // a warning
        assertThat(SecuritySeverity.of(RuleRegistry.byId("order-by-without-limit"))).isEqualTo("3.0");
    }

    @Test
    void inputKindsDecideWhetherOffsetsAndLinesApply() {
        List<AnalyzedInput> in = ReportInputs.inputs(BASE);
        assertThat(in.get(0).offsetsInText()).isTrue();
        assertThat(in.get(0).linesInFile()).isTrue();
        assertThat(in.get(2).offsetsInText()).isFalse();
        assertThat(in.get(2).linesInFile()).isFalse();
        assertThat(in.get(3).offsetsInText()).isFalse();
        assertThat(in.get(3).linesInFile()).isFalse();
        for (String kind : new String[] {"sql", "plan", "pg-plan", "java"}) {
            AnalyzedInput a = new AnalyzedInput(new dev.brickoptima.core.report.InputReport("f", kind, 0, List.of(), List.of()), "x", BASE.resolve("f"));
            assertThat(a.offsetsInText()).as(kind).isTrue();
            assertThat(a.linesInFile()).as(kind).isTrue();
            assertThat(new AnalyzedInput(a.report(), "x", null).linesInFile()).as(kind).isFalse();
        }
        AnalyzedInput rest = new AnalyzedInput(new dev.brickoptima.core.report.InputReport("f.json", "spark-execution", 0, List.of(), List.of()), "{}", BASE.resolve("f.json"));
        assertThat(rest.offsetsInText()).isFalse();
        assertThat(rest.linesInFile()).isTrue();
        assertThat(AnalyzedInput.of(rest.report()).text()).isNull();
    }

    @Test
    void sourcePathsAreRelativeAndPercentEncoded() {
        assertThat(SourcePaths.relative(BASE.resolve("a/b.sql"), BASE)).isEqualTo("a/b.sql");
        assertThat(SourcePaths.relative(BASE, BASE)).isNull();
        assertThat(SourcePaths.relative(BASE.resolveSibling("other/b.sql"), BASE)).isNull();
        assertThat(SourcePaths.encodePath("dir/a b~c-d_e.f/ü%#?")).isEqualTo("dir/a%20b~c-d_e.f/%C3%BC%25%23%3F");
        assertThat(SourcePaths.encodePath("AZaz09")).isEqualTo("AZaz09");
        assertThat(SourcePaths.fileUri(Path.of("/x y/z"), false)).isEqualTo("file:///x%20y/z");
        assertThat(SourcePaths.fileUri(Path.of("/x y/z"), true)).isEqualTo("file:///x%20y/z/");
        assertThat(SourcePaths.fileUri(Path.of("/"), true)).isEqualTo("file:///");
        assertThat(CTX.relativePath(BASE.resolve("q/r.sql"))).isEqualTo("q/r.sql");
        assertThat(CTX.relativePath(Path.of("/other/r.sql"))).isEqualTo("/other/r.sql");
        assertThat(new ReportContext("v", Path.of("/ws/./project/../project")).baseDir()).isEqualTo(BASE);
    }

    @Test
    void unifiedDiffOfFixEdits() {
        String text = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\nl14\nl15\nl16\nl17\nl18\nl19\nl20";
        assertThat(UnifiedDiff.of("a.sql", text, List.of())).isEmpty();
        // one edit in line 2: context 3 lines each side, clipped at the start
        assertThat(UnifiedDiff.of("a.sql", text, List.of(new TextEdit(3, 5, "L2")))).isEqualTo(
            "--- a/a.sql\n+++ b/a.sql\n@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n");
        // edits 7 lines apart share a hunk (their contexts touch); 8 apart do not, and the line the first one added
        // shifts the second hunk's new start
        int l4 = text.indexOf("l4");
        int l11 = text.indexOf("l11");
        int l12 = text.indexOf("l12");
        assertThat(UnifiedDiff.of("a.sql", text, List.of(new TextEdit(l11, l11 + 3, "X"), new TextEdit(l4, l4 + 2, "A\nB"))))
            .isEqualTo("--- a/a.sql\n+++ b/a.sql\n@@ -1,14 +1,15 @@\n l1\n l2\n l3\n-l4\n+A\n+B\n l5\n l6\n l7\n l8\n l9\n l10\n-l11\n+X\n l12\n l13\n l14\n");
        assertThat(UnifiedDiff.of("a.sql", text, List.of(new TextEdit(l12, l12 + 3, "X"), new TextEdit(l4, l4 + 2, "A\nB"))))
            .isEqualTo("--- a/a.sql\n+++ b/a.sql\n@@ -1,7 +1,8 @@\n l1\n l2\n l3\n-l4\n+A\n+B\n l5\n l6\n l7\n"
                + "@@ -9,7 +10,7 @@\n l9\n l10\n l11\n-l12\n+X\n l13\n l14\n l15\n");
        // the last line without a newline, and a deleted line
        int l20 = text.indexOf("l20");
        assertThat(UnifiedDiff.of("a.sql", text, List.of(new TextEdit(l20, l20 + 3, "L20")))).isEqualTo(
            "--- a/a.sql\n+++ b/a.sql\n@@ -17,4 +17,4 @@\n l17\n l18\n l19\n-l20\n\\ No newline at end of file\n+L20\n\\ No newline at end of file\n");
        assertThat(UnifiedDiff.of("b.sql", "a\nb\n", List.of(new TextEdit(0, 2, "")))).isEqualTo(
            "--- a/b.sql\n+++ b/b.sql\n@@ -1,2 +1 @@\n-a\n b\n");
        assertThat(UnifiedDiff.of("c.sql", "a\n", List.of(new TextEdit(0, 2, "")))).isEqualTo(
            "--- a/c.sql\n+++ b/c.sql\n@@ -1 +0,0 @@\n-a\n");
    }
}
