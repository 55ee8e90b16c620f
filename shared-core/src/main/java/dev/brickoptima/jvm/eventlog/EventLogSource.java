package dev.brickoptima.jvm.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One application's event log: a single file, or the ordered event files of a rolling {@code eventlog_v2_*}
 * directory. Any file system: {@link LocalEventLogs} for local paths, the Spark module's Hadoop one for HDFS, S3, ...
 */
public interface EventLogSource {

    /** A file of the log, opened on demand (raw bytes; the reader detects the codec). */
    interface Part {
        String name();

        InputStream open() throws IOException;

        static Part of(String name, Opener opener) {
            return new Part() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public InputStream open() throws IOException {
                    return opener.open();
                }
            };
        }
    }

    /** Opens a part's bytes. */
    interface Opener {
        InputStream open() throws IOException;
    }

    static EventLogSource of(String name, boolean inProgress, List<Part> parts) {
        List<Part> copy = List.copyOf(parts);
        return new EventLogSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean inProgress() {
                return inProgress;
            }

            @Override
            public List<Part> parts() {
                return copy;
            }
        };
    }

    /** Where the log is, for messages and reports. */
    String name();

    /** The application has not finished writing it ({@code .inprogress}): its last line may be cut off. */
    boolean inProgress();

    /** The files in the order their events were written. */
    List<Part> parts();
}
