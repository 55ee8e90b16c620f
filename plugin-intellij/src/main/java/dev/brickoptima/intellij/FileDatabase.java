package dev.brickoptima.intellij;

import com.intellij.openapi.vfs.VirtualFile;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.jvm.code.ProjectDatabase;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The database a Java file's project talks to, told by the JDBC driver of the build file above it on disk
 * ({@link ProjectDatabase}, the same lookup as the CLI's and Eclipse's); null for a file that is not on disk.
 */
final class FileDatabase {
    private static final ProjectDatabase DATABASES = new ProjectDatabase();

    private FileDatabase() {
    }

    static Dialect of(PsiFile file) {
        VirtualFile vf = file.getOriginalFile().getVirtualFile();
        if (vf == null) return null;
        try {
            // a local file's path is absolute; in-memory and archive files have no directory on disk to look in
            Path path = Path.of(vf.getPath());
            if (!path.isAbsolute() || path.getParent() == null || !Files.isDirectory(path.getParent())) return null;
            return DATABASES.forFile(path);
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }
}
