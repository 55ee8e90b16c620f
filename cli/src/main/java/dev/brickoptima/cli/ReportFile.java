package dev.brickoptima.cli;

import dev.brickoptima.jvm.report.AnalyzedInput;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a report to {@code -o FILE}: never over one of the inputs, and with a clear error when it cannot. */
final class ReportFile {
    private ReportFile() {
    }

    static void write(Path output, String rendered, List<AnalyzedInput> inputs) {
        Path dir = output.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("cannot write the report to " + output + ": directory " + dir + " does not exist");
        }
        if (Files.exists(output)) {
            for (AnalyzedInput in : inputs) {
                if (in.file() != null && sameFile(output, in.file())) {
                    throw new UsageException("-o " + output + " is one of the inputs; the report would overwrite it (choose another file)");
                }
            }
        }
        try {
            Files.writeString(output, rendered);
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write the report to " + output + ": permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + output + ": " + InputReader.describe(e));
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
