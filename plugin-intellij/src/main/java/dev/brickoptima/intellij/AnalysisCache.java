package dev.brickoptima.intellij;

import dev.brickoptima.core.sql.SqlAnalysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Analyses by literal text (and settings version), least recently used evicted. Re-highlighting an unchanged
 * file, or the same SQL in many places, costs a map lookup instead of a parse.
 */
final class AnalysisCache {
    static final int MAX_ENTRIES = 4_000;
    private static final AnalysisCache INSTANCE = new AnalysisCache();

    private final Map<String, SqlAnalysis> map = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SqlAnalysis> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long hits;
    private long misses;

    static AnalysisCache get() {
        return INSTANCE;
    }

    synchronized SqlAnalysis lookup(String key) {
        SqlAnalysis a = map.get(key);
        if (a != null) hits++;
        else misses++;
        return a;
    }

    synchronized void put(String key, SqlAnalysis a) {
        map.put(key, a);
    }

    synchronized void clear() {
        map.clear();
        hits = 0;
        misses = 0;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
