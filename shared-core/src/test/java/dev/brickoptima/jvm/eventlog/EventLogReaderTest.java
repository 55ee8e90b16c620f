package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.brickoptima.core.eventlog.SparkEvent;

/**
 * Reading whole logs from files: counts, blank and damaged lines, a line cut off by the writer, lines longer than the
 * read buffer, each codec Spark writes (compressed here with the codec libraries themselves) and their cut-off blocks.
 */
class EventLogReaderTest {
    static final String LOG_START = "{\"Event\":\"SparkListenerLogStart\",\"Spark Version\":\"3.5.6\"}";
    static final String EXECUTOR = "{\"Event\":\"SparkListenerExecutorAdded\",\"Executor ID\":\"1\"}";
    static final String JOB_END = "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":1,\"Job Result\":{\"Result\":\"JobSucceeded\"}}";

    @TempDir
    Path dir;

    record Read(List<SparkEvent> events, EventLogReader.Result result) {
    }

    static Read read(EventLogSource source) {
        List<SparkEvent> events = new ArrayList<>();
        EventLogReader.Result r = new EventLogReader().read(source, events::add);
        return new Read(events, r);
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static long bytes(String... lines) {
        long n = 0;
        for (String l : lines) n += l.getBytes(StandardCharsets.UTF_8).length + 1;
        return n;
    }

    @Test
    void countsLinesEventsAndBytesAndSkipsOtherEvents() throws IOException {
        Read r = read(LocalEventLogs.of(write("app-1", LOG_START + "\n" + EXECUTOR + "\n" + JOB_END + "\n")));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(3, 2, bytes(LOG_START, EXECUTOR, JOB_END), List.of(), false));
    }

