package dev.brickoptima.browser.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageGraphTest {

    /** The start of the .node-details text of a Spark 4.2.0 execution page (fixture query "cartesian"). */
    private static final String SPARK_4_2 = """
        {
          "node0":{"name":"AdaptiveSparkPlan","desc":"AdaptiveSparkPlan isFinalPlan=true","metrics":[]},
          "node2":{"name":"HashAggregate","desc":"HashAggregate(keys=[], functions=[count(1)])","metrics":[{"name":"number of output rows","value":"1","type":"sum"}]},
          "cluster1":{"name":"WholeStageCodegen (4)","desc":"WholeStageCodegen (4)","metrics":[],"children":["node2"]},
          "node6":{"name":"CartesianProduct","desc":"CartesianProduct","metrics":[]}
        }
        """;

    @Test
    void spark4NodeDetailsInPageOrderWithClusters() {
        assertEquals(List.of(new PageGraph.Node(0, "AdaptiveSparkPlan isFinalPlan=true"),
            new PageGraph.Node(2, "HashAggregate(keys=[], functions=[count(1)])"),
            new PageGraph.Node(1, "WholeStageCodegen (4)"), new PageGraph.Node(6, "CartesianProduct")),
            PageGraph.ofNodeDetails(SPARK_4_2));
    }

    @Test
    void anythingElseGivesNoNodes() {
        assertTrue(PageGraph.ofNodeDetails(null).isEmpty());
        assertTrue(PageGraph.ofNodeDetails("[1]").isEmpty());
        assertTrue(PageGraph.ofNodeDetails("{\"node0\":").isEmpty());
        assertTrue(PageGraph.ofNodeDetails("{\"nodeX\":{\"desc\":\"a\"},\"node1\":{\"name\":\"b\"}}").isEmpty());
    }

    @Test
    void spark35MetaElementIds() {
        assertEquals(12, PageGraph.idOfMetaElement("plan-meta-data-12"));
        assertEquals(-1, PageGraph.idOfMetaElement("plan-meta-data-x"));
        assertEquals(-1, PageGraph.idOfMetaElement("other"));
    }
}
