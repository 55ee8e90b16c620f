package dev.brickoptima.eclipse.settings;

import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigFileLoader;
import dev.brickoptima.jvm.config.ConfigLookup;
import dev.brickoptima.jvm.config.ProjectConfig;
import dev.brickoptima.eclipse.markers.MarkerFixes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code brickoptima.yml} files that apply to a workspace file, found and read by the core's
 * {@link ConfigLookup} exactly as the command line finds them (up from the file to a {@code root: true} file, the
 * repository root or the filesystem root), so Eclipse and CI report the same. Files are re-read when they change, and
 * an edit to a {@code brickoptima.yml} re-analyses the projects below it.
 * <p>
 * A file that cannot be used is never fatal: the analysis falls back to the preferences alone, and the file gets one
 * error marker ({@link #PROBLEM_MARKER}) saying why, removed once it is fixed.
 */
public final class ConfigFiles {
    /** Problem marker on an unusable brickoptima.yml (or on the project, when the file is outside the workspace). */
    public static final String PROBLEM_MARKER = "dev.brickoptima.eclipse.configproblem";
    /** Job family of the marker updates (so tests can wait for them). */
    public static final Object MARKER_FAMILY = new Object();

    private static final ConfigLookup LOOKUP = new ConfigLookup();
    /** The message last shown for each unusable file, so each problem gets one marker, not one per analysed file. */
    private static final Map<Path, String> REPORTED = new ConcurrentHashMap<>();
    private static volatile boolean watching;

    private ConfigFiles() {
    }

    /** The configuration files for {@code resource}; the defaults when there are none or one cannot be used. */
    public static ProjectConfig forResource(IResource resource) {
        watch();
        IPath location = resource == null ? null : resource.getLocation();
        if (location == null) return ConfigLookup.defaults();
        try {
            ProjectConfig found = LOOKUP.forFile(location.toFile().toPath(), null);
            for (String source : found.sources()) resolved(Path.of(source));
            return found;
        } catch (ConfigException e) {
            report(e, resource.getProject());
            return ConfigLookup.defaults();
        } catch (RuntimeException | LinkageError e) {
            // e.g. a path the filesystem rejects, or a broken install: analyse with the preferences
            return ConfigLookup.defaults();
        }
    }

    private static void report(ConfigException e, IProject project) {
        Path file = e.file() != null ? e.file().toAbsolutePath().normalize() : null;
        Path key = file != null ? file : Path.of("<" + (project == null ? "workspace" : project.getName()) + ">");
        String message = e.getMessage() + " (BrickOptima uses the preferences until this is fixed)";
        if (message.equals(REPORTED.put(key, message))) return;
        IResource target = file == null ? null : workspaceFile(file);
        if (target == null) target = project != null ? project : ResourcesPlugin.getWorkspace().getRoot();
        update(target, key, message);
    }

    /** {@code file} was read without error: its marker, if it had one, goes. */
    private static void resolved(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (REPORTED.remove(key) == null) return;
        IResource target = workspaceFile(key);
        update(target != null ? target : ResourcesPlugin.getWorkspace().getRoot(), key, null);
    }

    private static IFile workspaceFile(Path file) {
        IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        for (IFile f : found) if (f.isAccessible()) return f;
        return null;
    }

    /** Replaces the config problem marker for {@code key} on {@code target} (none when {@code message} is null). */
    private static void update(IResource target, Path key, String message) {
        WorkspaceJob job = new WorkspaceJob("BrickOptima: configuration problems") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!target.isAccessible()) return Status.OK_STATUS;
                for (IMarker m : target.findMarkers(PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
                    if (key.toString().equals(m.getAttribute(IMarker.LOCATION, ""))) m.delete();
                }
                if (message != null) {
                    IMarker m = target.createMarker(PROBLEM_MARKER);
                    m.setAttributes(new String[] {IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LOCATION},
                        new Object[] {message, IMarker.SEVERITY_ERROR, key.toString()});
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MARKER_FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(target));
        job.schedule();
    }

    /** Re-analyses the projects a changed, added or removed brickoptima.yml applies to (once per workspace change). */
    private static void watch() {
        if (watching) return;
        synchronized (ConfigFiles.class) {
            if (watching) return;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
                Set<IProject> affected = new LinkedHashSet<>();
                try {
                    event.getDelta().accept(delta -> {
                        IResource r = delta.getResource();
                        if (r.getType() == IResource.FILE && ConfigFileLoader.DEFAULT_FILE_NAME.equals(r.getName())
                            && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                            // a removed file takes its marker with it; a new one at the same place is reported afresh
                            if (delta.getKind() == IResourceDelta.REMOVED && r.getLocation() != null) {
                                REPORTED.remove(r.getLocation().toFile().toPath().toAbsolutePath().normalize());
                            }
                            affected.addAll(projectsBelow(r));
                        }
                        return true;
                    });
                } catch (CoreException e) {
                    return;
                }
                for (IProject p : affected) MarkerFixes.rebuild(p);
            }, IResourceChangeEvent.POST_CHANGE);
            watching = true;
        }
    }

    /** The file's own project and every open project whose folder lies below the file's folder. */
    private static Set<IProject> projectsBelow(IResource yml) {
        Set<IProject> out = new LinkedHashSet<>();
        if (yml.getProject().isOpen()) out.add(yml.getProject());
        IPath dir = yml.getLocation() == null ? null : yml.getLocation().removeLastSegments(1);
        if (dir == null) return out;
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen() && p.getLocation() != null && dir.isPrefixOf(p.getLocation())) out.add(p);
        }
        return out;
    }
}
