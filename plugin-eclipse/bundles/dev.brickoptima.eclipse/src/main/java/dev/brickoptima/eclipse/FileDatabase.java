package dev.brickoptima.eclipse;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.jvm.code.ProjectDatabase;
import org.eclipse.core.resources.IResource;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.JavaModelException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The database a Java file's project talks to: the JDBC driver of the build file above it on disk
 * ({@link ProjectDatabase}, the same lookup as the CLI's and IntelliJ's), else the driver jar on the project's
 * resolved classpath (a project whose libraries are not declared in a pom.xml or build.gradle). Null when neither tells.
 */
public final class FileDatabase {
    private static final ProjectDatabase DATABASES = new ProjectDatabase();

    private FileDatabase() {
    }

    public static Dialect of(IResource file) {
        if (file == null) return null;
        try {
            if (file.getLocation() != null) {
                Dialect d = DATABASES.forFile(file.getLocation().toFile().toPath());
                if (d != null) return d;
            }
            IJavaProject jp = JavaCore.create(file.getProject());
            if (jp == null || !jp.exists()) return null;
            List<Path> jars = new ArrayList<>();
            for (IClasspathEntry e : jp.getResolvedClasspath(true)) {
                if (e.getEntryKind() == IClasspathEntry.CPE_LIBRARY && e.getPath() != null) jars.add(Path.of(e.getPath().lastSegment()));
            }
            return ProjectDatabase.onClasspath(jars);
        } catch (JavaModelException | RuntimeException e) {
            return null; // no database known: the configured dialect
        }
    }
}
