package dev.brickoptima.jvm.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Event logs on the local file system: a single log file (any name) or a rolling {@code eventlog_v2_*} directory. */
public final class LocalEventLogs {
    private LocalEventLogs() {
    }

    /**
     * Whether {@code p} is an event log, by content: a rolling log directory, or a file that starts with a codec's
     * magic bytes or with a JSON object holding an {@code "Event"} field. Reads at most a few hundred bytes.
     */
    public static boolean isEventLog(Path p) {
        if (Files.isDirectory(p)) return isRollingDir(p);
        if (!Files.isRegularFile(p)) return false;
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(p)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        EventLogCodec codec = EventLogCodec.detect(head, n);
        if (codec == null) return false;
        if (codec != EventLogCodec.PLAIN) return true;
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int brace = text.indexOf('{');
        return brace >= 0 && text.indexOf("\"Event\"", brace) >= 0;
    }

    private static boolean isRollingDir(Path dir) {
        if (!RollingEventLogs.isRollingDirName(dir.getFileName() == null ? "" : dir.getFileName().toString())) return false;
        return !RollingEventLogs.eventFiles(names(dir)).isEmpty();
    }

    private static List<String> names(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new EventLogException("cannot list " + dir + ": " + e.getMessage());
        }
        return names;
    }

    /** The log at {@code p}; a missing file or an empty rolling directory is an {@link EventLogException}. */
    public static EventLogSource of(Path p) {
        if (Files.isDirectory(p)) {
            List<String> names = names(p);
            List<String> events = RollingEventLogs.eventFiles(names);
            if (events.isEmpty()) throw new EventLogException(p + " has no events_N_ files: not a rolling Spark event log");
            List<EventLogSource.Part> parts = new ArrayList<>();
            for (String e : events) parts.add(part(p.resolve(e)));
            return source(p.toString(), RollingEventLogs.inProgress(names), parts);
        }
        if (!Files.isRegularFile(p)) throw new EventLogException(p + ": no such file");
        return source(p.toString(), p.getFileName().toString().endsWith(".inprogress"), List.of(part(p)));
    }

    private static EventLogSource.Part part(Path file) {
        return EventLogSource.Part.of(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    private static EventLogSource source(String name, boolean inProgress, List<EventLogSource.Part> parts) {
        return EventLogSource.of(name, inProgress, parts);
    }
}
