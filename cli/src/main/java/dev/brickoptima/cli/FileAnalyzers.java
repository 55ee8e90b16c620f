package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzers of each input, by its configuration: built once per distinct configuration and shared by the
 * inputs that have it (analyzers are immutable and thread-safe). Every input's configuration is resolved before
 * anything is analysed, so a bad brickoptima.yml stops the run with one line naming the file and key.
 */
final class FileAnalyzers {
    private final Map<Path, AnalyzerConfig> configs = new HashMap<>();
    private final Map<AnalyzerConfig, BoundedSqlAnalyzer> sql = new ConcurrentHashMap<>();
    private final Map<AnalyzerConfig, PlanInputs> plans = new ConcurrentHashMap<>();

    FileAnalyzers(List<Path> inputs, ConfigOptions options) {
        for (Path p : inputs) configs.put(p, options.configFor(p));
    }

    BoundedSqlAnalyzer sql(Path input) {
        return sql.computeIfAbsent(configs.get(input), BoundedSqlAnalyzer::new);
    }

    PlanInputs plans(Path input) {
        return plans.computeIfAbsent(configs.get(input), PlanInputs::new);
    }
}
