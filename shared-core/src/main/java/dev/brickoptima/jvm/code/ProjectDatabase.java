package dev.brickoptima.jvm.code;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.JdbcDrivers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database a Java file's project talks to, told by the JDBC driver its build declares ({@link JdbcDrivers}): the
 * nearest {@code pom.xml}, {@code build.gradle} or {@code build.gradle.kts} from the file's directory upwards that names
 * one (a module inherits its parent POM's dependencies), up to the repository root (a directory holding {@code .git})
 * or the host's project root. Build files are read once and again only when they change, so a host can ask on every
 * analysis. Unreadable or oversized files tell nothing. Thread-safe.
 */
public final class ProjectDatabase {
    static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    /** Build files are a few kilobytes; a larger file is not read whole (the head still tells the dependencies). */
    private static final int MAX_BYTES = 2_000_000;

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long size, long modified, Dialect dialect) {
    }

    /** The database of the project {@code file} (a source file or a directory) belongs to, or null when unknown. */
    public Dialect forFile(Path file) {
        return forFile(file, null);
    }

    /** As {@link #forFile(Path)}, looking no higher than {@code projectRoot} (null: up to the repository root). */
    public Dialect forFile(Path file, Path projectRoot) {
        if (file == null) return null;
        Path abs = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        Path stop = projectRoot == null ? null : projectRoot.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (String name : BUILD_FILES) {
                Dialect found = inBuildFile(d.resolve(name));
                if (found != null) return found;
            }
            if (d.equals(stop) || Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) return null;
        }
        return null;
    }

    /** The database the driver in one classpath tells ({@code postgresql-42.7.3.jar}), or null. */
    public static Dialect onClasspath(List<Path> entries) {
        return JdbcDrivers.onClasspath(entries.stream().map(Path::toString).toList());
    }

    private Dialect inBuildFile(Path f) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(f, BasicFileAttributes.class);
        } catch (IOException e) {
            cache.remove(f);
            return null; // no build file here
        }
        if (!a.isRegularFile()) return null;
        long modified = a.lastModifiedTime().toMillis();
        Cached c = cache.get(f);
        if (c != null && c.size() == a.size() && c.modified() == modified) return c.dialect();
        Dialect d;
        try (InputStream in = Files.newInputStream(f)) {
            d = JdbcDrivers.inBuildFile(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            d = null;
        }
        cache.put(f, new Cached(a.size(), modified, d));
        return d;
    }
}
