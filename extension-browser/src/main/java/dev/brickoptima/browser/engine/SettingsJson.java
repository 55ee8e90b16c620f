package dev.brickoptima.browser.engine;

import dev.brickoptima.core.config.ConfigChecks;
import org.teavm.jso.JSBody;

/** Reads the options page's settings JSON ({@code {"thresholds": {"rule.name": number}}}) with the browser's JSON.parse. */
final class SettingsJson {
    private SettingsJson() {
    }

    @JSBody(params = "json", script =
        "var boSettings; try { boSettings = JSON.parse(json); } catch (boErr) { return []; }"
        + "var boMap = boSettings && boSettings.thresholds;"
        + "return boMap && typeof boMap === 'object' && !Array.isArray(boMap) ? Object.keys(boMap) : [];")
    static native String[] thresholdKeys(String json);

    @JSBody(params = {"json", "key"}, script = "var boValue = JSON.parse(json).thresholds[key];"
        + "return typeof boValue === 'number' ? boValue : NaN;")
    static native double threshold(String json, String key);

    @JSBody(params = "json", script =
        "var boSettings; try { boSettings = JSON.parse(json); } catch (boErr) { return 'settings are not JSON'; }"
        + "if (!boSettings || typeof boSettings !== 'object' || Array.isArray(boSettings)) return 'settings must be a JSON object';"
        + "var boMap = boSettings.thresholds;"
        + "if (boMap === undefined || boMap === null) return null;"
        + "if (typeof boMap !== 'object' || Array.isArray(boMap)) return 'thresholds must be an object of rule.name: number';"
        + "return null;")
    private static native String shape(String json);

    /**
     * Null when every threshold key is one a rule declares and every value one its unit takes (the checks of
     * brickoptima.yml), else the first problem, naming the key.
     */
    static String validate(String json) {
        String problem = shape(json);
        if (problem != null) return problem;
        for (String key : thresholdKeys(json)) {
            double v = threshold(json, key);
            String p = Double.isNaN(v) ? "expected a number" : ConfigChecks.threshold(key, v);
            if (p != null) return "thresholds." + key + ": " + p;
        }
        return null;
    }
}
