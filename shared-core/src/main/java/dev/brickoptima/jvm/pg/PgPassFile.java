package dev.brickoptima.jvm.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * libpq's password file ({@code ~/.pgpass}, or PGPASSFILE): lines {@code hostname:port:database:username:password},
 * {@code *} matching anything, {@code \:} and {@code \\} escaping, the first matching line winning. As libpq does,
 * a file that group or others may read is ignored, with a warning.
 */
public final class PgPassFile {
    /** The password found (or null) and a warning to show (or null). */
    public record Lookup(String password, String warning) {
    }

    private PgPassFile() {
    }

    /** Looks the connection up in PGPASSFILE or {@code home}/.pgpass. */
    public static Lookup lookup(PgUrl url, Map<String, String> env, Path home) {
        String explicit = env.get("PGPASSFILE");
        Path file = explicit != null && !explicit.isEmpty() ? Path.of(explicit) : home == null ? null : home.resolve(".pgpass");
        if (file == null || !Files.isRegularFile(file)) return new Lookup(null, null);
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                return new Lookup(null, "password file " + file + " has group or world access; it is ignored (chmod 0600 " + file + ")");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX permissions (Windows): libpq does not check there either
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return new Lookup(null, "cannot read password file " + file + ": " + e.getMessage());
        }
        return new Lookup(find(lines, url), null);
    }

    static String find(List<String> lines, PgUrl url) {
        String[] want = {url.host(), Integer.toString(url.port()), url.database(), url.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = fields(line);
            if (f == null) continue;
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) match = f[i].equals("*") || f[i].equals(want[i]);
            if (match) return f[4];
        }
        return null;
    }

    /** The five fields of a line, unescaped; null for a malformed line. */
    private static String[] fields(String line) {
        String[] out = new String[5];
        StringBuilder cur = new StringBuilder();
        int field = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && field < 4) {
                out[field++] = cur.toString();
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (field != 4) return null;
        out[4] = cur.toString();
        return out;
    }
}
