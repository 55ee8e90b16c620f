package dev.brickoptima.eclipse.tests;

import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.text.LineIndex;
import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.markers.MarkerIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jdt.core.IJavaModelMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared Java fixture set (fixtures/java) as a workspace project built by JDT: the markers must be the findings
 * marked in the sources and the fixes the golden list, exactly as in the CLI and IntelliJ; each fix, applied through
 * its marker resolution, must leave the project compiling (JDT) and its finding gone.
 */
class JavaFixturesInWorkspaceTest {
    private static final Path ROOT = Path.of(System.getProperty("brickoptima.fixtures", "../../../fixtures/java"));
    private static IProject project;
    private static final Map<String, String> SOURCES = new HashMap<>();

    @BeforeAll
    static void createAndBuild() throws Exception {
        project = ShopProject.emptyProject("fixtures");
        for (String folder : new String[] {"src", "stubs"}) {
            Path base = ROOT.resolve(folder);
            try (Stream<Path> files = Files.walk(base)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String rel = folder + "/" + base.relativize(f).toString().replace('\\', '/');
                    String text = Files.readString(f);
                    ShopProject.write(project.getFile(rel), text);
                    if (folder.equals("src")) SOURCES.put(f.getFileName().toString(), text);
                }
            }
        }
        ShopProject.javaProject(project);
        ShopProject.fullBuild(project);
    }

    private static IFile file(String name) {
        return project.getFile("src/com/acme/fixtures/" + name);
    }

    private static Location location(String source, IMarker m) {
        int s = m.getAttribute(IMarker.CHAR_START, -1);
        int e = m.getAttribute(IMarker.CHAR_END, -1);
        LineIndex lines = new LineIndex(source);
        return new Location(s, e, lines.line(s), lines.column(s), lines.line(e), lines.column(e), null);
    }

    private static List<String> findings(IFile f) throws Exception {
        String src = ShopProject.read(f);
        List<String> out = new ArrayList<>();
        for (IMarker m : ShopProject.markers(f, MarkerIds.MARKER_TYPE)) out.add(ExpectedFindings.describe(MarkerFixes.ruleId(m), location(src, m)));
        Collections.sort(out);
        return out;
    }

    /** Java compile errors: markers of exactly JDT's problem type, as JDT's own checks count them (ours are a subtype). */
    private static List<String> compileErrors() throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : project.findMarkers(IJavaModelMarker.JAVA_MODEL_PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) out.add(m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, ""));
        }
        return out;
    }

    @Test
    void markersAreTheMarkedFindings() throws Exception {
        assertEquals(List.of(), compileErrors());
        for (Map.Entry<String, String> s : SOURCES.entrySet()) {
            assertEquals(ExpectedFindings.of(s.getValue()), findings(file(s.getKey())), s.getKey());
        }
    }

    @Test
    void markerFixesAreTheGoldenFixesAndEachCompilesAndRemovesItsFinding() throws Exception {
        List<String> golden = Files.readAllLines(ROOT.resolve("expected-fixes.txt"));
        List<String> offered = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(SOURCES.keySet())) {
            IFile f = file(name);
            String original = SOURCES.get(name);
            List<IMarker> markers = ShopProject.markers(f, MarkerIds.MARKER_TYPE);
            List<String[]> toTry = new ArrayList<>();
            for (IMarker m : markers) {
                String rule = MarkerFixes.ruleId(m);
                Location l = location(original, m);
                String at = name + " " + ExpectedFindings.describe(rule, l);
                List<Fix> fixes = new ArrayList<>(MarkerFixes.fixes(m));
                for (Fix fix : fixes) offered.add(ExpectedFindings.fixLine(name, rule, l, fix, false));
                Fix sup = MarkerFixes.suppression(m);
                if (sup != null) {
                    offered.add(ExpectedFindings.fixLine(name, rule, l, sup, true));
                    fixes.add(sup);
                }
                for (int i = 0; i < fixes.size(); i++) toTry.add(new String[] {at, Integer.toString(markers.indexOf(m)), Integer.toString(i)});
            }
            for (String[] t : toTry) {
                // apply one fix to the pristine file through the marker (as the quick fix does), build, check, restore
                IMarker m = ShopProject.markers(f, MarkerIds.MARKER_TYPE).get(Integer.parseInt(t[1]));
                String rule = MarkerFixes.ruleId(m);
                List<Fix> fixes = new ArrayList<>(MarkerFixes.fixes(m));
                if (MarkerFixes.suppression(m) != null) fixes.add(MarkerFixes.suppression(m));
                long before = countRule(f, rule);
                assertTrue(MarkerFixes.apply(m, fixes.get(Integer.parseInt(t[2]))), t[0]);
                ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
                List<String> errors = compileErrors();
                if (!errors.isEmpty()) problems.add(t[0] + " fix " + t[2] + " does not compile: " + errors + "\n" + ShopProject.read(f));
                if (countRule(f, rule) >= before) problems.add(t[0] + " fix " + t[2] + " leaves the finding");
                ShopProject.write(f, original);
                ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
            }
        }
        assertEquals(golden, offered);
        assertEquals(List.of(), problems);
    }

    private static long countRule(IFile f, String rule) throws Exception {
        return ShopProject.markers(f, MarkerIds.MARKER_TYPE).stream().filter(m -> rule.equals(MarkerFixes.ruleId(m))).count();
    }
}
