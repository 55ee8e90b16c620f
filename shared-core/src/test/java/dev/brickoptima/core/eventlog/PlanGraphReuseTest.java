package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.SqlExecution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan info equality is Spark's (name, simple string and children; metrics do not count), and it is how a
 * ReusedExchange finds the exchange it reuses: the graph gets an edge to the original instead of a node. Also how an
 * application and an execution are named in reports.
 */
class PlanGraphReuseTest {
    private static PlanInfo exchange(long metricId) {
        return new PlanInfo("Exchange", "Exchange hashpartitioning(k#1, 200)",
            List.of(new PlanInfo("LocalTableScan", "LocalTableScan [k#1]", null, null)),
            List.of(new PlanMetric("data size", metricId, "size")));
    }

    @Test
    void equalityIgnoresMetricsButNotNamesOrChildren() {
        assertThat(exchange(1)).isEqualTo(exchange(2)).hasSameHashCodeAs(exchange(2)).hasToString("Exchange");
        assertThat(exchange(1)).isNotEqualTo(new PlanInfo("Exchange", "Exchange hashpartitioning(k#1, 100)",
            exchange(1).children(), null));
        assertThat(exchange(1)).isNotEqualTo(new PlanInfo("ShuffleExchange", exchange(1).simpleString(), exchange(1).children(), null));
        assertThat(exchange(1)).isNotEqualTo(new PlanInfo("Exchange", exchange(1).simpleString(), null, null));
        assertThat(exchange(1)).isNotEqualTo("Exchange");
        PlanInfo empty = new PlanInfo(null, null, null, null);
        assertThat(List.of(empty.nodeName(), empty.simpleString())).containsExactly("", "");
        assertThat(empty.children()).isEmpty();
        assertThat(empty.metrics()).isEmpty();
    }

    @Test
    void aReusedExchangeIsAnEdgeToTheExchangeItReuses() {
        PlanInfo join = new PlanInfo("SortMergeJoin", "SortMergeJoin [k#1], [k#1], Inner", List.of(exchange(1),
            new PlanInfo("ReusedExchange", "ReusedExchange [k#1], Exchange hashpartitioning(k#1, 200)", List.of(exchange(9)), null)),
            null);
        PlanGraph g = PlanGraph.of(join);
        assertThat(g.allNodes()).extracting(PlanGraph.Node::id, PlanGraph.Node::name, PlanGraph.Node::isCluster)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "SortMergeJoin", false),
                org.assertj.core.groups.Tuple.tuple(1L, "Exchange", false),
                org.assertj.core.groups.Tuple.tuple(2L, "LocalTableScan", false));
        assertThat(g.edges()).extracting(e -> e.fromId() + "->" + e.toId()).containsExactly("1->0", "2->1");
        assertThat(g.metrics()).extracting(PlanMetric::accumulatorId).containsExactly(1L);
    }

    @Test
    void applicationsAndExecutionsAsReportsNameThem() {
        assertThat(new ApplicationInfo("app-1", "", "n", "3.5.6").displayId()).isEqualTo("app-1");
        assertThat(new ApplicationInfo("app-1", "2", "n", "3.5.6").displayId()).isEqualTo("app-1/2");
        assertThat(new ApplicationInfo(null, null, null, null)).isEqualTo(new ApplicationInfo("", "", "", ""));
        String longText = "x".repeat(101);
        assertThat(label("  select\n  1  ")).isEqualTo("app-1/2 execution 7 (select 1)");
        assertThat(label("")).isEqualTo("app-1/2 execution 7");
        assertThat(label("y".repeat(100))).isEqualTo("app-1/2 execution 7 (" + "y".repeat(100) + ")");
        assertThat(label(longText)).isEqualTo("app-1/2 execution 7 (" + "x".repeat(100) + "...)");
    }

    private static String label(String description) {
        SqlExecution e = new SqlExecution(7, "COMPLETED", description, "", 1, List.of(), List.of());
        ReplayedExecution r = new ReplayedExecution(new ApplicationInfo("app-1", "2", "n", "3.5.6"), e, 7, List.of());
        return new AnalyzedExecution(r, null, List.of()).label();
    }
}
