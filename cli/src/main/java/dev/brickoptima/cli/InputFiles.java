package dev.brickoptima.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the PATH arguments: files as given, directories recursively to their *.sql, *.plan and *.explain.txt files
 * and Spark event logs (recognised by content; a rolling {@code eventlog_v2_*} directory is one input).
 */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p) && !isRollingLog(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && !insideRollingLog(f, p) || isRollingLog(f))
                        .filter(InputFiles::analysable).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UsageException("cannot read directory " + p + ": " + e.getMessage());
                }
            } else {
                out.add(p); // a missing or unreadable file is reported per file, exit code 2
            }
        }
        return out;
    }

    private static boolean analysable(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".sql") || n.endsWith(".plan") || n.endsWith(".explain.txt") || EventLogInputs.isEventLog(p);
    }

    private static boolean isRollingLog(Path p) {
        return Files.isDirectory(p) && p.getFileName() != null
            && dev.brickoptima.jvm.eventlog.RollingEventLogs.isRollingDirName(p.getFileName().toString());
    }

    /** The files of a rolling log are read through their directory, never one by one. */
    private static boolean insideRollingLog(Path f, Path root) {
        for (Path d = f.getParent(); d != null && !d.equals(root.getParent()); d = d.getParent()) {
            if (isRollingLog(d)) return true;
        }
        return false;
    }
}
