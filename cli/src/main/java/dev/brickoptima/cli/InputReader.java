package dev.brickoptima.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one input as text, bounded: it streams and stops one character past the input limit (a 3 GB file or
 * {@code /dev/zero} costs the limit, not the file), honours a UTF-8 or UTF-16 byte-order mark, reports bytes that are
 * not UTF-8 instead of guessing, and never waits forever on a named pipe or device with no data. Every failure is a
 * one-line reason; the caller reports the input as not analysed.
 */
final class InputReader {
    /** The configuration key that raises the size limit, named in the error. */
    static final String LIMIT_KEY = "limits.maxInputChars";
    /** How long a named pipe, socket or device may take to deliver all its data. */
    static final long SPECIAL_FILE_MILLIS = 10_000;

    private static final ExecutorService SPECIAL_FILES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "brickoptima-special-file");
        t.setDaemon(true); // a reader stuck in open() of a pipe nobody writes must not keep the process alive
        return t;
    });

    /** The text, or why there is none. */
    record Result(String text, String error) {
        static Result error(String why) {
            return new Result(null, why);
        }
    }

    private final long maxChars;

    InputReader(long maxChars) {
        this.maxChars = maxChars;
    }

    Result read(Path p) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Result.error("no such file");
        } catch (IOException e) {
            return Result.error(describe(e));
        }
        if (attrs.isDirectory()) {
            return Result.error(Files.isReadable(p) ? "is a directory" : "directory not readable: permission denied");
        }
        if (attrs.isRegularFile()) {
            if (!Files.isReadable(p)) return Result.error("permission denied");
            try (InputStream in = Files.newInputStream(p)) {
                return read(in);
            } catch (IOException e) {
                return Result.error(describe(e));
            }
        }
        // a named pipe, socket or device: opening a pipe blocks until a writer comes, so read it aside, with a limit
        Future<Result> f = SPECIAL_FILES.submit(() -> {
            try (InputStream in = Files.newInputStream(p)) {
                return read(in);
            }
        });
        try {
            return f.get(SPECIAL_FILE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return Result.error("not a regular file (a named pipe or device) and it sent no complete input within "
                + SPECIAL_FILE_MILLIS / 1000 + " s; pass the text on standard input ('-') instead");
        } catch (ExecutionException e) {
            return Result.error(e.getCause() instanceof IOException io ? describe(io) : String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.error("interrupted");
        }
    }

    /** Reads a stream to its end or one character past the limit, whichever comes first. */
    Result read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024 + 8);
        bytes.put(head, skip, head.length - skip);
        long offset = skip; // of the first byte in 'bytes', for the error message
        boolean end = false;
        while (true) {
            if (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) end = true;
                else bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                long at = offset + bytes.position();
                return Result.error("not valid " + charset.name() + " (byte 0x" + hex(bytes.get(bytes.position()))
                    + " at offset " + at + "); BrickOptima reads UTF-8, or UTF-16 with a byte-order mark");
            }
            offset += bytes.position() - before;
            bytes.compact();
            chars.flip();
            if (text.length() + chars.remaining() > maxChars) {
                return Result.error("larger than the input limit of " + maxChars + " characters; not read further "
                    + "(raise it with " + LIMIT_KEY + " in brickoptima.yml)");
            }
            text.append(chars);
            chars.clear();
            if (end && r.isUnderflow()) {
                CoderResult flush = decoder.flush(chars);
                chars.flip();
                text.append(chars);
                if (flush.isError()) return Result.error("not valid " + charset.name() + " at its end");
                return new Result(text.toString(), null);
            }
        }
    }

    private static String hex(byte b) {
        String h = Integer.toHexString(b & 0xff).toUpperCase(java.util.Locale.ROOT);
        return h.length() == 1 ? "0" + h : h;
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
