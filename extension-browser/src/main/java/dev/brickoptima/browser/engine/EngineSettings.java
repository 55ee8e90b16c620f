package dev.brickoptima.browser.engine;

import dev.brickoptima.browser.json.JsonOut;
import dev.brickoptima.core.config.AnalyzerConfig;

/**
 * The thresholds of the options page ({@code {"thresholds": {"plan-skew.factor": 10, ...}}}) as an analyzer
 * configuration. Each engine script (plan and SQL) holds one, so both check and apply the settings the same way.
 */
final class EngineSettings {
    private AnalyzerConfig config = AnalyzerConfig.defaults();

    AnalyzerConfig config() {
        return config;
    }

    /**
     * Applies the settings and answers {@code {"thresholds": n}}. A key no rule declares, or a value its unit does
     * not take, is refused with an error that names the key, and the previous settings stay.
     */
    String configure(String json) {
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
            return new JsonOut().beginObject().field("thresholds", keys.length).endObject().toString();
        } catch (RuntimeException e) {
            return ResultJson.error("configure", "settings not applied: " + e.getMessage());
        }
    }
}
