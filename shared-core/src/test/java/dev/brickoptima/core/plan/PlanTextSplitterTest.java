package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Several plans in one text: split at headers, separators, comments and new roots, never inside one plan. */
class PlanTextSplitterTest {
    private static final String FORMATTED = RestJsonText.formattedTinyCross();

    @Test
    void everyTpcdsPlanIsOnePiece() throws IOException {
        for (Path p : TpcdsPlanParseTest.planFiles()) {
            assertThat(PlanTextSplitter.split(Files.readString(p))).as(p.getFileName().toString()).hasSize(1);
        }
    }

    @Test
    void plansSeparatedByCommentsAndSeparatorLines() throws IOException {
        String all = RestJson.text(RestJson.FIXTURE_SAMPLES + "explain-classic.plan");
        String[] plans = all.split("(?m)^-- .*\n");
        String joined = "# first\n" + plans[1] + "----------\n" + plans[2] + "=====\n\n" + plans[3] + "// last one\n" + plans[4];
        List<PlanTextSplitter.Piece> pieces = PlanTextSplitter.split(joined);
        assertThat(pieces).hasSize(4);
        assertThat(pieces.get(0).text()).startsWith("== Physical Plan ==").contains("Range (0, 100,");
        assertThat(pieces.get(1).firstLine()).isEqualTo(joined.substring(0, joined.indexOf(plans[2])).split("\n", -1).length);
        for (PlanTextSplitter.Piece p : pieces) assertThat(joined.substring(p.start(), p.end())).isEqualTo(p.text());
    }

    @Test
    void plansOneAfterTheOtherWithoutSeparators() {
        String classic = "*(1) Project [id#0L]\n+- *(1) Range (0, 10, step=1, splits=2)\n";
        String text = classic + "\n" + FORMATTED + "\n" + "== Physical Plan ==\n" + classic + "\n" + classic;
        List<PlanTextSplitter.Piece> pieces = PlanTextSplitter.split(text);
        assertThat(pieces).hasSize(4);
        assertThat(pieces.get(1).text()).contains("(5) CartesianProduct").contains("(1) Range");
    }

    @Test
    void explainExtendedIsOnePlanAndTwoAreTwo() {
        String ext = "== Parsed Logical Plan ==\n'Project [*]\n+- 'UnresolvedRelation [t]\n\n== Analyzed Logical Plan ==\nid: bigint\n"
            + "Project [id#0L]\n+- Range (0, 10, step=1, splits=Some(2))\n\n== Optimized Logical Plan ==\nRange (0, 10, step=1, splits=Some(2))\n\n"
            + "== Physical Plan ==\n*(1) Range (0, 10, step=1, splits=2)\n";
        assertThat(PlanTextSplitter.split(ext)).hasSize(1);
        assertThat(PlanTextSplitter.split(ext + "\n" + ext)).hasSize(2);
    }

    @Test
    void documentFindingsPointIntoTheWholeTextAndABadPlanLosesNothingElse() {
        PlanAnalyzer analyzer = new PlanAnalyzer(AnalyzerConfig.defaults());
        String broken = "== Physical Plan ==\n+- orphan line without a root\n";
        String text = "Query 1:\n" + FORMATTED + "\n-- next\n" + broken + "-- and\n" + FORMATTED;
        List<PlanTextDocument.Part> parts = PlanTextDocument.analyze(analyzer, text);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(1).analysis().plan()).isNull();
        assertThat(parts.get(1).analysis().findings()).extracting(Finding::ruleId).containsExactly("parse-error");
        Finding second = parts.get(2).analysis().findings().stream().filter(f -> f.ruleId().equals("plan-cartesian-product")).findFirst().orElseThrow();
        String line = text.split("\n", -1)[second.location().line() - 1];
        assertThat(line).contains("CartesianProduct Inner (5)");
        assertThat(text.substring(second.location().start(), second.location().end())).contains("CartesianProduct Inner (5)");
    }

    @Test
    void sparkSizeStrings() {
        assertThat(SparkConfValues.bytes("10485760")).isEqualTo(10485760d);
        assertThat(SparkConfValues.bytes("10MB")).isEqualTo(10485760d);
        assertThat(SparkConfValues.bytes("10m")).isEqualTo(10485760d);
        assertThat(SparkConfValues.bytes(" 1g ")).isEqualTo(1073741824d);
        assertThat(SparkConfValues.bytes("-1")).isEqualTo(-1d);
        assertThat(SparkConfValues.bytes("lots")).isNaN();
        assertThat(SparkConfValues.bytes("10 parsecs")).isNaN();
    }

    /** The formatted plan of the fixture's 'tiny-cross' execution, from the captured REST answer. */
    private static final class RestJsonText {
        static String formattedTinyCross() {
            try {
                return RestJson.fixtureExecution(10).planDescription();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
