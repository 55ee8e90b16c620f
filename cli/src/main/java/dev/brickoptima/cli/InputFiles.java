package dev.brickoptima.cli;

import dev.brickoptima.jvm.eventlog.RollingEventLogs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Expands the PATH arguments: files as given, directories recursively to their *.sql, *.java, *.plan, *.explain.txt and
 * *.explain.json files and Spark event logs (recognised by content; a rolling {@code eventlog_v2_*} directory is one input),
 * skipping build output and VCS directories ({@link #SKIPPED_DIRECTORIES}), paths matched by {@code --exclude} and by
 * {@code .brickoptimaignore} files (in the working directory and in any directory walked).
 */
final class InputFiles {
    /** Directory names never walked into: build output and VCS metadata hold copies, not sources. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", "node_modules", ".git");

    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths, List<String> excludes) {
        Path cwd = Path.of("").toAbsolutePath();
        IgnoreRules base = IgnoreRules.of(excludes, cwd).withFileIn(cwd);
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p) && !isRollingLog(p)) {
                walk(p, base, out);
            } else if (!explicitFileIgnored(p, base)) {
                out.add(p); // a missing or unreadable file is reported per file, exit code 2
            }
        }
        return out;
    }

    private static void walk(Path dir, IgnoreRules base, List<Path> out) {
        Deque<IgnoreRules> scopes = new ArrayDeque<>();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    IgnoreRules outer = scopes.isEmpty() ? base : scopes.peek();
                    boolean top = d.equals(dir);
                    if (!top && (SKIPPED_DIRECTORIES.contains(d.getFileName().toString()) || outer.ignored(d, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!top && isRollingLog(d)) {
                        found.add(d); // one input; its files are read through it, never one by one
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    scopes.push(d.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath()) ? outer : outer.withFileIn(d));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && analysable(f) && !scopes.peek().ignored(f, false)) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // an unreadable subdirectory (or file) is reported as an input that could not be read; the walk goes on
                    found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    scopes.pop();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot read directory " + dir + ": " + e.getMessage());
        }
        found.sort(null);
        out.addAll(found);
    }

    /**
     * A file named on the command line is skipped only when an exclusion matches it or one of its directories; the
     * ignore files of all its directories apply, from the top down, as git reads nested .gitignore files.
     */
    private static boolean explicitFileIgnored(Path f, IgnoreRules base) {
        Path abs = f.toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (Path d = abs.getParent(); d != null; d = d.getParent()) dirs.add(0, d);
        IgnoreRules rules = base;
        for (Path d : dirs) {
            if (rules.ignored(d, true)) return true;
            if (!d.equals(Path.of("").toAbsolutePath())) rules = rules.withFileIn(d);
        }
        return rules.ignored(abs, false);
    }

    private static boolean analysable(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".sql") || n.endsWith(".java") || n.endsWith(".plan") || n.endsWith(".explain.txt")
            || n.endsWith(".explain.json") || EventLogInputs.isEventLog(p);
    }

    private static boolean isRollingLog(Path p) {
        return p.getFileName() != null && RollingEventLogs.isRollingDirName(p.getFileName().toString())
            && EventLogInputs.isEventLog(p);
    }
}
