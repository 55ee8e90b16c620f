package dev.brickoptima.jvm.config;

import dev.brickoptima.core.config.AnalyzerConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration files that apply to one analysed file, farthest first (the nearest one last, so it wins).
 * Empty when no file applies: the defaults. Immutable; {@link #builder()} makes a fresh builder each time, so a
 * host can put its own settings (IDE preferences, command-line options) on top.
 */
public final class ProjectConfig {
    private final List<ConfigLayer> layers;

    ProjectConfig(List<ConfigLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Where the settings come from, farthest first ("/repo/brickoptima.yml", "/repo/etl/brickoptima.yml"). */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (ConfigLayer l : layers) out.add(l.source());
        return out;
    }

    /** The defaults with every file applied in order; the caller may add its own settings before building. */
    public AnalyzerConfig.Builder builder() {
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        for (ConfigLayer l : layers) l.applyTo(b);
        return b;
    }

    public AnalyzerConfig config() {
        return builder().build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectConfig p && p.layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return layers.hashCode();
    }

    @Override
    public String toString() {
        return layers.isEmpty() ? "defaults" : String.join(" + ", sources());
    }
}
