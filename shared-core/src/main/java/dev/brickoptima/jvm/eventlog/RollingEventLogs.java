package dev.brickoptima.jvm.eventlog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The layout of Spark's rolling event logs ({@code spark.eventLog.rolling.enabled}): a directory
 * {@code eventlog_v2_<appId>[_<attemptId>]} with event files {@code events_<index>_<appId>[_<attemptId>][.<codec>]},
 * an {@code appstatus_<appId>[...][.inprogress]} marker, and compacted {@code events_<index>_....compact} files after
 * the History Server compacted older ones. Names only, so every file system uses the same rules.
 */
public final class RollingEventLogs {
    public static final String DIR_PREFIX = "eventlog_v2_";
    private static final String EVENTS_PREFIX = "events_";
    private static final String STATUS_PREFIX = "appstatus_";

    private RollingEventLogs() {
    }

    public static boolean isRollingDirName(String name) {
        return name.startsWith(DIR_PREFIX);
    }

    /** The event files among a rolling directory's file names, in write order (by index, from the last compaction). */
    public static List<String> eventFiles(List<String> names) {
        List<String> events = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(EVENTS_PREFIX) && index(n) >= 0 && !n.endsWith(".crc")) events.add(n);
        }
        events.sort(Comparator.comparingLong(RollingEventLogs::index));
        int from = 0; // the last compacted file holds the events of all files before it
        for (int i = 0; i < events.size(); i++) if (events.get(i).endsWith(".compact")) from = i;
        return events.subList(from, events.size());
    }

    /** Whether the application status marker says the application is still running. */
    public static boolean inProgress(List<String> names) {
        for (String n : names) if (n.startsWith(STATUS_PREFIX) && n.endsWith(".inprogress")) return true;
        return false;
    }

    private static long index(String name) {
        int start = EVENTS_PREFIX.length();
        int end = name.indexOf('_', start);
        if (end <= start) return -1;
        try {
            return Long.parseLong(name.substring(start, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
