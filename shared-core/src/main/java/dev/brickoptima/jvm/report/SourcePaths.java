package dev.brickoptima.jvm.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Relative paths and correctly encoded URIs for files in reports (RFC 3986: only unreserved characters stay as they are). */
public final class SourcePaths {
    private SourcePaths() {
    }

    /** {@code file} relative to {@code baseDir} with '/' separators, or null when it is not under it. */
    public static String relative(Path file, Path baseDir) {
        Path f = file.toAbsolutePath().normalize();
        Path b = baseDir.toAbsolutePath().normalize();
        if (!f.startsWith(b) || f.equals(b)) return null;
        return b.relativize(f).toString().replace('\\', '/');
    }

    /** A relative path as a URI reference: each segment percent-encoded, '/' kept. */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xf));
            }
        }
        return sb.toString();
    }

    /** The absolute {@code file:} URI of a path; directories end with '/'. */
    public static String fileUri(Path p, boolean directory) {
        String abs = p.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (!abs.startsWith("/")) abs = "/" + abs; // Windows drive paths
        String uri = "file://" + encodePath(abs);
        return directory && !uri.endsWith("/") ? uri + "/" : uri;
    }
}
