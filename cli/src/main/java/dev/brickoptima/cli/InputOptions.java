package dev.brickoptima.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What to analyse, shared by analyze, baseline and fix: paths ('-' is standard input), exclusions, parallelism, base directory. */
public final class InputOptions {
    /** The PATH that stands for standard input. */
    static final String STDIN = "-";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; '-' reads standard input.")
    List<String> paths;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
        description = "The file name standard input is reported as (default: <stdin>).")
    String stdinFilename;

    @Option(names = "--exclude", paramLabel = "GLOB",
        description = "Skip paths matching this gitignore-style pattern (relative to the working directory). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Analyze up to N files in parallel (default: the number of processors).")
    Integer jobs;

    @Option(names = "--base-dir", paramLabel = "DIR",
        description = "Paths in reports and baselines are relative to DIR (default: the repository root, else the working directory).")
    Path baseDir;

    int parallelism() {
        if (jobs == null) return Runtime.getRuntime().availableProcessors();
        if (jobs < 1) throw new UsageException("--jobs must be at least 1");
        return jobs;
    }

    Path baseDirectory() {
        if (baseDir != null) {
            if (!java.nio.file.Files.isDirectory(baseDir)) throw new UsageException("--base-dir " + baseDir + " is not a directory");
            return baseDir.toAbsolutePath().normalize();
        }
        return BaseDir.detect(Path.of("").toAbsolutePath());
    }

    long stdinCount() {
        return paths.stream().filter(STDIN::equals).count();
    }
}
