package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walks of {@link PlanShapes} down a chain of operators in a formatted AQE plan: sizes and row counts from query
 * stage statistics, through pass-through operators, filters and aggregates ("at most"), one-row sides from statistics,
 * the scan under ColumnarToRow, and the depth limit: a walk gives up after 64 operators, so a statistic 64 operators
 * down is unknown while one 63 down is found.
 */
class PlanShapesWalksTest {

    /** A formatted plan of a single chain, top first; the last operator's tree line may carry a suffix. */
    static PhysicalPlan chain(List<String> kinds, String lastSuffix) {
        StringBuilder tree = new StringBuilder("== Physical Plan ==\n");
        StringBuilder details = new StringBuilder();
        int n = kinds.size();
        for (int i = 0; i < n; i++) {
            int id = n - i; // Spark numbers the formatted plan bottom-up
            String indent = i == 0 ? "" : "   ".repeat(i - 1) + "+- ";
            tree.append(indent).append(kinds.get(i)).append(" (").append(id).append(')')
                .append(i == n - 1 ? lastSuffix : "").append('\n');
        }
        for (int id = 1; id <= n; id++) {
            String kind = kinds.get(n - id);
            details.append('\n').append('(').append(id).append(") ").append(kind).append('\n').append("Output [1]: [a#1]\n");
            if (kind.equals("HashAggregate")) details.append("Keys: []\n");
        }
        return PlanTextParser.parse(tree + details.toString());
    }

    static List<String> projects(int n, String... below) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add("Project");
        out.addAll(List.of(below));
        return out;
    }

    private static final String STATS = ", Statistics(sizeInBytes=2.0 MiB, rowCount=1)";

    @Test
    void statisticsAreFoundThroughPassThroughOperators() {
        PhysicalPlan p = chain(List.of("Sort", "AQEShuffleRead", "ShuffleQueryStage"), STATS);
        PlanOperator top = p.root();
        assertThat(PlanShapes.sideBytes(top)).isEqualTo(2.0 * PlanShapes.MIB);
        assertThat(PlanShapes.sideSize(top)).isEqualTo(new PlanShapes.Size(2.0 * PlanShapes.MIB, false));
        assertThat(PlanShapes.sideRows(top)).isEqualTo(1.0);
        assertThat(PlanShapes.plannedRows(top)).isEqualTo(1.0);
        assertThat(PlanShapes.isSingleRow(top)).isTrue();
        assertThat(PlanShapes.countedRows(top)).isNaN();
    }

    @Test
    void filtersAndAggregatesMakeASizeAnUpperBoundAndHideTheRowCount() {
        PhysicalPlan p = chain(List.of("Filter", "HashAggregate", "ShuffleQueryStage"), STATS);
        PlanOperator top = p.root();
        assertThat(PlanShapes.sideSize(top)).isEqualTo(new PlanShapes.Size(2.0 * PlanShapes.MIB, true));
        assertThat(PlanShapes.sideBytes(top)).isNaN(); // sideBytes does not read through a filter
        assertThat(PlanShapes.sideRows(top)).isNaN(); // rows above a filter are unknown
        assertThat(PlanShapes.plannedRows(top)).isNaN();
        // a global aggregate under a filter: one row at most
        assertThat(PlanShapes.isSingleRow(top)).isTrue();
        // a join stops every walk
        PlanOperator join = chain(List.of("Project", "BroadcastNestedLoopJoin", "ShuffleQueryStage"), STATS).root();
        assertThat(PlanShapes.sideSize(join).known()).isFalse();
        assertThat(PlanShapes.isSingleRow(join)).isFalse();
        assertThat(PlanShapes.throughPassThrough(join).kind()).isEqualTo("BroadcastNestedLoopJoin");
    }

    @Test
    void aWalkGivesUpAfterSixtyFourOperators() {
        PlanOperator found = chain(projects(63, "ShuffleQueryStage"), STATS).root();
        assertThat(PlanShapes.sideBytes(found)).isEqualTo(2.0 * PlanShapes.MIB);
        assertThat(PlanShapes.sideSize(found).known()).isTrue();
        assertThat(PlanShapes.sideRows(found)).isEqualTo(1.0);
        assertThat(PlanShapes.plannedRows(found)).isEqualTo(1.0);
        assertThat(PlanShapes.isSingleRow(found)).isTrue();
        PlanOperator tooDeep = chain(projects(64, "ShuffleQueryStage"), STATS).root();
        assertThat(PlanShapes.sideBytes(tooDeep)).isNaN();
        assertThat(PlanShapes.sideSize(tooDeep).known()).isFalse();
        assertThat(PlanShapes.sideRows(tooDeep)).isNaN();
        assertThat(PlanShapes.plannedRows(tooDeep)).isNaN();
        assertThat(PlanShapes.isSingleRow(tooDeep)).isFalse();
        // throughPassThrough takes 64 steps: from the top it reaches the 65th operator
        assertThat(PlanShapes.throughPassThrough(tooDeep).kind()).isEqualTo("ShuffleQueryStage");
        assertThat(PlanShapes.throughPassThrough(chain(projects(65, "ShuffleQueryStage"), STATS).root()).kind()).isEqualTo("Project");
    }

    @Test
    void theScanUnderColumnarToRow() {
        PhysicalPlan p = chain(List.of("ColumnarToRow", "InputAdapter", "Scan parquet t"), "");
        assertThat(PlanShapes.scanBelow(p.root()).kind()).isEqualTo("Scan");
        assertThat(PlanShapes.scanBelow(chain(List.of("Project", "Scan parquet t"), "").root())).isNull();
    }
}
