package dev.brickoptima.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import dev.brickoptima.jvm.eventlog.EventLogSource;
import dev.brickoptima.jvm.eventlog.RollingEventLogs;

/**
 * Event logs on any Hadoop file system (local, HDFS, S3 through s3a, ABFS ...): listing a directory tree and opening a
 * log, a single file or a rolling {@code eventlog_v2_*} directory, as an {@link EventLogSource}.
 */
final class HadoopEventLogs {
    private HadoopEventLogs() {
    }

    /** Every event log under {@code dir}: files (not hidden, not .crc) and rolling log directories, recursively. */
    static List<String> list(FileSystem fs, Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> todo = new ArrayList<>(List.of(dir));
        while (!todo.isEmpty()) {
            Path d = todo.remove(todo.size() - 1);
            for (FileStatus s : fs.listStatus(d)) {
                String name = s.getPath().getName();
                if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) continue;
                if (s.isDirectory()) {
                    if (RollingEventLogs.isRollingDirName(name)) out.add(s.getPath().toString());
                    else todo.add(s.getPath());
                } else if (s.getLen() > 0) {
                    out.add(s.getPath().toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    static EventLogSource source(FileSystem fs, Path path) throws IOException {
        FileStatus status = fs.getFileStatus(path);
        List<EventLogSource.Part> parts = new ArrayList<>();
        boolean inProgress;
        if (status.isDirectory()) {
            List<String> names = new ArrayList<>();
            for (FileStatus s : fs.listStatus(path)) names.add(s.getPath().getName());
            for (String n : RollingEventLogs.eventFiles(names)) parts.add(part(fs, new Path(path, n)));
            inProgress = RollingEventLogs.inProgress(names);
        } else {
            parts.add(part(fs, path));
            inProgress = path.getName().endsWith(".inprogress");
        }
        return EventLogSource.of(path.toString(), inProgress, parts);
    }

    private static EventLogSource.Part part(FileSystem fs, Path file) {
        return EventLogSource.Part.of(file.getName(), () -> fs.open(file));
    }
}
