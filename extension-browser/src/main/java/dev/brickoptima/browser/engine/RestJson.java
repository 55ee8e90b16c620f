package dev.brickoptima.browser.engine;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.SqlExecutionEdge;
import dev.brickoptima.core.plan.SqlExecutionNode;
import dev.brickoptima.core.plan.SqlMetric;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the Spark REST answer for one SQL execution ({@code /sql/<id>?details=true&planDescription=true}) onto the
 * core's plain {@link SqlExecution}: the browser's JSON.parse plus JSO views, where the JVM uses Jackson.
 */
final class RestJson {
    private RestJson() {
    }

    interface Execution extends JSObject {
        @JSProperty double getId();
        @JSProperty String getStatus();
        @JSProperty String getDescription();
        @JSProperty String getPlanDescription();
        @JSProperty double getDuration();
        @JSProperty JSArrayReader<Node> getNodes();
        @JSProperty JSArrayReader<Edge> getEdges();
    }

    interface Node extends JSObject {
        @JSProperty double getNodeId();
        @JSProperty String getNodeName();
        @JSProperty double getWholeStageCodegenId();
        @JSProperty JSArrayReader<Metric> getMetrics();
    }

    interface Metric extends JSObject {
        @JSProperty String getName();
        @JSProperty String getValue();
    }

    interface Edge extends JSObject {
        @JSProperty double getFromId();
        @JSProperty double getToId();
    }

    /** The plan text of an execution page plus its graph nodes (id K of {@code #plan-meta-data-K} and its text). */
    interface PagePlan extends JSObject {
        @JSProperty String getPlan();
        @JSProperty JSArrayReader<Node> getGraph();
    }

    @JSBody(params = "json", script =
        "try { var boObj = JSON.parse(json); return boObj && typeof boObj.plan === 'string' ? boObj : null; } catch (boErr2) { return null; }")
    private static native PagePlan parsePagePlan(String json);

    /** {plan, graph: [{nodeId, nodeName}]} from the content script; null when malformed. */
    static PagePlan pagePlan(String json) {
        return parsePagePlan(json);
    }

    static List<SqlExecutionNode> graphOf(PagePlan p) {
        List<SqlExecutionNode> out = new ArrayList<>();
        JSArrayReader<Node> ns = p.getGraph();
        for (int i = 0; ns != null && i < ns.getLength(); i++) {
            Node n = ns.get(i);
            if (n.getNodeName() != null) out.add(new SqlExecutionNode(num(n.getNodeId(), -1), n.getNodeName(), -1, List.of()));
        }
        return out;
    }

    /** A string member of a JSON object (the envelope the content script sends), or null. */
    @JSBody(params = {"json", "name"}, script =
        "try { var boObj = JSON.parse(json); var boValue = boObj && !Array.isArray(boObj) ? boObj[name] : null;"
        + " return typeof boValue === 'string' ? boValue : null; } catch (boErr2) { return null; }")
    static native String member(String json, String name);

    /** Parses JSON text; null when it is not a JSON object (an HTML error page, a proxy login form). */
    @JSBody(params = "json", script =
        "try { var boObj = JSON.parse(json); return boObj && typeof boObj === 'object' && !Array.isArray(boObj) ? boObj : null; }"
        + " catch (boErr2) { return null; }")
    private static native Execution parse(String json);

    /** A number field that may be absent (undefined becomes NaN through JSO). */
    private static long num(double v, long absent) {
        return Double.isNaN(v) ? absent : (long) v;
    }

    static SqlExecution execution(String json) {
        Execution e = parse(json);
        if (e == null) throw new IllegalArgumentException("the REST answer is not a JSON object");
        String plan = e.getPlanDescription();
        if (plan == null) throw new IllegalArgumentException("the REST answer has no planDescription (is planDescription=true supported?)");
        List<SqlExecutionNode> nodes = new ArrayList<>();
        JSArrayReader<Node> ns = e.getNodes();
        for (int i = 0; ns != null && i < ns.getLength(); i++) {
            Node n = ns.get(i);
            List<SqlMetric> metrics = new ArrayList<>();
            JSArrayReader<Metric> ms = n.getMetrics();
            for (int k = 0; ms != null && k < ms.getLength(); k++) {
                Metric m = ms.get(k);
                if (m.getName() != null && m.getValue() != null) metrics.add(new SqlMetric(m.getName(), m.getValue()));
            }
            nodes.add(new SqlExecutionNode(num(n.getNodeId(), -1), n.getNodeName(), (int) num(n.getWholeStageCodegenId(), -1), metrics));
        }
        List<SqlExecutionEdge> edges = new ArrayList<>();
        JSArrayReader<Edge> es = e.getEdges();
        for (int i = 0; es != null && i < es.getLength(); i++) {
            edges.add(new SqlExecutionEdge(num(es.get(i).getFromId(), -1), num(es.get(i).getToId(), -1)));
        }
        return new SqlExecution(num(e.getId(), -1), e.getStatus(), e.getDescription(), plan, num(e.getDuration(), -1), nodes, edges);
    }
}
