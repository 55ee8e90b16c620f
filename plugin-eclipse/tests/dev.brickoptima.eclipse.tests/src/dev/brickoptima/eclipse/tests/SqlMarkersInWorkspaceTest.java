package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.markers.MarkerIds;
import dev.brickoptima.eclipse.markers.SqlMarkerResolutionGenerator;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.core.IJavaModelMarker;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless Eclipse: a real workspace Java project is built by JDT, which drives BrickOptima's compilation
 * participant; the markers, their quick fixes and the reconcile (while typing) path are checked end to end.
 * Each test gets the sample project fresh and built, and leaves the preferences as it found them, so the tests hold
 * in any order and alone.
 */
class SqlMarkersInWorkspaceTest {
    /** The rules these tests pin down; others may report too and are not asserted here. */
    private static final Set<String> CHECKED = Set.of("select-star", "null-comparison", "delete-update-without-where",
        "sql-injection", "sql-injection-risk", "parse-error");
    private IProject project;

    @BeforeEach
    void createAndBuild() throws Exception {
        IJavaProject javaProject = ShopProject.create();
        project = javaProject.getProject();
        ShopProject.fullBuild(project);
    }

    @AfterEach
    void restorePreferencesAndDeleteTheProject() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.remove(SettingsKeys.DISABLED_RULES);
        node.flush();
        // a "Disable rule" fix rebuilds in a background job: let it end before the project goes
        Job.getJobManager().join(dev.brickoptima.eclipse.markers.MarkerFixes.REBUILD_FAMILY, null);
        project.delete(true, true, null);
    }

    private IFile file(String name) {
        return project.getFile("src/com/acme/shop/" + name);
    }

    /** "rule 'marked text' severity" of each BrickOptima marker of a checked rule, in source order. */
    private static List<String> describe(IFile file) throws Exception {
        String src = ShopProject.read(file);
        List<String> out = new ArrayList<>();
        for (IMarker m : ShopProject.markers(file, MarkerIds.MARKER_TYPE)) {
            String rule = m.getAttribute(MarkerIds.RULE_ID, "?");
            if (!CHECKED.contains(rule)) continue;
            int s = m.getAttribute(IMarker.CHAR_START, -1);
            int e = m.getAttribute(IMarker.CHAR_END, -1);
            out.add(rule + " '" + src.substring(s, e) + "' " + m.getAttribute(MarkerIds.RULE_SEVERITY, "?"));
        }
        return out;
    }

    private static IMarker marker(IFile file, String rule, String marked) throws Exception {
        String src = ShopProject.read(file);
        for (IMarker m : ShopProject.markers(file, MarkerIds.MARKER_TYPE)) {
            int s = m.getAttribute(IMarker.CHAR_START, -1);
            int e = m.getAttribute(IMarker.CHAR_END, -1);
            if (rule.equals(m.getAttribute(MarkerIds.RULE_ID, "")) && src.substring(s, e).equals(marked)) return m;
        }
        throw new AssertionError("no " + rule + " marker on '" + marked + "' in " + file.getName() + ": " + describe(file));
    }

    private static IMarkerResolution resolution(IMarker m, String labelStart) {
        IMarkerResolution[] all = new SqlMarkerResolutionGenerator().getResolutions(m);
        List<String> labels = new ArrayList<>();
        for (IMarkerResolution r : all) {
            if (r.getLabel().startsWith(labelStart)) return r;
            labels.add(r.getLabel());
        }
        throw new AssertionError("no resolution '" + labelStart + "...' among " + labels);
    }

    @Test
    void theSampleProjectCompilesCleanly() throws Exception {
        // compile errors are markers of exactly JDT's problem type: what JDT's launch check and builder look for
        for (IMarker m : project.findMarkers(IJavaModelMarker.JAVA_MODEL_PROBLEM_MARKER, false, IProject.DEPTH_INFINITE)) {
            assertFalse(m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR,
                "compile error in the sample project: " + m.getAttribute(IMarker.MESSAGE, "") + " in " + m.getResource().getName());
        }
        // the SQL problems are a subtype of it (so the Java editor handles them like its own), with errors among them
        boolean sqlError = false;
        for (IMarker m : project.findMarkers(MarkerIds.MARKER_TYPE, false, IProject.DEPTH_INFINITE)) {
            assertTrue(m.isSubtypeOf(IJavaModelMarker.JAVA_MODEL_PROBLEM_MARKER), m.getType());
            sqlError |= m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR;
        }
        assertTrue(sqlError, "the sample has SQL errors (sql-injection), and they are not compile errors");
    }

    @Test
    void buildMarksTheOffendingSqlFragments() throws Exception {
        assertEquals(List.of(
            "select-star '*' warning",
            "sql-injection 'customer' error",
            "null-comparison 'cancelled_at = NULL' warning",
            "delete-update-without-where 'DELETE FROM orders' error",
            "null-comparison 'shipped_at = NULL' warning"), describe(file("OrderDao.java")));
        assertEquals(List.of(
            "null-comparison 'sale_date = NULL' warning",
            "select-star '*' warning",
            "sql-injection 'region' error"), describe(file("SalesJob.java")));
        assertEquals(List.of("sql-injection 'city' error"), describe(file("CustomerRepository.java")));

        IMarker star = marker(file("OrderDao.java"), "select-star", "*");
        assertTrue(star.isSubtypeOf(IMarker.PROBLEM));
        assertEquals(IMarker.SEVERITY_WARNING, star.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(13, star.getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(star.getAttribute(IMarker.MESSAGE, "").endsWith("[select-star]"));
        assertEquals(IMarker.SEVERITY_ERROR, marker(file("OrderDao.java"), "sql-injection", "customer").getAttribute(IMarker.SEVERITY, -1));
    }

    @Test
    void quickFixRewritesTheLiteralAndTheMarkerGoesAway() throws Exception {
        IFile dao = file("OrderDao.java");
        IMarker m = marker(dao, "null-comparison", "cancelled_at = NULL");
        List<String> labels = new ArrayList<>();
        for (IMarkerResolution r : new SqlMarkerResolutionGenerator().getResolutions(m)) labels.add(r.getLabel());
        assertEquals(List.of("Replace with 'cancelled_at IS NULL'", "Suppress 'null-comparison' for this statement",
            "Disable rule 'null-comparison'"), labels);
        resolution(m, "Replace with").run(m);
        assertTrue(ShopProject.read(dao).contains("connection.prepareStatement(\"DELETE FROM orders WHERE cancelled_at IS NULL\")"));

        ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
        assertEquals(List.of(
            "select-star '*' warning",
            "sql-injection 'customer' error",
            "delete-update-without-where 'DELETE FROM orders' error",
            "null-comparison 'shipped_at = NULL' warning"), describe(dao));
    }

    @Test
    void textBlockFixAndBindParameterFixInTheSparkJob() throws Exception {
        IFile job = file("SalesJob.java");
        // two fixes from one build: the later one first, so the earlier one's offsets are still those it was analysed at
        IMarker nul = marker(job, "null-comparison", "sale_date = NULL");
        IMarker inj = marker(job, "sql-injection", "region");
        resolution(inj, "Pass the concatenated values as bind parameters").run(inj);
        resolution(nul, "Replace with").run(nul);
        String src = ShopProject.read(job);
        assertTrue(src.contains("            WHERE sale_date IS NULL\n"), src);
        assertTrue(src.contains("spark.sql(\"SELECT * FROM sales WHERE region = ?\", new Object[] {region})"), src);

        ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
        assertEquals(List.of("select-star '*' warning"), describe(job));
    }

    @Test
    void suppressForThisStatementWritesACommentTheNextBuildHonours() throws Exception {
        IFile dao = file("OrderDao.java");
        IMarker del = marker(dao, "delete-update-without-where", "DELETE FROM orders");
        resolution(del, "Suppress").run(del);
        assertTrue(ShopProject.read(dao).contains("// brickoptima:ignore delete-update-without-where\n            return st.executeUpdate(\"DELETE FROM orders\");"));
        ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
        assertFalse(describe(dao).contains("delete-update-without-where 'DELETE FROM orders' error"));
        assertTrue(describe(dao).contains("select-star '*' warning"));
    }

    @Test
    void reconcileReportsProblemsWhileTyping() throws Exception {
        ICompilationUnit cu = JavaCore.createCompilationUnitFrom(file("CustomerRepository.java"));
        String[] typed = new String[1];
        List<CategorizedProblem> reported = Reconcile.problems(cu, src -> typed[0] = src.replace("    public List<String> namesIn",
            "    public int wipe() {\n        return jdbc.update(\"DELETE FROM customers\");\n    }\n\n    public List<String> namesIn"));
        List<String> seen = new ArrayList<>();
        for (CategorizedProblem p : reported) seen.add(p.getMessage().substring(p.getMessage().lastIndexOf('[')) + " '"
            + typed[0].substring(p.getSourceStart(), p.getSourceEnd() + 1) + "'");
        assertTrue(seen.contains("[delete-update-without-where] 'DELETE FROM customers'"), seen.toString());
        assertTrue(seen.contains("[sql-injection] 'city'"), seen.toString());
        // typing alone changes no file and no marker
        assertEquals(List.of("sql-injection 'city' error"), describe(file("CustomerRepository.java")));
    }

    @Test
    void disableRuleTurnsItOffAndReanalysesTheProject() throws Exception {
        IFile dao = file("OrderDao.java");
        IMarker star = marker(dao, "select-star", "*");
        resolution(star, "Disable rule").run(star);
        assertTrue(InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER).get(SettingsKeys.DISABLED_RULES, "").contains("select-star"));
        // the resolution rebuilds the project in a background job
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(dev.brickoptima.eclipse.markers.MarkerFixes.REBUILD_FAMILY, null);
        assertFalse(describe(dao).contains("select-star '*' warning"), describe(dao).toString());
        assertNotNull(marker(dao, "sql-injection", "customer"));
    }
}
