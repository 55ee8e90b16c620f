package dev.brickoptima.jvm.eventlog;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.brickoptima.core.eventlog.SparkEvent;

/**
 * Streams a Spark event log, a file or a rolling log's files in order, decompressing each by its content, and hands
 * every relevant event to a consumer. Memory does not grow with the log: one line at a time is held.
 *
 * <p>A cut-off last line or compressed block of an in-progress log is the normal state of a log being written and is
 * skipped silently. A line that is not JSON elsewhere is skipped and reported in {@link Result#problems()}, so one
 * damaged line costs one event, not the log. A file that is not an event log at all is an {@link EventLogException}.
 */
public final class EventLogReader {
    /**
     * A longer line (no plan is this large) makes the file no event log ({@link EventLogException} from the line
     * buffer), so a corrupt file cannot exhaust memory; every shorter line is read whole.
     */
    static final int MAX_LINE_BYTES = 512 * 1024 * 1024;
    private static final int MAX_PROBLEMS = 20;

    private final EventJson json = new EventJson();

    /** What reading found besides the events. */
    public record Result(long lines, long events, long bytes, List<String> problems, boolean truncated) {
    }

    public Result read(EventLogSource source, Consumer<SparkEvent> out) {
        Counter c = new Counter();
        List<EventLogSource.Part> parts = source.parts();
        for (int i = 0; i < parts.size(); i++) {
            EventLogSource.Part part = parts.get(i);
            boolean lastPart = i == parts.size() - 1;
            boolean mayBeCut = source.inProgress() && lastPart;
            try (InputStream raw = part.open()) {
                readPart(source, part, raw, mayBeCut, c, out);
            } catch (EventLogException e) {
                throw e;
            } catch (IOException e) {
                if (!(e instanceof EOFException) && !isTruncation(e)) {
                    throw new EventLogException("cannot read " + where(source, part) + ": " + oneLine(e));
                }
                // a compressed stream that stops mid-block: the writer has not flushed the rest yet, or the file was
                // cut (a crashed writer, a partial copy): what came before is kept either way
                if (mayBeCut) c.truncated = true;
                else c.problem(part.name() + ": ends in the middle of a compressed block (" + oneLine(e) + ")");
            }
        }
        return new Result(c.lines, c.events, c.bytes, List.copyOf(c.problems), c.truncated);
    }

    private void readPart(EventLogSource source, EventLogSource.Part part, InputStream raw, boolean mayBeCut, Counter c,
                          Consumer<SparkEvent> out) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(EventLogCodec.HEAD);
        byte[] head = in.readNBytes(EventLogCodec.HEAD);
        in.reset();
        if (head.length == 0) return; // an event file the writer has just created
        EventLogCodec codec = EventLogCodec.detect(head, head.length);
        if (codec == null) {
            throw new EventLogException(where(source, part) + " is not a Spark event log (neither JSON lines nor an "
                + "lz4, zstd or snappy stream)");
        }
        InputStream decoded = new BufferedInputStream(codec.decode(in), 1 << 16);
        LineBuffer lines = new LineBuffer(decoded);
        boolean first = c.lines == 0;
        while (lines.next()) {
            c.lines++;
            c.bytes += lines.length() + 1;
            if (isBlank(lines)) continue;
            SparkEvent event;
            try {
                event = json.parse(lines.buffer(), 0, lines.length());
            } catch (IOException | RuntimeException e) {
                if (first) {
                    throw new EventLogException(where(source, part) + " is not a Spark event log: its first line is not an "
                        + "event (" + oneLine(e) + ")");
                }
                if (mayBeCut && lines.isLast()) {
                    c.truncated = true; // the line the application is writing right now
                } else {
                    c.problem(part.name() + " line " + lines.number() + ": skipped, not a JSON event (" + oneLine(e) + ")");
                }
                continue;
            } finally {
                first = false;
            }
            if (event != null) {
                c.events++;
                out.accept(event);
            }
        }
    }

    private static boolean isBlank(LineBuffer l) {
        byte[] b = l.buffer();
        for (int i = 0; i < l.length(); i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        }
        return true;
    }

    private static boolean isTruncation(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        // snappy-java says "failed to read chunk" when the stream ends inside a chunk
        return m.contains("stream ended") || m.contains("truncated") || m.contains("premature") || m.contains("unexpected end")
            || m.contains("eof") || m.contains("failed to read chunk");
    }

    private static String where(EventLogSource source, EventLogSource.Part part) {
        return source.parts().size() == 1 ? source.name() : source.name() + "/" + part.name();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() <= 160 ? m : m.substring(0, 160) + "...";
    }

    private static final class Counter {
        long lines;
        long events;
        long bytes;
        boolean truncated;
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            if (problems.size() < MAX_PROBLEMS) problems.add(p);
            else if (problems.size() == MAX_PROBLEMS) problems.add("more lines were skipped");
        }
    }

    /** Splits a byte stream at '\n' into a reused, growing buffer. */
    private static final class LineBuffer {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int end; // end of the current line, which starts at 0
        private int limit; // end of valid data in buf
        private long number;
        private boolean eof;
        private boolean last;

        LineBuffer(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            int from = number == 0 ? 0 : end + 1;
            if (from > limit) from = limit;
            // compact what is left to the front
            if (from > 0) {
                System.arraycopy(buf, from, buf, 0, limit - from);
                limit -= from;
            }
            int scan = 0;
            while (true) {
                for (int i = scan; i < limit; i++) {
                    if (buf[i] == '\n') {
                        end = i;
                        number++;
                        last = false;
                        return true;
                    }
                }
                scan = limit;
                if (eof) {
                    if (limit == 0) return false;
                    end = limit;
                    number++;
                    last = true;
                    limit = end; // consumed on the next call
                    return true;
                }
                if (limit == buf.length) {
                    if (buf.length >= MAX_LINE_BYTES + 1) {
                        throw new EventLogException("a line longer than " + MAX_LINE_BYTES + " bytes: not an event log");
                    }
                    buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES + 1));
                }
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) eof = true;
                else limit += n;
            }
        }

        byte[] buffer() {
            return buf;
        }

        int length() {
            return end;
        }

        long number() {
            return number;
        }

        /** The line ended at the end of the stream without a newline (possibly cut off). */
        boolean isLast() {
            return last;
        }
    }
}
