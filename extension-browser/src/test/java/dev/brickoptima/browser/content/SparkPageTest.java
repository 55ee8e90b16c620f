package dev.brickoptima.browser.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which Spark UI page the content script is on, and where its REST API is, from the path alone. */
class SparkPageTest {

    @Test
    void liveDriverSqlList() {
        SparkPage p = SparkPage.of("/SQL/", "");
        assertEquals(SparkPage.Kind.SQL_LIST, p.kind());
        assertEquals("", p.prefix());
        assertNull(p.knownAppRestBase());
        assertEquals("/api/v1/applications", p.applicationsUrl());
        assertEquals("/api/v1/applications/local-1/sql/7?details=true&planDescription=true",
            SparkPage.executionRestPath(p.appRestBase("local-1"), 7));
    }

    @Test
    void executionPageTakesTheIdFromTheQuery() {
        SparkPage p = SparkPage.of("/SQL/execution/", "?id=12&x=1");
        assertEquals(SparkPage.Kind.EXECUTION, p.kind());
        assertEquals(12, p.executionId());
        assertEquals("/SQL/execution/?id=3", p.executionPageUrl(3));
        assertEquals(SparkPage.Kind.OTHER, SparkPage.of("/SQL/execution/", "?id=abc").kind());
    }

    @Test
    void historyServerNamesTheApplicationAndAttempt() {
        SparkPage p = SparkPage.of("/history/app-20240101-0001/SQL/", "");
        assertEquals(SparkPage.Kind.SQL_LIST, p.kind());
        assertEquals("/api/v1/applications/app-20240101-0001", p.knownAppRestBase());
        SparkPage a = SparkPage.of("/history/application_1_2/1/SQL/execution/", "?id=4");
        assertEquals("/api/v1/applications/application_1_2/1", a.knownAppRestBase());
        assertEquals("/history/application_1_2/1/SQL/execution/?id=9", a.executionPageUrl(9));
    }

    @Test
    void proxiedUiKeepsItsPrefix() {
        SparkPage p = SparkPage.of("/proxy/application_7/SQL/", "");
        assertEquals("/proxy/application_7/api/v1/applications", p.applicationsUrl());
        assertEquals("/proxy/application_7/SQL/execution/?id=2", p.executionPageUrl(2));
    }

    @Test
    void otherPagesAreLeftAlone() {
        assertEquals(SparkPage.Kind.OTHER, SparkPage.of("/jobs/", "").kind());
        assertEquals(SparkPage.Kind.OTHER, SparkPage.of("/SQL/execution/extra", "?id=1").kind());
    }

    @Test
    void executionIdOfRowLinks() {
        assertEquals(17, SparkPage.executionIdOfLink("/SQL/execution/?id=17"));
        assertEquals(5, SparkPage.executionIdOfLink("http://127.0.0.1:4040/SQL/execution/?id=5#x"));
        assertEquals(-1, SparkPage.executionIdOfLink("/jobs/job/?id=26"));
    }

    @Test
    void graphNodeSelectorCoversSpark35ClassesAndSpark4Ids() {
        assertEquals("#plan-viz-graph svg .node_12, #plan-viz-graph svg g.node#node12", SparkPage.graphNodeSelector("12"));
        assertNull(SparkPage.graphNodeSelector(null));
        assertNull(SparkPage.graphNodeSelector("1, body"));
    }
}
