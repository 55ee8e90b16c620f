package dev.brickoptima.jvm.config;

import dev.brickoptima.core.config.AnalyzerConfig;

import java.util.List;
import java.util.function.Consumer;

/**
 * One configuration file, read and checked: the changes it makes on top of the configuration it inherits (the
 * files above it, or the defaults). Immutable; applying it never fails, since every value was checked when read.
 */
public final class ConfigLayer {
    private final String source;
    private final boolean root;
    private final List<Consumer<AnalyzerConfig.Builder>> edits;

    ConfigLayer(String source, boolean root, List<Consumer<AnalyzerConfig.Builder>> edits) {
        this.source = source;
        this.root = root;
        this.edits = List.copyOf(edits);
    }

    /** Where it was read from (a path, or a name given by the caller). */
    public String source() {
        return source;
    }

    /** {@code root: true}: files above this one are not read. */
    public boolean isRoot() {
        return root;
    }

    /** Applies this file's settings on top of {@code b} and returns it. */
    public AnalyzerConfig.Builder applyTo(AnalyzerConfig.Builder b) {
        for (Consumer<AnalyzerConfig.Builder> e : edits) e.accept(b);
        return b;
    }
}
