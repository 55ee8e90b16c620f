package dev.brickoptima.core.eventlog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph of an adaptive plan and of subqueries as Spark's {@code SparkPlanGraph} builds it: query stages are no
 * nodes of their own, a stage whose exchange is already in the graph (and a reused subquery) is an edge to it, and a
 * subquery is never a member of a WholeStageCodegen cluster.
 */
class PlanGraphStagesTest {

    private static PlanInfo node(String name, PlanInfo... children) {
        return new PlanInfo(name, name, List.of(children), null);
    }

    private static PlanInfo exchange() {
        return new PlanInfo("Exchange", "Exchange hashpartitioning(k#1, 200)", List.of(node("Scan t")),
            List.of(new PlanMetric("data size", 1, "size")));
    }

    private static List<String> nodes(PlanGraph g) {
        return g.allNodes().stream().map(n -> n.id() + " " + n.name() + (n.isCluster() ? " " + n.clusterNodes().stream()
            .map(PlanGraph.Node::id).toList() : "")).toList();
    }

    private static List<String> edges(PlanGraph g) {
        return g.edges().stream().map(e -> e.fromId() + "->" + e.toId()).toList();
    }

    @Test
    void aQueryStageOfAnExchangeAlreadyInTheGraphIsAnEdgeToIt() {
        PlanInfo union = node("Union", node("Project", node("ShuffleQueryStage", exchange())),
            node("Filter", node("ShuffleQueryStage", exchange())), node("Sort", node("BroadcastQueryStage")));
        PlanGraph g = PlanGraph.of(union);
        assertThat(nodes(g)).containsExactly("0 Union", "1 Project", "2 Exchange", "3 Scan t", "4 Filter", "5 Sort");
        assertThat(edges(g)).containsExactly("1->0", "2->1", "3->2", "4->0", "2->4", "5->0");
    }

    @Test
    void aReusedExchangeUnderAnotherOperatorIsAnEdgeFromTheOriginal() {
        PlanInfo join = node("BroadcastHashJoin", node("Project", exchange()),
            node("Filter", new PlanInfo("ReusedExchange", "ReusedExchange [k#1]", List.of(exchange()), null)));
        assertThat(edges(PlanGraph.of(join))).containsExactly("1->0", "2->1", "3->2", "4->0", "2->4");
    }

    @Test
    void resultAndCacheStagesAndInputAdaptersAreSkipped() {
        PlanInfo plan = node("ResultQueryStage", node("Project", node("TableCacheQueryStage", node("InMemoryTableScan")),
            node("InputAdapter"), node("TableCacheQueryStage"), node("ResultQueryStage")));
        PlanGraph g = PlanGraph.of(plan);
        assertThat(nodes(g)).containsExactly("0 Project", "1 InMemoryTableScan");
        assertThat(edges(g)).containsExactly("1->0");
        assertThat(PlanGraph.of(node("ShuffleQueryStage")).allNodes()).isEmpty();
        assertThat(PlanGraph.of(node("ReusedSubquery")).allNodes()).isEmpty();
        assertThat(PlanGraph.of(null).allNodes()).isEmpty();
    }

    @Test
    void aSubqueryLeavesItsClusterAndAReusedOneIsAnEdgeToIt() {
        PlanInfo subquery = new PlanInfo("Subquery", "Subquery subquery#5", List.of(node("Scan u")), null);
        PlanInfo plan = node("Project",
            node("WholeStageCodegen (1)", node("Filter", subquery)),
            node("Filter", new PlanInfo("ReusedSubquery", "ReusedSubquery subquery#5", List.of(subquery), null)));
        PlanGraph g = PlanGraph.of(plan);
        assertThat(nodes(g)).containsExactly("0 Project", "2 Filter", "1 WholeStageCodegen (1) [2]", "3 Subquery", "4 Scan u",
            "5 Filter");
        assertThat(edges(g)).containsExactly("2->0", "3->2", "4->3", "5->0", "3->5");
    }

    @Test
    void aReusedSubquerySeenFirstLeadsToTheSubqueryItself() {
        // Spark: a reused subquery may come before its original; both then point at one node
        PlanInfo subquery = new PlanInfo("Subquery", "Subquery subquery#5", List.of(node("Scan u")), null);
        PlanInfo plan = node("Union", node("Filter", new PlanInfo("ReusedSubquery", "ReusedSubquery subquery#5", List.of(subquery), null)),
            node("Project", subquery));
        PlanGraph g = PlanGraph.of(plan);
        assertThat(nodes(g)).containsExactly("0 Union", "1 Filter", "2 Subquery", "3 Scan u", "4 Project");
        assertThat(edges(g)).containsExactly("1->0", "2->1", "3->2", "4->0", "2->4");
    }
}
