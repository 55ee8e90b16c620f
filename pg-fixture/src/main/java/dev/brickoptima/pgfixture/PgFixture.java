package dev.brickoptima.pgfixture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The one PostgreSQL server of a test run. {@link #shared()} reads the state file that {@code scripts/pg-fixture start}
 * wrote ({@code BRICKOPTIMA_PG_FIXTURE_STATE}, set by scripts/test); a test run without it (one module's tests from an
 * IDE or Maven) starts the server with the same script once per JVM and stops it by PID when the JVM exits.
 */
public final class PgFixture {
    public static final String STATE_ENV = "BRICKOPTIMA_PG_FIXTURE_STATE";
    private static final long START_TIMEOUT_SECONDS = 300;

    /** Where the server listens and the roles schema.sql created, with their generated passwords. */
    public record State(String host, int port, String database, String adminUser, String adminPassword, String appUser,
                        String appPassword, String readerUser, String readerPassword, String nopermUser, String nopermPassword) {
        /** {@code postgresql://127.0.0.1:PORT/brickoptima}: the libpq URL without user or password. */
        public String url() {
            return "postgresql://" + host + ":" + port + "/" + database;
        }

        /** {@code jdbc:postgresql://127.0.0.1:PORT/brickoptima}. */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        @Override
        public String toString() {
            return url(); // never the passwords
        }
    }

    private static State shared;

    private PgFixture() {
    }

    public static synchronized State shared() {
        if (shared == null) {
            String stateFile = System.getProperty(STATE_ENV, System.getenv(STATE_ENV));
            if (stateFile != null && !stateFile.isBlank()) {
                shared = read(Path.of(stateFile));
            } else {
                Path script = root().resolve("scripts/pg-fixture");
                boolean running = run(script, "status").exitCode == 0;
                Result started = run(script, "start");
                if (started.exitCode != 0) {
                    throw new IllegalStateException("scripts/pg-fixture start failed (exit " + started.exitCode + "):\n" + started.output);
                }
                if (!running) Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script, "stop"), "pg-fixture-stop"));
                shared = read(root().resolve("pg-fixture/target/run/state.properties"));
            }
        }
        return shared;
    }

    /** A SQL resource of this module (schema.sql, workload.sql). */
    public static String sql(String name) {
        try (InputStream in = PgFixture.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no fixture SQL " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static State read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PostgreSQL fixture state file " + file + " (is the fixture running?)", e);
        }
        return new State(p.getProperty("host"), Integer.parseInt(p.getProperty("port")), p.getProperty("database"),
            p.getProperty("admin_user"), p.getProperty("admin_password"), p.getProperty("app_user"), p.getProperty("app_password"),
            p.getProperty("reader_user"), p.getProperty("reader_password"), p.getProperty("noperm_user"), p.getProperty("noperm_password"));
    }

    /** The repository root: -Dbrickoptima.root, else the nearest parent directory with scripts/pg-fixture. */
    static Path root() {
        String prop = System.getProperty("brickoptima.root");
        if (prop != null && !prop.isBlank() && !prop.startsWith("${")) return Path.of(prop).toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isExecutable(p.resolve("scripts/pg-fixture"))) return p;
        }
        throw new IllegalStateException("cannot find scripts/pg-fixture above " + Path.of("").toAbsolutePath() + " (set -Dbrickoptima.root)");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path script, String command) {
        List<String> cmd = new ArrayList<>(List.of(script.toString(), command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroy();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
