package dev.brickoptima.eclipse.tests;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.search.IJavaSearchConstants;
import org.eclipse.jdt.core.search.SearchEngine;
import org.eclipse.jdt.core.search.SearchPattern;
import org.eclipse.jdt.core.search.TypeNameRequestor;
import org.osgi.framework.Bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample "shop" Java project (a JDBC DAO, a Spring repository, a Spark job, plus stand-ins for the Spark and
 * Spring APIs) created in the test workspace from this bundle's projects/shop folder, with the JDK as its library.
 */
final class ShopProject {
    static final String NAME = "shop";

    private ShopProject() {
    }

    static IJavaProject create() throws CoreException, IOException {
        return create(NAME);
    }

    /** The sample project under another name (each test class gets its own). */
    static IJavaProject create(String name) throws CoreException, IOException {
        IProject project = emptyProject(name);
        Bundle bundle = Platform.getBundle("dev.brickoptima.eclipse.tests");
        Enumeration<URL> entries = bundle.findEntries("projects/shop", "*.java", true);
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String rel = url.getPath().substring(url.getPath().indexOf("projects/shop/") + "projects/shop/".length());
            try (InputStream in = url.openStream()) {
                write(project.getFile(rel), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return javaProject(project);
    }

    /** A new, open project {@code name} with the Java nature, in a workspace that builds only when asked. */
    static IProject emptyProject(String name) throws CoreException {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription wd = ws.getDescription();
        wd.setAutoBuilding(false); // the tests build explicitly, so they know when markers are final
        ws.setDescription(wd);
        IProject project = ws.getRoot().getProject(name);
        if (project.exists()) project.delete(true, true, null);
        project.create(null);
        project.open(null);
        IProjectDescription d = project.getDescription();
        d.setNatureIds(new String[] {JavaCore.NATURE_ID});
        project.setDescription(d, null);
        return project;
    }

    /** The project as a Java 17 project with source folders src and stubs and {@link #jdkHome()} as its library. */
    static IJavaProject javaProject(IProject project) throws CoreException {
        return javaProject(project, "src", "stubs");
    }

    /** The project as a Java 17 project with these source folders and {@link #jdkHome()} as its library. */
    static IJavaProject javaProject(IProject project, String... sourceFolders) throws CoreException {
        IJavaProject jp = JavaCore.create(project);
        // a JDK as the system library (what a JRE container resolves to), without JDT launching
        IPath jrt = new Path(jdkHome()).append("lib").append("jrt-fs.jar");
        List<IClasspathEntry> entries = new ArrayList<>();
        for (String folder : sourceFolders) entries.add(JavaCore.newSourceEntry(project.getFullPath().append(folder)));
        entries.add(JavaCore.newLibraryEntry(jrt, null, null));
        jp.setRawClasspath(entries.toArray(new IClasspathEntry[0]), project.getFullPath().append("bin"), null);
        Map<String, String> options = new HashMap<>(jp.getOptions(false));
        JavaCore.setComplianceOptions("17", options);
        jp.setOptions(options);
        settle();
        return jp;
    }

    private static boolean initialized;

    /**
     * Lets JDT finish the background work a new Java project starts (its start-up initialization, indexing the new
     * classpath) before a test builds or reconciles, as JDT's own test suites do ("waitUntilIndexesReady"). A first
     * build that overlapped that work failed now and then inside JDT (NullPointerException "module is null" in
     * BinaryModuleBinding.create, java.base not found, a second build fine): 6 of 15 fresh runs of
     * ConfigFileInWorkspaceTest without this, 0 of 12 with it.
     */
    static void settle() throws CoreException {
        if (!initialized) {
            JavaCore.initializeAfterLoad(null);
            initialized = true;
        }
        new SearchEngine().searchAllTypeNames(null, SearchPattern.R_EXACT_MATCH, "!@$#!@".toCharArray(),
            SearchPattern.R_PATTERN_MATCH | SearchPattern.R_CASE_SENSITIVE, IJavaSearchConstants.CLASS,
            SearchEngine.createWorkspaceScope(), new TypeNameRequestor() {
            }, IJavaSearchConstants.WAIT_UNTIL_READY_TO_SEARCH, null);
    }

    /**
     * The JDK the test projects compile against: the running one, or the one the system property
     * {@code brickoptima.test.jdk} names. The Eclipse 2024-03 run sets it to a Java 17 JDK: its JDT (3.37) found no
     * java.lang.Object in the image of the Java 25 JDK the tests run on ("the build path is incomplete").
     */
    static String jdkHome() {
        String configured = System.getProperty("brickoptima.test.jdk", "").trim();
        if (configured.isEmpty()) return System.getProperty("java.home");
        if (!new java.io.File(configured, "lib/jrt-fs.jar").isFile()) {
            throw new IllegalStateException("brickoptima.test.jdk=" + configured + " is not a JDK 9+ home (no lib/jrt-fs.jar); "
                + "scripts/mvn passes a Java 17 home as java17.home");
        }
        return configured;
    }

    static void write(IFile file, String content) throws CoreException {
        mkdirs(file.getParent());
        ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) file.setContents(in, true, false, null);
        else file.create(in, true, null);
        file.setCharset("UTF-8", null);
    }

    private static void mkdirs(IContainer c) throws CoreException {
        if (c instanceof IFolder && !c.exists()) {
            mkdirs(c.getParent());
            ((IFolder) c).create(true, true, null);
        }
    }

    static void build(IProject project, int kind) throws CoreException {
        project.build(kind, null);
    }

    static void fullBuild(IProject project) throws CoreException {
        build(project, IncrementalProjectBuilder.FULL_BUILD);
    }

    static String read(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Markers of {@code type} on {@code file}, in source order. */
    static List<IMarker> markers(IFile file, String type) throws CoreException {
        List<IMarker> out = new ArrayList<>(List.of(file.findMarkers(type, true, IResource.DEPTH_ZERO)));
        out.sort(Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, -1)));
        return out;
    }
}
