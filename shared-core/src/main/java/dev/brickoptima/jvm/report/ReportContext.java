package dev.brickoptima.jvm.report;

import java.nio.file.Path;

/**
 * What a report needs besides the findings: the tool version and the directory paths are made relative to
 * ({@code %SRCROOT%} in SARIF, the path in GitHub annotations and Code Climate issues, baseline entries).
 */
public record ReportContext(String toolVersion, Path baseDir) {
    public ReportContext {
        baseDir = baseDir.toAbsolutePath().normalize();
    }

    /** The path of a file relative to the base directory with '/' separators, or the absolute path when outside it. */
    public String relativePath(Path file) {
        String rel = SourcePaths.relative(file, baseDir);
        return rel != null ? rel : file.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** The path shown for an input: relative to the base directory for files, the label for other inputs. */
    public String displayPath(AnalyzedInput in) {
        return in.file() != null ? relativePath(in.file()) : in.report().path();
    }
}
