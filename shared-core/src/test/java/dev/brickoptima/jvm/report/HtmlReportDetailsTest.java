package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;

/**
 * The HTML report beyond the golden file of ReportWritersTest: snippet windows of long findings, highlights that end
 * at a line start, the flagged node's worst severity, files collapsed above the limit, inputs with only a plan tree,
 * the inline assets, escaping.
 */
class HtmlReportDetailsTest {
    private static final Path BASE = Path.of("/ws/project").toAbsolutePath();
    private static final ReportContext CTX = new ReportContext("1.2.3", BASE);

    private static String html(AnalyzedInput... inputs) {
        return HtmlReportWriter.write(List.of(inputs), CTX);
    }

    private static AnalyzedInput sql(String text, List<Finding> findings) {
        return new AnalyzedInput(new InputReport("q.sql", "sql", 1, findings, List.of()), text, BASE.resolve("q.sql"));
    }

    private static Finding at(Severity s, int start, int end, int line, int column, int endLine, int endColumn) {
        return new Finding("select-star", s, "m", new Location(start, end, line, column, endLine, endColumn, null), List.of(), null);
    }

    private static List<Integer> snippetLines(String html) {
        List<Integer> lines = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"ln\">(\\d+)</span>").matcher(html);
        while (m.find()) lines.add(Integer.parseInt(m.group(1)));
        return lines;
    }

    @Test
    void aLongFindingShowsTwelveLinesFromTheLineBeforeIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) text.append("SELECT ").append(i).append(";\n");
        int start = text.indexOf("SELECT 3;");
        int end = text.indexOf("SELECT 22;") + "SELECT 22;".length();
        String html = html(sql(text.toString(), List.of(at(Severity.WARNING, start, end, 3, 1, 22, 11))));
        assertThat(snippetLines(html)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(html).contains("<span class=\"ln\">2</span>SELECT 2;\n<span class=\"ln\">3</span><mark>SELECT 3;</mark>\n");
    }

    @Test
    void aFindingOfThirteenLinesIsCutToTwelveAndOneDeepInTheFileShowsThreeLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) text.append("SELECT ").append(i).append(";\n");
        int start = text.indexOf("SELECT 3;");
        int end = text.indexOf("SELECT 13;") + "SELECT 13;".length();
        // lines 2 to 14 with their context: 13 lines, one more than shown
        assertThat(snippetLines(html(sql(text.toString(), List.of(at(Severity.WARNING, start, end, 3, 1, 13, 11))))))
            .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        int deep = text.indexOf("SELECT 20;");
        assertThat(snippetLines(html(sql(text.toString(), List.of(at(Severity.WARNING, deep, deep + 6, 20, 1, 20, 7))))))
            .containsExactly(19, 20, 21);
    }

    @Test
    void aShortFindingShowsOneLineOfContextEachSideAndMarksOnlyItsText() {
        String text = "SELECT a\nFROM t\nWHERE b = 1\nORDER BY a\n";
        int start = text.indexOf("t\n");
        // ends after the newline of line 2: the next line is context, not an empty highlight
        String html = html(sql(text, List.of(at(Severity.WARNING, start, start + 2, 2, 6, 3, 1))));
        assertThat(html).contains("<pre class=\"snippet\"><span class=\"ln\">1</span>SELECT a\n<span class=\"ln\">2</span>FROM "
            + "<mark>t</mark>\n<span class=\"ln\">3</span>WHERE b = 1\n</pre>");
        assertThat(html).doesNotContain("<mark></mark>");
    }

    private static final String PLAN = "== Physical Plan ==\n* Filter (2)\n+- Scan parquet db.t (1)\n\n\n"
        + "(1) Scan parquet db.t\nOutput [1]: [a#1]\n\n(2) Filter [codegen id : 1]\nInput [1]: [a#1]\nCondition : (a#1 > 1)\n";

    private static Finding op(Severity s, String id) {
        return new Finding("plan-cartesian-product", s, "on " + id, Location.ofOperator(id), List.of(), null);
    }

    @Test
    void aFlaggedNodeTakesItsWorstSeverityWhateverTheOrder() {
        String html = html(new AnalyzedInput(new InputReport("p.txt", "plan", 2,
            List.of(op(Severity.WARNING, "2"), op(Severity.ERROR, "2"), op(Severity.ERROR, "1"), op(Severity.INFO, "1")), List.of()),
            PLAN, BASE.resolve("p.txt")));
        assertThat(html).contains("<li><div class=\"node flagged sev-error\"><span class=\"label\">(2) Filter</span>")
            .contains("<li><div class=\"node flagged sev-error\"><span class=\"label\">(1) Scan parquet db.t</span>");
        String infoOnly = html(new AnalyzedInput(new InputReport("p.txt", "plan", 2, List.of(op(Severity.INFO, "1")), List.of()),
            PLAN, BASE.resolve("p.txt")));
        assertThat(infoOnly).contains("<li><div class=\"node\"><span class=\"label\">(2) Filter</span>")
            .contains("<li><div class=\"node flagged sev-info\"><span class=\"label\">(1) Scan parquet db.t</span>");
    }

    @Test
    void anInputWithOnlyAPlanTreeIsShownAndOneWithNothingIsNot() {
        String html = html(new AnalyzedInput(new InputReport("p.txt", "plan", 2, List.of(), List.of()), PLAN, BASE.resolve("p.txt")),
            sql("SELECT 1", List.of()));
        assertThat(html).contains("<details class=\"file\" open data-path=\"p.txt\">")
            .contains("<div class=\"plan\"><h3>Physical plan</h3><ul class=\"tree\">").doesNotContain("data-path=\"q.sql\"");
        // every input analysed: no card for unanalysed ones
        assertThat(html).doesNotContain("inputs not fully analysed");
        String withError = html(new AnalyzedInput(new InputReport("bad.sql", "sql", 0, List.of(), List.of("cannot read")), null,
            BASE.resolve("bad.sql")));
        assertThat(withError).contains("<div class=\"card sev-error\"><span class=\"n\">1</span><span class=\"l\">inputs not fully analysed</span></div>");
    }

    @Test
    void filesWithMoreFindingsThanTheLimitStartCollapsed() {
        String text = "SELECT * FROM t";
        List<Finding> atLimit = new ArrayList<>();
        for (int i = 0; i < HtmlReportWriter.OPEN_LIMIT; i++) atLimit.add(at(Severity.INFO, 7, 8, 1, 8, 1, 9));
        assertThat(html(sql(text, atLimit))).contains("<details class=\"file\" open data-path=\"q.sql\">");
        List<Finding> over = new ArrayList<>(atLimit);
        over.add(at(Severity.INFO, 7, 8, 1, 8, 1, 9));
        assertThat(html(sql(text, over))).contains("<details class=\"file\" data-path=\"q.sql\">");
    }

    @Test
    void theStylesAndScriptAreInlinedWhole() throws IOException {
        String html = html(sql("SELECT 1", List.of()));
        assertThat(html).contains("<style>" + asset("report.css") + "</style>").contains("<script>" + asset("report.js") + "</script>");
    }

    private static String asset(String name) throws IOException {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(s).isNotBlank();
            return s;
        }
    }

    @Test
    void escapingReplacesEveryMarkupCharacter() {
        assertThat(HtmlReportWriter.esc("a<b>c&d\"e'f<")).isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f&lt;");
        assertThat(HtmlReportWriter.esc("<b>")).isEqualTo("&lt;b&gt;");
        assertThat(HtmlReportWriter.esc("plain")).isEqualTo("plain");
        assertThat(HtmlReportWriter.esc(null)).isEmpty();
    }
}
