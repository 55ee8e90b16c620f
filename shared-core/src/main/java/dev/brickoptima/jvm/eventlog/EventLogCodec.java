package dev.brickoptima.jvm.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * How an event log file is encoded, recognised by its first bytes (the file name is only a hint): plain JSON lines, or
 * one of the codecs Spark writes with {@code spark.eventLog.compress}: lz4 ({@code LZ4BlockOutputStream} framing), zstd
 * (standard frames) and snappy (snappy-java's stream framing). The codec libraries are loaded only when a compressed
 * log is met, so a host without them can still read plain logs.
 */
public enum EventLogCodec {
    PLAIN, LZ4, ZSTD, SNAPPY;

    private static final byte[] LZ4_MAGIC = "LZ4Block".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZSTD_MAGIC = {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD};
    private static final byte[] SNAPPY_MAGIC = {(byte) 0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
    /** Bytes {@link #detect} looks at. */
    public static final int HEAD = 8;

    /** The codec of a file starting with {@code head}, or null when it is none of them nor JSON. */
    public static EventLogCodec detect(byte[] head, int length) {
        if (startsWith(head, length, LZ4_MAGIC)) return LZ4;
        if (startsWith(head, length, ZSTD_MAGIC)) return ZSTD;
        if (startsWith(head, length, SNAPPY_MAGIC)) return SNAPPY;
        int i = 0;
        // a UTF-8 byte order mark or blank lines before the first event are tolerated
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        while (i < length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
        return i < length && head[i] == '{' ? PLAIN : null;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }

    /** Wraps the raw stream in this codec's decompressor. */
    public InputStream decode(InputStream raw) throws IOException {
        try {
            switch (this) {
                case LZ4:
                    return Lz4.open(raw);
                case ZSTD:
                    return Zstd.open(raw);
                case SNAPPY:
                    return Snappy.open(raw);
                default:
                    return raw;
            }
        } catch (NoClassDefFoundError | UnsatisfiedLinkError e) {
            throw new EventLogException("the " + name().toLowerCase(java.util.Locale.ROOT)
                + " codec is not available here (" + e.getMessage() + "); decompress the log first");
        }
    }

    // One class per library: the JVM loads (and verifies against) a codec library only when a log needs it.
    private static final class Lz4 {
        static InputStream open(InputStream raw) {
            return new net.jpountz.lz4.LZ4BlockInputStream(raw);
        }
    }

    private static final class Zstd {
        static InputStream open(InputStream raw) throws IOException {
            return new com.github.luben.zstd.ZstdInputStreamNoFinalizer(raw);
        }
    }

    private static final class Snappy {
        static InputStream open(InputStream raw) throws IOException {
            return new org.xerial.snappy.SnappyInputStream(raw);
        }
    }
}
