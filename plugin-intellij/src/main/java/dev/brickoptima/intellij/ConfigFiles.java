package dev.brickoptima.intellij;

import com.intellij.openapi.vfs.VirtualFile;
import com.intellij.psi.PsiFile;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigLookup;
import dev.brickoptima.jvm.config.ProjectConfig;

import java.nio.file.Path;

/**
 * The {@code brickoptima.yml} files that apply to a file, found and read by the core's {@link ConfigLookup} exactly as
 * the command line finds them (up from the file to a {@code root: true} file, the repository root or the filesystem
 * root), so the IDE and CI report the same. Files are re-read when they change. An unusable file is never fatal: the
 * analysis goes on with the IDE settings alone, and the SQL inspection shows why, once per file ({@link Found#problem}).
 */
final class ConfigFiles {
    private final ConfigLookup lookup = new ConfigLookup();

    /** The files that apply, and the one-line problem when one could not be used (then {@code files} are the defaults). */
    record Found(ProjectConfig files, String problem) {
    }

    /** The files that apply to {@code file}; the defaults for a file not on disk. */
    Found forFile(PsiFile file) {
        VirtualFile vf = file.getOriginalFile().getVirtualFile();
        // "file": a file on disk (not an in-memory copy or a jar entry), whichever local file system holds it
        if (vf == null || !"file".equals(vf.getFileSystem().getProtocol())) return new Found(ConfigLookup.defaults(), null);
        try {
            return new Found(lookup.forFile(Path.of(vf.getPath()), null), null);
        } catch (ConfigException e) {
            return new Found(ConfigLookup.defaults(), e.getMessage() + " (BrickOptima uses the IDE settings until this is fixed)");
        } catch (RuntimeException e) {
            return new Found(ConfigLookup.defaults(), null); // a path the filesystem rejects: the IDE settings alone
        }
    }
}
