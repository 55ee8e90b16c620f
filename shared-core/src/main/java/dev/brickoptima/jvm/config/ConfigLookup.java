package dev.brickoptima.jvm.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the configuration of an analysed file the way .editorconfig and SQLFluff do: every {@code brickoptima.yml}
 * from the file's directory up to the first of
 * <ul>
 *   <li>a file with {@code root: true},</li>
 *   <li>the repository root (a directory holding {@code .git}),</li>
 *   <li>the host's project root, when it gives one,</li>
 *   <li>the filesystem root;</li>
 * </ul>
 * nearer files override farther ones (see docs/configuration.md for how keys combine). Files are read once and
 * read again only when they change (size or modification time), so an IDE can call this on every analysis.
 * Thread-safe.
 */
public final class ConfigLookup {
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long size, long modified, ConfigLayer layer) {
    }

    /** The configuration that applies to {@code file} (a file or a directory to analyse). */
    public ProjectConfig forFile(Path file) throws ConfigException {
        return forFile(file, null);
    }

    /**
     * The configuration that applies to {@code file}, looking no higher than {@code projectRoot} (null: up to the
     * repository or filesystem root). An unreadable or invalid file is an error naming the file and the key.
     */
    public ProjectConfig forFile(Path file, Path projectRoot) throws ConfigException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        Path stop = projectRoot == null ? null : projectRoot.toAbsolutePath().normalize();
        List<ConfigLayer> nearestFirst = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            ConfigLayer layer = layerIn(d);
            if (layer != null) {
                nearestFirst.add(layer);
                if (layer.isRoot()) break;
            }
            if (d.equals(stop) || Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) break;
        }
        Collections.reverse(nearestFirst);
        return new ProjectConfig(nearestFirst);
    }

    /** The configuration of a single file given explicitly ({@code --config}): no lookup. */
    public static ProjectConfig of(Path configFile) throws ConfigException {
        return new ProjectConfig(List.of(ConfigFileLoader.read(configFile)));
    }

    /** The defaults, for a host that found no configuration. */
    public static ProjectConfig defaults() {
        return new ProjectConfig(List.of());
    }

    private ConfigLayer layerIn(Path dir) throws ConfigException {
        Path f = dir.resolve(ConfigFileLoader.DEFAULT_FILE_NAME);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(f, BasicFileAttributes.class);
        } catch (IOException e) {
            cache.remove(f);
            return null; // no configuration here
        }
        long modified = a.lastModifiedTime().toMillis();
        Cached c = cache.get(f);
        if (c != null && c.size() == a.size() && c.modified() == modified) return c.layer();
        ConfigLayer layer = ConfigFileLoader.read(f);
        cache.put(f, new Cached(a.size(), modified, layer));
        return layer;
    }
}
