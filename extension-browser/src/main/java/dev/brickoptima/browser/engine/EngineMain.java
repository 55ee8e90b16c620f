package dev.brickoptima.browser.engine;

import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.SqlExecution;
import org.teavm.jso.JSBody;

import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of engine.js: Spark plans and executions, the rule catalog and the settings. Publishes
 * {@code BrickOptimaEngine} on the global object of the background script (Firefox), the service worker (Chromium)
 * or a test harness. SQL text is analysed by sql-engine.js ({@link SqlEngineMain}), which only the pages that analyse
 * SQL load: nothing here reaches JSqlParser, so the background that serves every Spark UI page stays small. Each
 * function takes text and returns the result as JSON text ({@link ResultJson}), so callers never hold Java objects; a
 * failure is an {"error": ...} answer.
 */
public final class EngineMain {
    static final String VERSION = "0.1.0";
    private static final EngineSettings SETTINGS = new EngineSettings();
    private static PlanAnalyzer planAnalyzer;

    private EngineMain() {
    }

    public static void main(String[] args) {
        publish(EngineMain::analyzePlan, EngineMain::analyzeExecution, EngineMain::analyzePlanOnPage, EngineMain::textKind,
            text -> CatalogJson.catalog(), EngineMain::configure, VERSION);
    }

    @JSBody(params = {"plan", "execution", "pagePlan", "kind", "catalog", "configure", "version"}, script =
        // no short local names here: TeaVM's minifier renames the parameters to short names (it made one "g")
        "var brickOptimaGlobal = typeof globalThis !== 'undefined' ? globalThis : self;"
        + "brickOptimaGlobal.BrickOptimaEngine = {analyzePlan: plan, analyzeExecution: execution,"
        + " analyzePlanOnPage: pagePlan, textKind: kind, catalog: catalog, configure: configure, version: version};")
    private static native void publish(TextFunction plan, TextFunction execution, TextFunction pagePlan,
                                       TextFunction kind, TextFunction catalog, TextFunction configure, String version);

    /** The options page's thresholds; see {@link EngineSettings#configure}. The SQL engine gets the same settings. */
    static String configure(String json) {
        String answer = SETTINGS.configure(json);
        planAnalyzer = null;
        return answer;
    }

    /** "plan" (Spark or PostgreSQL) or "sql": what a selection on any page is, told by the plan parsers' own tests. */
    static String textKind(String text) {
        String t = text == null ? "" : text;
        return PlanTextParser.looksLikePlan(t) || PgPlans.looksLikePlan(t) ? "plan" : "sql";
    }

    static String analyzePlan(String text) {
        try {
            long t0 = System.currentTimeMillis();
            PlanAnalysis a = plans().analyzeText(text == null ? "" : text);
            return ResultJson.of("plan", null, a.findings(), operators(a), Map.of(), System.currentTimeMillis() - t0,
                a.internalErrors());
        } catch (RuntimeException e) {
            return ResultJson.error("plan", "analysis failed: " + e);
        }
    }

    /**
     * The plan text of an execution page when the REST API is out of reach, with the page's graph nodes
     * ({@code {"plan": ..., "graph": [{"nodeId": K, "nodeName": ...}]}}) so findings can still be outlined.
     */
    static String analyzePlanOnPage(String json) {
        try {
            long t0 = System.currentTimeMillis();
            RestJson.PagePlan page = RestJson.pagePlan(json == null ? "" : json);
            if (page == null) return ResultJson.error("plan", "malformed page plan request");
            PlanAnalysis a = plans().analyzeText(page.getPlan());
            return ResultJson.of("plan", null, a.findings(), operators(a), GraphNodes.of(a.plan(), RestJson.graphOf(page)),
                System.currentTimeMillis() - t0, a.internalErrors());
        } catch (RuntimeException e) {
            return ResultJson.error("plan", "analysis failed: " + e.getMessage());
        }
    }

    /** One execution from the Spark REST API: plan text plus node metrics, and graph node ids for the page. */
    static String analyzeExecution(String json) {
        try {
            long t0 = System.currentTimeMillis();
            String text = json == null ? "" : json;
            // {"execution": "<REST JSON>", "stages": "<JSON array of its stages>"} or the execution JSON alone
            String stagesJson = RestJson.member(text, "stages");
            String execJson = RestJson.member(text, "execution");
            SqlExecution exec = RestJson.execution(execJson != null ? execJson : text);
            PlanAnalysis a = plans().analyzeExecution(exec, StagesJson.stages(stagesJson));
            return ResultJson.of("execution", exec.description(), a.findings(), operators(a),
                GraphNodes.of(a.plan(), exec.nodes()), System.currentTimeMillis() - t0, a.internalErrors());
        } catch (RuntimeException e) {
            return ResultJson.error("execution", "analysis failed: " + e.getMessage());
        }
    }

    private static PlanAnalyzer plans() {
        if (planAnalyzer == null) planAnalyzer = new PlanAnalyzer(SETTINGS.config());
        return planAnalyzer;
    }

    private static Map<String, String> operators(PlanAnalysis a) {
        Map<String, String> out = new HashMap<>();
        if (a.plan() == null) return out;
        for (PlanOperator op : a.plan().operators().values()) out.put(Integer.toString(op.id()), op.name());
        return out;
    }
}
