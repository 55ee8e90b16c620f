package dev.brickoptima.jvm.code;

import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigLookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus of real-shaped Java projects ({@code fixtures/java/corpus}, one directory per project: sources under
 * {@code src/main/java}, its build file, optionally a {@code brickoptima.yml}) as every host's corpus test reads it.
 * Each source marks every finding it expects ({@code // expect: rule@COL-END}, as the shared fixtures) and the
 * findings it must not get where a careless analysis would give them ({@code // quiet: rule, rule}; on a line that
 * cannot hold a comment, {@code // quiet@LINE: rule}). A host reports exactly the expected findings; the quiet marks
 * document the traps and count for the precision figure in docs.
 */
public final class JavaCorpus {
    public static final Path ROOT = JavaFixtures.ROOT.resolve("corpus");

    private JavaCorpus() {
    }

    /** One project of the corpus. */
    public record Project(String name, Path dir) {
        public Path sourceRoot() {
            return dir.resolve("src/main/java");
        }

        /** Path relative to {@link #sourceRoot()} ("com/shop/orders/OrderDao.java") -> source, in path order. */
        public Map<String, String> sources() {
            Map<String, String> out = new LinkedHashMap<>();
            try (Stream<Path> s = Files.walk(sourceRoot())) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    out.put(sourceRoot().relativize(p).toString().replace('\\', '/'), JavaFixtures.read(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        /** The project's configuration: its brickoptima.yml (none above the project counts), else the defaults. */
        public AnalyzerConfig config() {
            try {
                return new ConfigLookup().forFile(dir, dir).config();
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** The build file the project declares its dependencies in, or null. */
        public Path buildFile() {
            for (String name : ProjectDatabase.BUILD_FILES) if (Files.isRegularFile(dir.resolve(name))) return dir.resolve(name);
            return null;
        }
    }

    /** Every project, in name order. */
    public static List<Project> projects() {
        List<Project> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) out.add(new Project(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What every host must report for {@code source}: {@code rule LINE:COL-END}, sorted. */
    public static List<String> expected(String source) {
        return ExpectedFindings.of(source);
    }

    /** The findings {@code source} marks as traps a host must not fall into: {@code rule LINE}, sorted. */
    public static List<String> quiet(String source) {
        return ExpectedFindings.quiet(source);
    }

    /** Whether a source uses syntax newer than the IntelliJ 183 core parses (text blocks, switch expressions). */
    public static boolean needsJava17(String source) {
        return JavaFixtures.needsJava17(source);
    }

    /** The mismatches between a host's findings per file and the marks; empty when they agree. */
    public static List<String> mismatches(Project p, Map<String, List<String>> actualByFile) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> f : p.sources().entrySet()) {
            if (!actualByFile.containsKey(f.getKey())) continue;
            List<String> expected = expected(f.getValue());
            List<String> actual = actualByFile.get(f.getKey());
            if (!actual.equals(expected)) out.add(p.name() + "/" + f.getKey() + ": expected " + expected + " but got " + actual);
        }
        return out;
    }
}
