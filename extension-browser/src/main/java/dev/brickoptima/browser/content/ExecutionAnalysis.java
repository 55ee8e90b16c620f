package dev.brickoptima.browser.content;

import dev.brickoptima.browser.json.JsonOut;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Gets one execution analysed: reads its REST JSON from the page's own origin (plan text plus node metrics),
 * falling back to the plan text of the execution page when the REST API is not reachable (a proxy that only
 * forwards pages), and asks the background script, which runs the engine off the page's main thread.
 */
final class ExecutionAnalysis {
    private static String appBase;

    private ExecutionAnalysis() {
    }

    static void run(SparkPage page, long id, TextCallback done) {
        withAppBase(page, base -> {
            if (base == null) {
                fromPlanText(page, id, "REST API not reachable", done);
                return;
            }
            Browser.fetchText(SparkPage.executionRestPath(base, id),
                json -> Browser.stagesOf(base, json, stages -> Browser.send(request("analyze-execution", id, "rest",
                    new JsonOut().beginObject().field("execution", json).field("stages", stages).endObject().toString()), done)),
                err -> fromPlanText(page, id, err, done));
        });
    }

    private static void withAppBase(SparkPage page, TextCallback then) {
        if (appBase != null) {
            then.call(appBase);
            return;
        }
        String known = page.knownAppRestBase();
        if (known != null) {
            appBase = known;
            then.call(known);
            return;
        }
        Browser.fetchText(page.applicationsUrl(), json -> {
            String app = Browser.firstAppId(json);
            if (app != null) appBase = page.appRestBase(app);
            then.call(appBase);
        }, err -> then.call(null));
    }

    private static void fromPlanText(SparkPage page, long id, String why, TextCallback done) {
        if (page.kind() == SparkPage.Kind.EXECUTION && page.executionId() == id) {
            HTMLElement pre = HTMLDocument.current().querySelector("#physical-plan-details pre");
            if (pre != null) {
                Browser.send(request("analyze-page-plan", id, "page", pagePlan(pre.getTextContent())), done);
                return;
            }
        }
        Browser.fetchText(page.executionPageUrl(id), html -> {
            String plan = Browser.planTextOfPage(html);
            if (plan == null) done.call(error("no plan text on the execution page (" + why + ")"));
            else Browser.send(request("analyze-plan", id, "page", plan), done);
        }, err -> done.call(error("could not read the execution: " + why + "; page: " + err)));
    }

    /** The plan text plus the graph nodes of this page ({@link PageGraph}: Spark 3.5 elements or Spark 4 JSON). */
    private static String pagePlan(String plan) {
        JsonOut out = new JsonOut().beginObject().field("plan", plan).name("graph").beginArray();
        NodeList<? extends HTMLElement> metas = HTMLDocument.current().querySelectorAll("#plan-viz-metadata [id^='plan-meta-data-']");
        for (int i = 0; i < metas.getLength(); i++) {
            HTMLElement m = metas.get(i);
            long k = PageGraph.idOfMetaElement(m.getAttribute("id"));
            if (k >= 0) node(out, k, m.getTextContent().trim());
        }
        if (metas.getLength() == 0) {
            HTMLElement details = HTMLDocument.current().querySelector("#plan-viz-metadata .node-details");
            if (details != null) for (PageGraph.Node n : PageGraph.ofNodeDetails(details.getTextContent())) node(out, n.id(), n.name());
        }
        return out.endArray().endObject().toString();
    }

    private static void node(JsonOut out, long id, String name) {
        out.beginObject().field("nodeId", id).field("nodeName", name).endObject();
    }

    private static String request(String type, long id, String source, String payload) {
        return new JsonOut().beginObject()
            .field("type", type)
            .field("executionId", id)
            .field("source", source)
            .field("page", Browser.href())
            // one entry per execution in the recent list, whether analysed from the SQL list or from its page
            .field("key", Browser.absolute(SparkPage.of(Browser.path(), Browser.search()).executionPageUrl(id)))
            .field("payload", payload)
            .endObject().toString();
    }

    static String error(String message) {
        return new JsonOut().beginObject().field("error", message).endObject().toString();
    }
}