    @Test
    void aLastLineWithoutNewlineOfAFinishedLogIsRead() throws IOException {
        Read r = read(LocalEventLogs.of(write("app-1", LOG_START + "\n" + JOB_END)));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(2, 2, bytes(LOG_START, JOB_END), List.of(), false));
    }

    @Test
    void blankLinesWindowsLineEndsAndAByteOrderMarkAreTolerated() throws IOException {
        String text = "\uFEFF" + LOG_START + "\r\n\n  \t\r\n" + JOB_END + "\r\n\n";
        Read r = read(LocalEventLogs.of(write("app-1", text)));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result().problems()).isEmpty();
        assertThat(r.result().lines()).isEqualTo(5);
        assertThat(r.result().bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void anEmptyFileIsAnEmptyLog() throws IOException {
        Read r = read(LocalEventLogs.of(write("app-1.inprogress", "")));
        assertThat(r.events()).isEmpty();
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(0, 0, 0, List.of(), false));
    }

    @Test
    void aFileThatIsNoEventLogIsAnError() throws IOException {
        Path sql = write("query.sql", "SELECT 1\n");
        assertThatThrownBy(() -> read(LocalEventLogs.of(sql))).isInstanceOf(EventLogException.class)
            .hasMessage(sql + " is not a Spark event log (neither JSON lines nor an lz4, zstd or snappy stream)");
        Path json = write("conf.json", "{\"spark.master\":\"local\"}\n" + LOG_START + "\n");
        assertThatThrownBy(() -> read(LocalEventLogs.of(json))).isInstanceOf(EventLogException.class)
            .hasMessage(json + " is not a Spark event log: its first line is not an event (no \"Event\" field)");
    }

    @Test
    void aDamagedLineCostsOneEventAndIsReportedWithItsLineNumber() throws IOException {
        Read r = read(LocalEventLogs.of(write("app-1", LOG_START + "\n" + "[1]\n" + "{\"a\":1}\n" + JOB_END + "\n")));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result().problems()).containsExactly("app-1 line 2: skipped, not a JSON event (not a JSON object)",
            "app-1 line 3: skipped, not a JSON event (no \"Event\" field)");
        assertThat(r.result().truncated()).isFalse();
        assertThat(r.result().events()).isEqualTo(2);
    }

    @Test
    void aLongParserMessageIsShortenedToOneLine() throws IOException {
        String junk = "x".repeat(300);
        Read r = read(LocalEventLogs.of(write("app-1", LOG_START + "\n" + junk + "\n")));
        assertThat(r.result().problems()).hasSize(1);
        String p = r.result().problems().get(0);
        assertThat(p).startsWith("app-1 line 2: skipped, not a JSON event (Unrecognized token 'xxx").endsWith("...)")
            .doesNotContain("\n").hasSize("app-1 line 2: skipped, not a JSON event (".length() + 160 + "...)".length());
    }

    @Test
    void afterTwentyDamagedLinesOnlyTheirNumberIsNoted() throws IOException {
        StringBuilder text = new StringBuilder(LOG_START).append('\n');
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            text.append("[").append(i).append("]\n");
            if (i < 20) expected.add("app-1 line " + (i + 2) + ": skipped, not a JSON event (not a JSON object)");
        }
        expected.add("more lines were skipped");
        Read r = read(LocalEventLogs.of(write("app-1", text + JOB_END + "\n")));
        assertThat(r.result().problems()).containsExactlyElementsOf(expected);
        assertThat(r.events()).hasSize(2);
    }

    @Test
    void theCutLastLineOfAnInProgressLogIsTheNormalState() throws IOException {
        String cut = "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":2,\"Job Res";
        Read r = read(LocalEventLogs.of(write("app-1.inprogress", LOG_START + "\n[1]\n" + JOB_END + "\n" + cut)));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        // a damaged line before the last one is still a problem
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(4, 2,
            bytes(LOG_START, "[1]", JOB_END, cut), List.of("app-1.inprogress line 2: skipped, not a JSON event (not a JSON object)"),
            true));
    }

    @Test
    void theCutLastLineOfAFinishedLogIsAProblem() throws IOException {
        String cut = "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":2,\"Job Res";
        Read r = read(LocalEventLogs.of(write("app-1", LOG_START + "\n" + JOB_END + "\n" + cut)));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result().truncated()).isFalse();
        assertThat(r.result().problems()).singleElement().asString().startsWith("app-1 line 3: skipped, not a JSON event (");
    }

    @Test
    void linesLongerThanTheReadBufferAreReadWhole() throws IOException {
        // a plan description of 300 KB: several times the 64 KiB the reader starts with; lines around it too
        String plan = "p".repeat(300_000);
        String start = "{\"Event\":\"org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart\",\"executionId\":1,"
            + "\"description\":\"" + plan + "\",\"time\":5}";
        StringBuilder text = new StringBuilder(LOG_START).append('\n');
        for (int i = 0; i < 2000; i++) text.append(JOB_END.replace("\"Job ID\":1", "\"Job ID\":" + i)).append('\n');
        text.append(start).append('\n').append(JOB_END).append('\n');
        Read r = read(LocalEventLogs.of(write("app-1", text.toString())));
        assertThat(r.result().problems()).isEmpty();
        assertThat(r.events()).hasSize(2003);
        assertThat(r.events().get(1000)).isEqualTo(new SparkEvent.JobEnd(999, true));
        assertThat(r.events().get(2001)).isEqualTo(new SparkEvent.SqlExecutionStart(1, -1, plan, "", null, 5));
        assertThat(r.events().get(2002)).isEqualTo(new SparkEvent.JobEnd(1, true));
        assertThat(r.result().bytes()).isEqualTo(text.length());
    }

    // ---- compressed logs ----

    static byte[] compress(EventLogCodec codec, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = switch (codec) {
            case LZ4 -> new net.jpountz.lz4.LZ4BlockOutputStream(bytes, 1 << 12);
            case ZSTD -> new com.github.luben.zstd.ZstdOutputStream(bytes);
            case SNAPPY -> new org.xerial.snappy.SnappyOutputStream(bytes, 1 << 12);
            case PLAIN -> bytes;
        }) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static String manyJobs(int n) {
        StringBuilder text = new StringBuilder(LOG_START).append('\n');
        for (int i = 0; i < n; i++) text.append(JOB_END.replace("\"Job ID\":1", "\"Job ID\":" + i)).append('\n');
        return text.toString();
    }

    @ParameterizedTest
    @EnumSource(EventLogCodec.class)
    void eachCodecReadsToTheSameEvents(EventLogCodec codec) throws IOException {
        String text = manyJobs(500);
        Path file = Files.write(dir.resolve("app-1." + codec.name().toLowerCase()), compress(codec, text));
        assertThat(LocalEventLogs.isEventLog(file)).isTrue();
        Read r = read(LocalEventLogs.of(file));
        assertThat(r.result()).isEqualTo(new EventLogReader.Result(501, 501, text.length(), List.of(), false));
        assertThat(r.events().get(500)).isEqualTo(new SparkEvent.JobEnd(499, true));
    }

    @ParameterizedTest
    @EnumSource(value = EventLogCodec.class, names = {"LZ4", "ZSTD", "SNAPPY"})
    void aCompressedInProgressLogCutMidBlockIsReadUpToTheCut(EventLogCodec codec) throws IOException {
        // zstd writes blocks of 128 KiB of input: enough events for several blocks of each codec
        byte[] whole = compress(codec, manyJobs(8000));
        Path file = Files.write(dir.resolve("app-1." + codec.name().toLowerCase() + ".inprogress"),
            Arrays.copyOf(whole, whole.length * 2 / 3));
        Read r = read(LocalEventLogs.of(file));
        assertThat(r.result().truncated()).isTrue();
        assertThat(r.result().problems()).isEmpty();
        assertThat(r.events()).isNotEmpty().hasSizeLessThan(8001).startsWith(new SparkEvent.LogStart("3.5.6"));
        // every event read is whole and in order
        for (int i = 1; i < r.events().size(); i++) assertThat(r.events().get(i)).isEqualTo(new SparkEvent.JobEnd(i - 1, true));
    }

    @ParameterizedTest
    @EnumSource(value = EventLogCodec.class, names = {"LZ4", "ZSTD", "SNAPPY"})
    void aCompressedFinishedLogCutMidBlockKeepsWhatCameBeforeAndSaysSo(EventLogCodec codec) throws IOException {
        // lz4 ends with an EOFException, zstd and snappy with their own messages: the same for the user
        byte[] whole = compress(codec, manyJobs(8000));
        Path file = Files.write(dir.resolve("app-1." + codec.name().toLowerCase()), Arrays.copyOf(whole, whole.length * 2 / 3));
        Read r = read(LocalEventLogs.of(file));
        String reason = switch (codec) {
            case LZ4 -> "Stream ended prematurely";
            case ZSTD -> "Truncated source";
            default -> "failed to read chunk";
        };
        assertThat(r.result().problems())
            .containsExactly(file.getFileName() + ": ends in the middle of a compressed block (" + reason + ")");
        assertThat(r.result().truncated()).isFalse();
        assertThat(r.events()).hasSizeGreaterThan(1).hasSizeLessThan(8001);
        for (int i = 1; i < r.events().size(); i++) assertThat(r.events().get(i)).isEqualTo(new SparkEvent.JobEnd(i - 1, true));
    }

    // ---- read errors of the file system (a stream that fails after some bytes, as a remote file system's can) ----

    private static EventLogSource failing(boolean inProgress, String message) {
        byte[] first = (LOG_START + "\n").getBytes(StandardCharsets.UTF_8);
        EventLogSource.Part ok = EventLogSource.Part.of("events_1_app", () -> new ByteArrayInputStream(first));
        EventLogSource.Part bad = EventLogSource.Part.of("events_2_app", () -> new SequenceInputStream(
            new ByteArrayInputStream((JOB_END + "\n").getBytes(StandardCharsets.UTF_8)), new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException(message);
                }
            }));
        return EventLogSource.of("eventlog_v2_app", inProgress, List.of(ok, bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stream ended prematurely", "Truncated source", "premature", "Unexpected end of input",
        "EOF reached"})
    void aReadErrorThatMeansTheEndOfAnInProgressLogIsTheCut(String message) {
        Read r = read(failing(true, message));
        assertThat(r.result().truncated()).isTrue();
        assertThat(r.result().problems()).isEmpty();
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
    }

    @Test
    void anyOtherReadErrorIsAnErrorNamingThePart() {
        assertThatThrownBy(() -> read(failing(true, "disk\n   failure"))).isInstanceOf(EventLogException.class)
            .hasMessage("cannot read eventlog_v2_app/events_2_app: disk failure");
        assertThatThrownBy(() -> read(failing(false, "disk failure"))).isInstanceOf(EventLogException.class)
            .hasMessage("cannot read eventlog_v2_app/events_2_app: disk failure");
        assertThatThrownBy(() -> read(failing(true, null))).isInstanceOf(EventLogException.class)
            .hasMessage("cannot read eventlog_v2_app/events_2_app: IOException");
        // up to 160 characters of the cause are kept whole, longer ones are cut
        String fits = "d".repeat(160);
        assertThatThrownBy(() -> read(failing(true, fits))).isInstanceOf(EventLogException.class)
            .hasMessage("cannot read eventlog_v2_app/events_2_app: " + fits);
        assertThatThrownBy(() -> read(failing(true, fits + "d"))).isInstanceOf(EventLogException.class)
            .hasMessage("cannot read eventlog_v2_app/events_2_app: " + fits + "...");
    }

    @Test
    void aReadErrorMeaningTheEndOfAFinishedLogIsAProblem() {
        Read r = read(failing(false, "Unexpected end of input"));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result().problems())
            .containsExactly("events_2_app: ends in the middle of a compressed block (Unexpected end of input)");
        assertThat(r.result().truncated()).isFalse();
    }

    @Test
    void anEndOfFileInsideAnEarlierPartIsAProblemEvenWhileInProgress() {
        EventLogSource.Part cut = EventLogSource.Part.of("events_1_app", () -> new SequenceInputStream(
            new ByteArrayInputStream((LOG_START + "\n").getBytes(StandardCharsets.UTF_8)), new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new java.io.EOFException("Stream ended prematurely");
                }
            }));
        EventLogSource.Part last = EventLogSource.Part.of("events_2_app",
            () -> new ByteArrayInputStream((JOB_END + "\n").getBytes(StandardCharsets.UTF_8)));
        Read r = read(EventLogSource.of("eventlog_v2_app", true, List.of(cut, last)));
        assertThat(r.events()).containsExactly(new SparkEvent.LogStart("3.5.6"), new SparkEvent.JobEnd(1, true));
        assertThat(r.result().problems())
            .containsExactly("events_1_app: ends in the middle of a compressed block (Stream ended prematurely)");
        assertThat(r.result().truncated()).isFalse();
        Read lastCut = read(EventLogSource.of("eventlog_v2_app", true, List.of(last, cut)));
        assertThat(lastCut.result().problems()).isEmpty();
        assertThat(lastCut.result().truncated()).isTrue();
    }
}
