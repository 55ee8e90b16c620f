package dev.brickoptima.browser.engine;

import dev.brickoptima.browser.json.JsonOut;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;

/**
 * Every rule's metadata and declared thresholds as JSON, for the extension's rule documentation page and the thresholds
 * of the options page: the registry and metadata the CLI's catalog and docs/rules.md are generated from.
 */
final class CatalogJson {
    private static String cached;

    private CatalogJson() {
    }

    static String catalog() {
        if (cached != null) return cached;
        JsonOut out = new JsonOut().beginObject().field("version", EngineMain.VERSION).name("rules").beginArray();
        for (RuleMetadata m : RuleRegistry.all()) {
            out.beginObject()
                .field("id", m.id())
                .field("title", m.title())
                .field("category", m.category().name().toLowerCase(java.util.Locale.ROOT))
                .field("severity", m.defaultSeverity().label())
                .field("rationale", m.rationale())
                .field("bad", m.badExample())
                .field("good", m.goodExample())
                .field("profile", m.profile());
            out.name("thresholds").beginArray();
            for (Threshold t : m.thresholds()) {
                out.beginObject().field("key", m.id() + "." + t.name()).field("name", t.name()).name("default").value(t.defaultValue())
                    .field("unit", t.unit().label()).field("description", t.description()).endObject();
            }
            out.endArray().endObject();
        }
        cached = out.endArray().endObject().toString();
        return cached;
    }
}
