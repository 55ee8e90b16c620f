package dev.brickoptima.jvm.eventlog;

import static dev.brickoptima.jvm.eventlog.EventLogReaderTest.JOB_END;
import static dev.brickoptima.jvm.eventlog.EventLogReaderTest.LOG_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.brickoptima.core.eventlog.SparkEvent;

/**
 * Local logs: which paths are event logs (by content), single files and Spark's rolling {@code eventlog_v2_*}
 * directories with their {@code events_N_*} parts in index order, compacted parts and the {@code appstatus_*} marker.
 */
class LocalEventLogsTest {
    @TempDir
    Path dir;

    private Path write(Path p, String text) throws IOException {
        return Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String job(int id) {
        return JOB_END.replace("\"Job ID\":1", "\"Job ID\":" + id);
    }

    /** A rolling log of application local-1 whose parts hold jobs 1 (zstd), 2 and 10 (lz4), plus files that are no part. */
    private Path rolling(String status, String lastPartTail) throws IOException {
        Path d = Files.createDirectory(dir.resolve("eventlog_v2_local-1"));
        Files.write(d.resolve("events_1_local-1.zstd"), EventLogReaderTest.compress(EventLogCodec.ZSTD, LOG_START + "\n" + job(1) + "\n"));
        write(d.resolve("events_2_local-1"), job(2) + "\n");
        Files.write(d.resolve("events_10_local-1.lz4"), EventLogReaderTest.compress(EventLogCodec.LZ4, job(10) + "\n" + lastPartTail));
        write(d.resolve(status), "");
        write(d.resolve("events_3_local-1.crc"), "not a part");
        write(d.resolve("events_x_local-1"), "not a part");
        write(d.resolve("events_"), "not a part");
        write(d.resolve("notes.txt"), "not a part");
        return d;
    }

    @Test
    void aRollingLogIsReadPartByPartInIndexOrder() throws IOException {
        Path d = rolling("appstatus_local-1", "");
        assertThat(LocalEventLogs.isEventLog(d)).isTrue();
        EventLogSource source = LocalEventLogs.of(d);
        assertThat(source.name()).isEqualTo(d.toString());
        assertThat(source.inProgress()).isFalse();
        assertThat(source.parts()).extracting(EventLogSource.Part::name)
            .containsExactly("events_1_local-1.zstd", "events_2_local-1", "events_10_local-1.lz4");
        EventLogReaderTest.Read r = EventLogReaderTest.read(source);
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true),
            new SparkEvent.JobEnd(2, true), new SparkEvent.JobEnd(10, true));
        assertThat(r.result().problems()).isEmpty();
    }

    @Test
    void theAppStatusMarkerTellsWhetherTheLastPartMayBeCut() throws IOException {
        String cut = "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":11,\"Jo";
        EventLogSource running = LocalEventLogs.of(rolling("appstatus_local-1.inprogress", cut));
        assertThat(running.inProgress()).isTrue();
        EventLogReaderTest.Read r = EventLogReaderTest.read(running);
        assertThat(r.events()).hasSize(4);
        assertThat(r.result().truncated()).isTrue();
        assertThat(r.result().problems()).isEmpty();
    }

    @Test
    void aCutLineInAnEarlierPartOfARunningApplicationIsAProblem() throws IOException {
        Path d = Files.createDirectory(dir.resolve("eventlog_v2_local-2"));
        write(d.resolve("events_1_local-2"), LOG_START + "\n{\"Event\":\"SparkListenerJobEnd\",\"Jo");
        write(d.resolve("events_2_local-2"), job(2) + "\n");
        write(d.resolve("appstatus_local-2.inprogress"), "");
        EventLogReaderTest.Read r = EventLogReaderTest.read(LocalEventLogs.of(d));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(2, true));
        assertThat(r.result().truncated()).isFalse();
        assertThat(r.result().problems()).singleElement().asString()
            .startsWith("events_1_local-2 line 2: skipped, not a JSON event (Unexpected end-of-input");
    }

    @Test
    void aPartThatIsNoEventLogNamesTheDirectoryAndThePart() throws IOException {
        Path d = Files.createDirectory(dir.resolve("eventlog_v2_local-3"));
        write(d.resolve("events_1_local-3"), LOG_START + "\n");
        write(d.resolve("events_2_local-3"), "garbage\n");
        assertThatThrownBy(() -> EventLogReaderTest.read(LocalEventLogs.of(d))).isInstanceOf(EventLogException.class)
            .hasMessage(d + "/events_2_local-3 is not a Spark event log (neither JSON lines nor an lz4, zstd or snappy stream)");
    }

    @Test
    void anEmptyPartJustCreatedByTheWriterIsNoProblem() throws IOException {
        Path d = Files.createDirectory(dir.resolve("eventlog_v2_local-4"));
        write(d.resolve("events_1_local-4"), LOG_START + "\n");
        write(d.resolve("events_2_local-4"), "");
        write(d.resolve("appstatus_local-4.inprogress"), "");
        EventLogReaderTest.Read r = EventLogReaderTest.read(LocalEventLogs.of(d));
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(1, 1, LOG_START.length() + 1, List.of(), false));
    }

    @Test
    void aCompactedPartReplacesTheOnesBeforeIt() {
        assertThat(RollingEventLogs.eventFiles(List.of("events_3_a", "events_1_a", "events_2_a.compact", "events_4_a")))
            .containsExactly("events_2_a.compact", "events_3_a", "events_4_a");
        assertThat(RollingEventLogs.eventFiles(List.of("events_5_a", "events_2_a.compact", "events_4_a.compact")))
            .containsExactly("events_4_a.compact", "events_5_a");
        assertThat(RollingEventLogs.eventFiles(List.of("events_1_a.compact", "events_2_a")))
            .containsExactly("events_1_a.compact", "events_2_a");
        assertThat(RollingEventLogs.eventFiles(List.of("events_0_a", "events_-1_a", "events__a", "appstatus_a")))
            .containsExactly("events_0_a");
        assertThat(RollingEventLogs.eventFiles(List.of())).isEmpty();
    }

    @Test
    void rollingNamesAndStatus() {
        assertThat(RollingEventLogs.isRollingDirName("eventlog_v2_local-1")).isTrue();
        assertThat(RollingEventLogs.isRollingDirName("local-1")).isFalse();
        assertThat(RollingEventLogs.inProgress(List.of("events_1_a", "appstatus_a.inprogress"))).isTrue();
        assertThat(RollingEventLogs.inProgress(List.of("events_1_a.inprogress", "appstatus_a"))).isFalse();
        assertThat(RollingEventLogs.inProgress(List.of())).isFalse();
    }

    @Test
    void directoriesThatAreNoRollingLog() throws IOException {
        Path other = Files.createDirectory(dir.resolve("logs"));
        write(other.resolve("events_1_local-1"), LOG_START + "\n");
        assertThat(LocalEventLogs.isEventLog(other)).isFalse();
        Path empty = Files.createDirectory(dir.resolve("eventlog_v2_local-5"));
        write(empty.resolve("appstatus_local-5.inprogress"), "");
        assertThat(LocalEventLogs.isEventLog(empty)).isFalse();
        assertThatThrownBy(() -> LocalEventLogs.of(empty)).isInstanceOf(EventLogException.class)
            .hasMessage(empty + " has no events_N_ files: not a rolling Spark event log");
    }

    @Test
    void filesAreEventLogsByTheirContentNotTheirName() throws IOException {
        assertThat(LocalEventLogs.isEventLog(write(dir.resolve("a.txt"), LOG_START + "\n"))).isTrue();
        assertThat(LocalEventLogs.isEventLog(write(dir.resolve("b"), "\uFEFF\n  " + LOG_START + "\n"))).isTrue();
        assertThat(LocalEventLogs.isEventLog(write(dir.resolve("local-1"), "{\"spark.master\":\"local\"}\n"))).isFalse();
        assertThat(LocalEventLogs.isEventLog(write(dir.resolve("local-2"), "SELECT 1 -- {\"Event\"}\n"))).isFalse();
        assertThat(LocalEventLogs.isEventLog(write(dir.resolve("local-3"), ""))).isFalse();
        Path zstd = Files.write(dir.resolve("local-4"), EventLogReaderTest.compress(EventLogCodec.ZSTD, "anything"));
        assertThat(LocalEventLogs.isEventLog(zstd)).isTrue();
        assertThat(LocalEventLogs.isEventLog(dir.resolve("missing"))).isFalse();
    }

    @Test
    void aSingleFileLogIsInProgressByItsName() throws IOException {
        EventLogSource done = LocalEventLogs.of(write(dir.resolve("local-1.zstd"), LOG_START + "\n"));
        assertThat(done.inProgress()).isFalse();
        assertThat(done.parts()).extracting(EventLogSource.Part::name).containsExactly("local-1.zstd");
        assertThat(LocalEventLogs.of(write(dir.resolve("local-1.inprogress"), LOG_START + "\n")).inProgress()).isTrue();
        Path missing = dir.resolve("local-9");
        assertThatThrownBy(() -> LocalEventLogs.of(missing)).isInstanceOf(EventLogException.class)
            .hasMessage(missing + ": no such file");
    }
}
