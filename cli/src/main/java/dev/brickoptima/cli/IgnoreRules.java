package dev.brickoptima.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Patterns in gitignore syntax, each set rooted at a directory: {@code --exclude} patterns at the working directory,
 * a {@code .brickoptimaignore} at the directory holding it. The last matching pattern decides, as in git, and the
 * command line's patterns come after every file's (they take precedence, as in git).
 */
final class IgnoreRules {
    static final String FILE_NAME = ".brickoptimaignore";

    private record Scoped(Path root, IgnorePattern pattern) {
    }

    private final List<Scoped> filePatterns;
    private final List<Scoped> commandLine;

    private IgnoreRules(List<Scoped> filePatterns, List<Scoped> commandLine) {
        this.filePatterns = filePatterns;
        this.commandLine = commandLine;
    }

    static IgnoreRules of(List<String> excludes, Path root) {
        List<Scoped> out = new ArrayList<>();
        Path r = root.toAbsolutePath().normalize();
        for (String e : excludes) {
            IgnorePattern p = IgnorePattern.parse(e);
            if (p == null) throw new UsageException("--exclude: empty pattern");
            out.add(new Scoped(p.anchored() ? r : null, p)); // an unanchored name pattern applies wherever the file is
        }
        return new IgnoreRules(List.of(), out);
    }

    /** These rules plus the {@code .brickoptimaignore} in {@code dir}, if there is one. */
    IgnoreRules withFileIn(Path dir) {
        Path f = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) return this;
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + f + ": " + e.getMessage());
        }
        List<Scoped> out = new ArrayList<>(filePatterns);
        Path root = dir.toAbsolutePath().normalize();
        for (String line : lines) {
            IgnorePattern p = IgnorePattern.parse(line);
            if (p != null) out.add(new Scoped(root, p));
        }
        return new IgnoreRules(out, commandLine);
    }

    boolean ignored(Path path, boolean directory) {
        Path abs = path.toAbsolutePath().normalize();
        boolean ignored = false;
        for (List<Scoped> list : List.of(filePatterns, commandLine)) {
            for (Scoped s : list) {
                String rel;
                if (s.root() == null) {
                    rel = abs.getFileName() == null ? "" : abs.getFileName().toString();
                } else {
                    if (!abs.startsWith(s.root()) || abs.equals(s.root())) continue;
                    rel = s.root().relativize(abs).toString().replace('\\', '/');
                }
                if (s.pattern().matches(rel, directory)) ignored = !s.pattern().negated();
            }
        }
        return ignored;
    }
}
