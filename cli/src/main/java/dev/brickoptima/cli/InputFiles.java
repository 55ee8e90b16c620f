package dev.brickoptima.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the PATH arguments: files as given, directories recursively to their *.sql, *.plan, *.explain.txt and *.explain.json files. */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(InputFiles::analysable).sorted().forEach(out::add);
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
        return n.endsWith(".sql") || n.endsWith(".plan") || n.endsWith(".explain.txt") || n.endsWith(".explain.json");
    }
}
