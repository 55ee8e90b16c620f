package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.markers.MarkerIds;
import dev.brickoptima.eclipse.settings.ConfigFiles;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * brickoptima.yml in a real workspace: found for each analysed file, re-read when it changes (the edit alone
 * re-analyses the project), the preferences applied on top, and an unusable file reported once while the analysis
 * goes on with the preferences. Each test starts from the same state (no file, no preferences), so none depends on
 * another having run before it.
 */
class ConfigFileInWorkspaceTest {
    private static final String REPORTS = "package com.acme.shop;\n\n"
        + "import java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\n\n"
        + "public class Reports {\n"
        + "    public ResultSet open(Connection c) throws SQLException {\n"
        + "        return c.createStatement().executeQuery(\"SELECT id FROM orders WHERE status IN ('new', 'paid', 'sent', 'done')\");\n"
        + "    }\n"
        + "}\n";
    private static IProject project;

    @BeforeAll
    static void createAndBuild() throws Exception {
        // the workspace preferences at their defaults, whatever ran before: the findings below are the file's doing
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.clear();
        node.flush();
        project = ShopProject.create("configured").getProject();
        ShopProject.write(project.getFile("src/com/acme/shop/Reports.java"), REPORTS);
        ShopProject.fullBuild(project);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.remove(SettingsKeys.THRESHOLDS);
        node.flush();
        project.delete(true, true, null);
    }

    /** No brickoptima.yml and the thresholds preference unset, the project re-analysed with that. */
    @BeforeEach
    void startWithoutAFileOrPreferences() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.remove(SettingsKeys.THRESHOLDS);
        node.flush();
        IFile yml = project.getFile("brickoptima.yml");
        if (yml.exists()) {
            yml.delete(true, null);
            Job.getJobManager().join(MarkerFixes.REBUILD_FAMILY, null);
            Job.getJobManager().join(ConfigFiles.MARKER_FAMILY, null);
        }
        ShopProject.fullBuild(project);
    }

    private static List<String> rules(String file) throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : ShopProject.markers(project.getFile("src/com/acme/shop/" + file), MarkerIds.MARKER_TYPE)) {
            out.add(m.getAttribute(MarkerIds.RULE_ID, "?"));
        }
        return out;
    }

    /** Writes the project's brickoptima.yml and waits for the re-analysis the edit starts. */
    private static void writeConfig(String yaml) throws Exception {
        ShopProject.write(project.getFile("brickoptima.yml"), yaml);
        Job.getJobManager().join(MarkerFixes.REBUILD_FAMILY, null);
        Job.getJobManager().join(ConfigFiles.MARKER_FAMILY, null);
    }

    private static List<String> configProblems() throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : project.findMarkers(ConfigFiles.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            out.add(m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, ""));
        }
        return out;
    }

    @Test
    void withoutAFileTheDefaultsApply() throws Exception {
        assertTrue(rules("OrderDao.java").contains("select-star"), rules("OrderDao.java").toString());
        assertEquals(List.of(), rules("Reports.java"), "four values are below large-in-list's default of 100");
    }

    @Test
    void aThresholdAndADisabledRuleInTheFileChangeTheFindings() throws Exception {
        writeConfig("root: true\nrules:\n  disable: [select-star]\nthresholds:\n  large-in-list.max: 3\n");
        assertEquals(List.of("large-in-list"), rules("Reports.java"));
        assertTrue(!rules("OrderDao.java").contains("select-star"), rules("OrderDao.java").toString());
        assertTrue(rules("OrderDao.java").contains("sql-injection"), rules("OrderDao.java").toString());
    }

    @Test
    void thePreferencesApplyOnTopOfTheFile() throws Exception {
        writeConfig("root: true\nrules:\n  disable: [select-star]\nthresholds:\n  large-in-list.max: 3\n");
        assertEquals(List.of("large-in-list"), rules("Reports.java"));
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.put(SettingsKeys.THRESHOLDS, "large-in-list.max = 10");
        node.flush();
        ShopProject.fullBuild(project);
        assertEquals(List.of(), rules("Reports.java"));
        assertTrue(!rules("OrderDao.java").contains("select-star"), "the file's disabled rule still holds");
        node.remove(SettingsKeys.THRESHOLDS);
        node.flush();
        ShopProject.fullBuild(project);
        assertEquals(List.of("large-in-list"), rules("Reports.java"));
    }

    @Test
    void anUnusableFileIsOneErrorOnItAndTheAnalysisGoesOnWithThePreferences() throws Exception {
        writeConfig("root: true\nthresholds:\n  large-in-list.max: lots\n");
        assertEquals(List.of(), rules("Reports.java"));
        assertTrue(rules("OrderDao.java").contains("select-star"), rules("OrderDao.java").toString());
        List<String> problems = configProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("brickoptima.yml: "), problems.get(0));
        assertTrue(problems.get(0).contains("thresholds.large-in-list.max: expected a number, got a string ('lots')"), problems.get(0));
        assertTrue(problems.get(0).endsWith("(BrickOptima uses the preferences until this is fixed)"), problems.get(0));
        IMarker marker = project.findMarkers(ConfigFiles.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)[0];
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
    }

    @Test
    void fixingTheFileRemovesTheErrorAndAppliesIt() throws Exception {
        writeConfig("root: true\nthresholds:\n  large-in-list.max: lots\n");
        assertEquals(1, configProblems().size(), configProblems().toString());
        writeConfig("root: true\nthresholds:\n  large-in-list.max: 3\n");
        assertEquals(List.of(), configProblems());
        assertEquals(List.of("large-in-list"), rules("Reports.java"));
        IFile yml = project.getFile("brickoptima.yml");
        yml.delete(true, null);
        Job.getJobManager().join(MarkerFixes.REBUILD_FAMILY, null);
        assertEquals(List.of(), rules("Reports.java"), "removing the file re-analyses with the defaults");
    }
}
