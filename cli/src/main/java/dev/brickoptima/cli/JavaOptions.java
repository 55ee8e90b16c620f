package dev.brickoptima.cli;

import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options for Java sources: where the APIs they call are compiled. */
public final class JavaOptions {
    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH",
        description = "Jars and class folders the Java sources compile against (separated by ':' or ';' as the platform does, repeatable). "
            + "Without it, calls are recognised by the declared type of their receiver and the imports.")
    List<String> classpath = new ArrayList<>();

    List<Path> classpath() {
        List<Path> out = new ArrayList<>();
        for (String entry : classpath) {
            for (String part : entry.split(File.pathSeparator)) {
                if (part.isBlank()) continue;
                Path p = Path.of(part);
                if (!Files.exists(p)) throw new UsageException("classpath entry " + part + " does not exist");
                out.add(p);
            }
        }
        return out;
    }
}
