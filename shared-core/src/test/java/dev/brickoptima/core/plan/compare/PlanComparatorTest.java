package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.RestJson;
import dev.brickoptima.core.plan.SqlExecution;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan comparison on real plans: Spark's TPC-DS plan-stability output and a captured Spark 3.5.6 run. */
class PlanComparatorTest {
    private final PlanComparator comparator = new PlanComparator(CompareThresholds.DEFAULT);

    @Test
    void aPlanComparedWithItselfHasNoChange() throws Exception {
        for (String q : List.of("q1", "q14a", "q64", "q72")) {
            PhysicalPlan p = tpcds(q);
            assertThat(comparator.compare(p, tpcds(q), -1, -1)).as(q).isEmpty();
        }
    }

    @Test
    void losingDynamicPartitionPruningIsARegression() throws Exception {
        String text = tpcdsText("q1");
        PhysicalPlan old = new PlanTextParser().read(text);
        PhysicalPlan neu = new PlanTextParser().read(text.replaceAll("PartitionFilters: \\[.*]", "PartitionFilters: []"));
        List<PlanChange> changes = comparator.compare(old, neu, -1, -1);
        assertThat(changes).extracting(PlanChange::kind).contains(PlanChange.Kind.LOST_PARTITION_PRUNING);
        assertThat(changes).filteredOn(c -> c.kind() == PlanChange.Kind.LOST_PARTITION_PRUNING)
            .allMatch(PlanChange::regression)
            .anyMatch(c -> c.message().contains("store_returns") && c.message().contains("dynamicpruningexpression(sr_returned_date_sk IN dynamicpruning)"));
    }

    @Test
    void capturedBroadcastAndSortMergeRunsOfTheSameJoin() throws Exception {
        // samples: execution 7 "Q1 broadcast hash join", execution 8 "Q2 sort merge join (no broadcast)"
        PlanAnalyzer binder = new PlanAnalyzer(AnalyzerConfig.builder().build(), List.of());
        SqlExecution q1 = RestJson.execution(7);
        SqlExecution q2 = RestJson.execution(8);
        PhysicalPlan broadcast = binder.analyzeExecution(q1, List.of()).plan();
        PhysicalPlan smj = binder.analyzeExecution(q2, List.of()).plan();
        List<PlanChange> changes = new PlanComparator(new CompareThresholds(50, 0, 0, 3)).compare(broadcast, smj, q1.durationMs(), q2.durationMs());
        assertThat(changes).extracting(PlanChange::kind).contains(PlanChange.Kind.LOST_BROADCAST, PlanChange.Kind.NEW_EXCHANGE);
        PlanChange lost = changes.stream().filter(c -> c.kind() == PlanChange.Kind.LOST_BROADCAST).findFirst().orElseThrow();
        assertThat(lost.oldOperator()).contains("BroadcastHashJoin");
        assertThat(lost.newOperator()).contains("SortMergeJoin");
        // the other way round the join strategy changes for the better: reported, not a regression
        assertThat(new PlanComparator(CompareThresholds.DEFAULT).compare(smj, broadcast, -1, -1))
            .filteredOn(c -> c.kind() == PlanChange.Kind.JOIN_STRATEGY).isNotEmpty().noneMatch(PlanChange::regression);
    }

    @Test
    void thresholdsNeedBothARelativeAndAnAbsoluteIncrease() {
        CompareThresholds t = new CompareThresholds(50, 1000, 0, 3);
        assertThat(t.exceeded(100, 900, 1000)).isFalse();   // +800%, but below 1 s
        assertThat(t.exceeded(10_000, 14_000, 1000)).isFalse(); // +4 s, but only +40%
        assertThat(t.exceeded(10_000, 16_000, 1000)).isTrue();
    }

    @Test
    void normalisedSqlIgnoresLiteralsLayoutCaseAndInListLength() {
        assertThat(ExecutionMatcher.normalisedSql("select a from t where d = '2024-01-01' and x in (1, 2, 3) -- c"))
            .isEqualTo(ExecutionMatcher.normalisedSql("SELECT a\n  FROM t\n WHERE d = '2024-02-01' AND x IN (7)"));
        assertThat(ExecutionMatcher.normalisedSql("SELECT a FROM t")).isNotEqualTo(ExecutionMatcher.normalisedSql("SELECT b FROM t"));
    }

    private static PhysicalPlan tpcds(String q) throws Exception {
        return new PlanTextParser().read(tpcdsText(q));
    }

    private static String tpcdsText(String q) throws Exception {
        try (InputStream in = PlanComparatorTest.class.getResourceAsStream("/corpus/tpcds/plans-v1_4/" + q + ".explain.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
