package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlanTextSplitter} on the small cases: which lines are separators, the exact text and place of each piece,
 * leading blank lines, CR LF, and which lines after a blank line continue an EXPLAIN FORMATTED plan.
 */
class PlanTextSplitterEdgesTest {
    private static final String CLASSIC = "Project [a#1]\n+- Range (0, 10, step=1, splits=2)";

    private static List<String> texts(String text) {
        return PlanTextSplitter.split(text).stream().map(PlanTextSplitter.Piece::text).toList();
    }

    @Test
    void separatorLines() {
        for (String s : new String[] {"===", "***", "___", "~~~", "= = =", "-*-", "# note", "-- note", "// note", "#", "--"}) {
            assertThat(PlanTextSplitter.isSeparator(s)).as(s).isTrue();
        }
        for (String s : new String[] {"==", "**", "== Physical Plan ==", "===== Subqueries =====", "==x", "*** x", "Project", "(1) Scan"}) {
            assertThat(PlanTextSplitter.isSeparator(s)).as(s).isFalse();
        }
    }

    @Test
    void onePlanIsOnePieceWithItsExactPlace() {
        assertThat(PlanTextSplitter.split(null)).isEmpty();
        assertThat(PlanTextSplitter.split("")).isEmpty();
        assertThat(PlanTextSplitter.split(CLASSIC)).containsExactly(new PlanTextSplitter.Piece(0, CLASSIC.length(), 1, CLASSIC));
        String lead = "\n\n" + CLASSIC + "\n";
        assertThat(PlanTextSplitter.split(lead)).containsExactly(new PlanTextSplitter.Piece(2, 2 + CLASSIC.length(), 3, CLASSIC));
    }

    @Test
    void aSeparatorAfterAPlanAtOffsetZeroEndsIt() {
        String second = "Filter (b#2 > 0)\n+- Range (0, 5, step=1, splits=2)";
        assertThat(texts(CLASSIC + "\n----\n" + second)).containsExactly(CLASSIC, second);
        assertThat(PlanTextSplitter.split(CLASSIC + "\n----\n" + second).get(1).firstLine()).isEqualTo(4);
    }

    @Test
    void crLfBlankLinesSplitLikeLf() {
        String second = "Filter (b#2 > 0)\r\n+- Range (0, 5, step=1, splits=2)";
        String text = "\r\n" + CLASSIC.replace("\n", "\r\n") + "\r\n\r\n" + second + "\r\n";
        List<PlanTextSplitter.Piece> pieces = PlanTextSplitter.split(text);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).firstLine()).isEqualTo(2);
        assertThat(pieces.get(1).firstLine()).isEqualTo(5);
        assertThat(pieces.get(1).text()).startsWith("Filter (b#2 > 0)");
    }

    @Test
    void aParsedLogicalPlanHeaderStartsANewPlanAfterAnyOtherPart() {
        String logical = "== Parsed Logical Plan ==\n'Project [*]\n+- 'UnresolvedRelation [t]";
        assertThat(texts(CLASSIC + "\n" + logical)).containsExactly(CLASSIC, logical);
        assertThat(texts("== Parsed Logical Plan ==\n" + logical)).containsExactly("== Parsed Logical Plan ==", logical);
        assertThat(texts("== Physical Plan ==\n" + logical)).containsExactly("== Physical Plan ==", logical);
    }

    @Test
    void afterABlankLineOnlyDetailHeadersContinueAPlan() {
        String detail = "(12) Project\nOutput [1]: [a#1]";
        assertThat(texts(CLASSIC + "\n\n" + detail)).containsExactly(CLASSIC + "\n\n" + detail);
        for (String notADetail : new String[] {"(1a) Project", "() Project", "(12)Project"}) {
            assertThat(texts(CLASSIC + "\n\n" + notADetail)).as(notADetail).containsExactly(CLASSIC, notADetail);
        }
    }
}
