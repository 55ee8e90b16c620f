package dev.brickoptima.eclipse.tests;

import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.text.LineIndex;
import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.markers.MarkerIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jdt.core.IJavaModelMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of real-shaped projects (fixtures/java/corpus) as workspace projects built by JDT, each with its build
 * file at the project root as a user's checkout has it: the markers must be the findings marked in the sources, as in
 * the CLI and IntelliJ. The plugin finds each project's database from its build file's JDBC driver (a MySQL project
 * gets no Spark-only advice, the Spark job on the Hive warehouse does), and reads a project's brickoptima.yml (the
 * legacy application declares its own SQL helper's methods as sinks there).
 */
class JavaCorpusInWorkspaceTest {
    private static final Path FIXTURES = Path.of(System.getProperty("brickoptima.fixtures", "../../../fixtures/java"));
    private static final Path CORPUS = FIXTURES.resolve("corpus");
    /** What a checkout has at the project root besides its sources. */
    private static final List<String> ROOT_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts", "brickoptima.yml");
    /** Workspace project -> source path under src/main/java -> source. */
    private static final Map<IProject, Map<String, String>> SOURCES = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));

    @BeforeAll
    static void createAndBuild() throws Exception {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                IProject project = ShopProject.emptyProject("corpus-" + dir.getFileName());
                for (String b : ROOT_FILES) {
                    if (Files.exists(dir.resolve(b))) ShopProject.write(project.getFile(b), Files.readString(dir.resolve(b)));
                }
                Map<String, String> sources = new TreeMap<>();
                copy(dir.resolve("src/main/java"), project, "src/main/java", sources);
                copy(FIXTURES.resolve("stubs"), project, "stubs", null);
                SOURCES.put(project, sources);
                ShopProject.javaProject(project, "src/main/java", "stubs");
                ShopProject.fullBuild(project);
            }
        }
    }

    private static void copy(Path from, IProject project, String to, Map<String, String> sources) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = from.relativize(f).toString().replace('\\', '/');
                String text = Files.readString(f);
                ShopProject.write(project.getFile(to + "/" + rel), text);
                if (sources != null) sources.put(rel, text);
            }
        }
    }

    private static List<String> findings(IFile f, String source) throws Exception {
        List<String> out = new ArrayList<>();
        LineIndex lines = new LineIndex(source);
        for (IMarker m : ShopProject.markers(f, MarkerIds.MARKER_TYPE)) {
            int s = m.getAttribute(IMarker.CHAR_START, -1);
            int e = m.getAttribute(IMarker.CHAR_END, -1);
            Location l = new Location(s, e, lines.line(s), lines.column(s), lines.line(e), lines.column(e), null);
            out.add(ExpectedFindings.describe(MarkerFixes.ruleId(m), l));
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void markersAreTheMarkedFindingsInEveryProject() throws Exception {
        assertTrue(SOURCES.size() >= 5, "corpus projects: " + SOURCES.keySet());
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<IProject, Map<String, String>> p : SOURCES.entrySet()) {
            // compile errors: exactly JDT's problem type, as JDT counts them (the SQL markers are a subtype)
            for (IMarker m : p.getKey().findMarkers(IJavaModelMarker.JAVA_MODEL_PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
                if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
                    mismatches.add(p.getKey().getName() + ": does not compile: " + m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, ""));
                }
            }
            for (Map.Entry<String, String> s : p.getValue().entrySet()) {
                List<String> expected = ExpectedFindings.of(s.getValue());
                List<String> actual = findings(p.getKey().getFile("src/main/java/" + s.getKey()), s.getValue());
                if (!expected.equals(actual)) mismatches.add(p.getKey().getName() + "/" + s.getKey() + ": expected " + expected + " but got " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
