package dev.brickoptima.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The default base directory of reports: the enclosing repository's root (a directory holding .git), else the start directory. */
final class BaseDir {
    private BaseDir() {
    }

    static Path detect(Path start) {
        Path abs = start.toAbsolutePath().normalize();
        for (Path d = abs; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) return d;
        }
        return abs;
    }
}
