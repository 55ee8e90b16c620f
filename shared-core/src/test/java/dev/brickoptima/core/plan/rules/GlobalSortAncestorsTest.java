package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plan-global-sort asks, for every global Sort, whether a limit or a write is above it anywhere up to the root
 * ({@link AncestorKinds} remembers each answer so that a chain of sorts is not walked once per sort). Pins that a
 * remembered answer is only reused where it holds: sorts above a limit, beside it and far below it, in one plan.
 */
class GlobalSortAncestorsTest {
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.builder().only(GlobalSortRule.METADATA.id()).build());
    private static final String SORT = "Sort [a#1 ASC NULLS FIRST], true, 0";

    /** "operator id: severity" of each finding. */
    private static List<String> reported(String plan) {
        List<Finding> found = ANALYZER.analyze(plan);
        return found.stream().map(f -> f.location().operatorId() + ":" + f.severity().name().toLowerCase()).collect(Collectors.toList());
    }

    @Test
    void sortsAboveBesideAndFarBelowALimitOrAWrite() {
        // ids are pre-order positions: 1 Execute, 2 Sort, 3 Union, 4 GlobalLimit, 5 Project, 6 Project, 7 Sort, 8 Range,
        // 9 Sort, 10 Sort, 11 Range
        String plan = "== Physical Plan ==\n"
            + "Execute InsertIntoHadoopFsRelationCommand file:/w/out, false, Parquet\n"
            + "+- " + SORT + "\n"
            + "   +- Union\n"
            + "      :- GlobalLimit 10\n"
            + "      :  +- Project [a#1]\n"
            + "      :     +- Project [a#1]\n"
            + "      :        +- " + SORT + "\n"
            + "      :           +- Range (0, 10, step=1, splits=2)\n"
            + "      +- " + SORT + "\n"
            + "         +- " + SORT + "\n"
            + "            +- Range (0, 10, step=1, splits=2)\n";
        // 2: under the write; 7: three levels under the limit; 9 and 10: beside the limit, still under the write
        assertThat(reported(plan)).containsExactly("2:warning", "9:warning", "10:warning");
    }

    @Test
    void operatorsLinkedInAParentCycleStillGetAnAnswer() {
        // malformed text: each operator is printed under the other, so Sort's parent is Project and Project's is Sort
        String cycle = "== Physical Plan ==\nSort (1)\n+- %1$s (2)\n\n%1$s (2)\n+- Sort (1)\n\n\n"
            + "(1) Sort\nInput [1]: [a#1]\nArguments: [a#1 ASC NULLS FIRST], true, 0\n\n(2) %1$s\nInput [1]: [a#1]\n";
        assertThat(reported(String.format(cycle, "Project"))).containsExactly("1:info");
        assertThat(reported(String.format(cycle, "GlobalLimit"))).isEmpty();
    }

    @Test
    void aLongChainOfSortsSplitByALimitInTheMiddle() {
        // a chain is the shape where each sort's walk up used to cover every operator above it
        StringBuilder sb = new StringBuilder("== Physical Plan ==\n");
        int n = 1_201;
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append("   ".repeat(i - 1)).append("+- ");
            sb.append(i == n - 1 ? "Range (0, 10, step=1, splits=2)" : i == 600 ? "GlobalLimit 10" : SORT).append('\n');
        }
        List<String> found = reported(sb.toString());
        // sorts 1..600 are above the limit (601); 602..1200 are below it
        assertThat(found).hasSize(600).first().isEqualTo("1:info");
        assertThat(found).last().isEqualTo("600:info");
    }
}
