package dev.brickoptima.jvm.code;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.finding.Fix;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The shared Java fixture set ({@code fixtures/java}) as every host's conformance test reads it: the sources, the
 * findings they expect, and a javac check that a fixed source still compiles with the others and the API stubs.
 * Hosts: the CLI, the JDT adapter and IntelliJ PSI (test-jar of shared-core); Eclipse's OSGi test builds with JDT.
 */
public final class JavaFixtures {
    public static final Path ROOT = root();
    public static final Path SOURCES = ROOT.resolve("src/com/acme/fixtures");
    public static final Path STUBS = ROOT.resolve("stubs");
    /** Marks a source (in its first lines) that uses Java 14+ syntax: text blocks, switch expressions. */
    public static final String JAVA_17_MARK = "// fixture: java 17";

    private JavaFixtures() {
    }

    private static Path root() {
        String p = System.getProperty("brickoptima.fixtures");
        if (p != null) return Path.of(p);
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("fixtures/java"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("fixtures/java not found above " + Path.of("").toAbsolutePath());
        return dir.resolve("fixtures/java");
    }

    /** File name -> source, in name order. */
    public static Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(SOURCES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) out.put(p.getFileName().toString(), read(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a fixture uses syntax newer than the IntelliJ 183 core parses (text blocks, switch expressions). */
    public static boolean needsJava17(String source) {
        return source.contains(JAVA_17_MARK);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every host must report for {@code source}. */
    public static List<String> expected(String source) {
        return ExpectedFindings.of(source);
    }

    /** The stubs compiled to class files (a {@code --classpath} for hosts that read compiled APIs). */
    public static Path compiledStubs(Path into) {
        return compiled(List.of(STUBS), into);
    }

    /** Every Java source under {@code roots} compiled together into {@code into}. */
    public static Path compiled(List<Path> roots, Path into) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String errors = javac(files, into);
        if (errors != null) throw new IllegalStateException(errors);
        return into;
    }

    /**
     * Compiles every fixture, with {@code fileName} replaced by {@code source}, against the stubs; null when it
     * compiles, else the compiler's errors.
     */
    public static String compiles(String fileName, String source, Path work) {
        try {
            Path src = work.resolve("src");
            Files.createDirectories(src);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources().entrySet()) {
                Path f = src.resolve(e.getKey());
                Files.writeString(f, e.getKey().equals(fileName) ? source : e.getValue());
                files.add(f);
            }
            try (Stream<Path> s = Files.walk(STUBS)) {
                s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            }
            Path out = work.resolve("classes");
            Files.createDirectories(out);
            return javac(files, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javac(List<Path> files, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-d", out.toString(), "-proc:none", "-nowarn"), null, units).call();
            if (ok) return null;
            StringBuilder sb = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies each fix (and each suppression) of each finding to {@code source} on its own and checks the result
     * compiles and no longer has that finding: {@code analyze} re-runs the host. Returns the problems, empty when none.
     */
    public static List<String> checkFixes(String fileName, String source, List<CodeFinding> findings,
                                          BiFunction<String, String, List<CodeFinding>> analyze, Path work) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (CodeFinding f : findings) {
            List<Fix> fixes = new ArrayList<>(f.edits());
            if (f.suppression() != null) fixes.add(f.suppression());
            for (Fix fix : fixes) {
                String fixed = fix.applyTo(source);
                String what = fileName + " " + ExpectedFindings.describe(f.ruleId(), f.finding().location()) + " '" + fix.description() + "'";
                String errors = compiles(fileName, fixed, work.resolve("fix" + n++));
                if (errors != null) problems.add(what + " does not compile:\n" + fixed + "\n" + errors);
                long before = findings.stream().filter(g -> g.ruleId().equals(f.ruleId())).count();
                long after = analyze.apply(fileName, fixed).stream().filter(g -> g.ruleId().equals(f.ruleId())).count();
                if (after >= before) problems.add(what + " leaves the finding: " + after + " of " + before);
            }
        }
        return problems;
    }

    /**
     * One line per fix ({@code File.java rule LINE:COL-END | description | start-end:replacement ...}, the suppression
     * marked), escaped: what "the same fixes" compares across hosts, and the golden file {@link #EXPECTED_FIXES} holds.
     */
    public static List<String> fixes(String fileName, List<CodeFinding> findings) {
        List<String> out = new ArrayList<>();
        for (CodeFinding f : findings) {
            for (Fix fix : f.edits()) out.add(ExpectedFindings.fixLine(fileName, f.ruleId(), f.finding().location(), fix, false));
            if (f.suppression() != null) out.add(ExpectedFindings.fixLine(fileName, f.ruleId(), f.finding().location(), f.suppression(), true));
        }
        return out;
    }

    public static final Path EXPECTED_FIXES = ROOT.resolve("expected-fixes.txt");

    /** The golden list of fixes every host must offer, one per line. */
    public static List<String> expectedFixes() {
        return List.of(read(EXPECTED_FIXES).split("\n"));
    }
}
