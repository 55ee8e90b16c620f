package dev.brickoptima.jvm.eventlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.brickoptima.sparkfixture.FixtureState;

/** Finds the fixture application's event log of one format (see the fixture's ExtraEventLogs). */
final class FixtureEventLogs {
    private FixtureEventLogs() {
    }

    /** The log file or rolling directory of the fixture's application in the directory of {@code format}. */
    static Path path(FixtureState fixture, String format) {
        String dir = fixture.eventLogDirs().get(format);
        if (dir == null) throw new IllegalStateException("the fixture writes no " + format + " event log: " + fixture.eventLogDirs());
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            List<Path> logs = s.filter(p -> p.getFileName().toString().contains(fixture.appId()))
                .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            if (logs.size() != 1) throw new IllegalStateException("expected one log of " + fixture.appId() + " in " + dir + ": " + logs);
            return logs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventLogSource source(FixtureState fixture, String format) {
        Path p = path(fixture, format);
        assert LocalEventLogs.isEventLog(p) : p;
        return LocalEventLogs.of(p);
    }
}
