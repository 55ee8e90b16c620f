package dev.brickoptima.browser.engine;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.teavm.jso.JSBody;

import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of engine.js. Publishes {@code BrickOptimaEngine} on the global object of the background script
 * (Firefox), the service worker (Chromium) or a test harness. Each function takes text and returns the result as
 * JSON text ({@link ResultJson}), so callers never hold Java objects; a failure is an {"error": ...} answer.
 */
public final class EngineMain {
    private static SqlAnalyzer sqlAnalyzer;
    private static PlanAnalyzer planAnalyzer;

    private EngineMain() {
    }

    public static void main(String[] args) {
        publish(EngineMain::analyzeSql, EngineMain::analyzePlan, EngineMain::analyzeExecution, EngineMain::analyzePlanOnPage,
            EngineMain::analyzeText, text -> CatalogJson.catalog(), EngineMain::configure, VERSION);
    }

    @JSBody(params = {"sql", "plan", "execution", "pagePlan", "text", "catalog", "configure", "version"}, script =
        // no short local names here: TeaVM's minifier renames the parameters to short names (it made one "g")
        "var brickOptimaGlobal = typeof globalThis !== 'undefined' ? globalThis : self;"
        + "brickOptimaGlobal.BrickOptimaEngine = {analyzeSql: sql, analyzePlan: plan, analyzeExecution: execution,"
        + " analyzePlanOnPage: pagePlan, analyzeText: text, catalog: catalog, configure: configure, version: version};")
    private static native void publish(TextFunction sql, TextFunction plan, TextFunction execution, TextFunction pagePlan,
                                       TextFunction text, TextFunction catalog, TextFunction configure, String version);

    static final String VERSION = "0.1.0";

    private static AnalyzerConfig config = AnalyzerConfig.defaults();

    private static AnalyzerConfig config() {
        return config;
    }

    /**
     * The user's settings from the options page, {@code {"thresholds": {"plan-skew.factor": 10, ...}}}; the analyzers
     * are rebuilt with them. A key no rule declares, or a value its unit does not take, is refused with an error that
     * names the key, and the previous settings stay.
     */
    static String configure(String json) {
        try {
            String error = SettingsJson.validate(json);
            if (error != null) return ResultJson.error("configure", error);
            AnalyzerConfig.Builder b = AnalyzerConfig.builder();
            String[] keys = SettingsJson.thresholdKeys(json);
            for (String key : keys) {
                int dot = key.lastIndexOf('.');
                b.threshold(key.substring(0, dot), key.substring(dot + 1), SettingsJson.threshold(json, key));
            }
            config = b.build();
            sqlAnalyzer = null;
            planAnalyzer = null;
            return new dev.brickoptima.browser.json.JsonOut().beginObject().field("thresholds", keys.length).endObject().toString();
        } catch (RuntimeException e) {
            return ResultJson.error("configure", "settings not applied: " + e.getMessage());
        }
    }

    /** SQL or plan text (a selection on any page), told apart by the plan parser's own test. */
    static String analyzeText(String text) {
        String t = text == null ? "" : text;
        return PlanTextParser.looksLikePlan(t) || PgPlans.looksLikePlan(t) ? analyzePlan(t) : analyzeSql(t);
    }

    static String analyzeSql(String text) {
        try {
            long t0 = System.currentTimeMillis();
            if (sqlAnalyzer == null) sqlAnalyzer = new SqlAnalyzer(config());
            SqlAnalysis a = sqlAnalyzer.analyze(text == null ? "" : text);
            return ResultJson.of("sql", null, a.findings(), Map.of(), Map.of(), System.currentTimeMillis() - t0,
                a.internalErrors());
        } catch (RuntimeException e) {
            return ResultJson.error("sql", "analysis failed: " + e);
        }
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
        if (planAnalyzer == null) planAnalyzer = new PlanAnalyzer(config());
        return planAnalyzer;
    }

    private static Map<String, String> operators(PlanAnalysis a) {
        Map<String, String> out = new HashMap<>();
        if (a.plan() == null) return out;
        for (PlanOperator op : a.plan().operators().values()) out.put(Integer.toString(op.id()), op.name());
        return out;
    }
}
