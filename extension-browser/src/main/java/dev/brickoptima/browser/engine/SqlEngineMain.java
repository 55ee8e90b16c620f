package dev.brickoptima.browser.engine;

import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.teavm.jso.JSBody;

import java.util.Map;

/**
 * Entry point of sql-engine.js: SQL analysis, the one part of the engine that needs JSqlParser (three quarters of
 * the compiled bytes). Only the extension page that shows an analysed SQL selection loads it; the Spark UI's plans
 * are analysed by engine.js ({@link EngineMain}) without it. Publishes {@code BrickOptimaSqlEngine}.
 */
public final class SqlEngineMain {
    private static final EngineSettings SETTINGS = new EngineSettings();
    private static SqlAnalyzer analyzer;

    private SqlEngineMain() {
    }

    public static void main(String[] args) {
        publish(SqlEngineMain::analyzeSql, SqlEngineMain::configure, EngineMain.VERSION);
    }

    @JSBody(params = {"sql", "configure", "version"}, script =
        "var brickOptimaGlobal = typeof globalThis !== 'undefined' ? globalThis : self;"
        + "brickOptimaGlobal.BrickOptimaSqlEngine = {analyzeSql: sql, configure: configure, version: version};")
    private static native void publish(TextFunction sql, TextFunction configure, String version);

    /** The options page's thresholds; see {@link EngineSettings#configure}. */
    static String configure(String json) {
        String answer = SETTINGS.configure(json);
        analyzer = null;
        return answer;
    }

    static String analyzeSql(String text) {
        try {
            long t0 = System.currentTimeMillis();
            if (analyzer == null) analyzer = new SqlAnalyzer(SETTINGS.config());
            SqlAnalysis a = analyzer.analyze(text == null ? "" : text);
            return ResultJson.of("sql", null, a.findings(), Map.of(), Map.of(), System.currentTimeMillis() - t0,
                a.internalErrors());
        } catch (RuntimeException e) {
            return ResultJson.error("sql", "analysis failed: " + e);
        }
    }
}
