package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark History Server (own Java 17 process) over the event logs of a fixture application, for tests of
 * History Server access. Ready once its REST API lists the expected application; stopped by PID on {@link #close()}.
 */
public final class HistoryServerFixture implements AutoCloseable {

    private final Process process;
    private final String url;
    private final Deque<String> tail;

    private HistoryServerFixture(Process process, String url, Deque<String> tail) {
        this.process = process;
        this.url = url;
        this.tail = tail;
    }

    /** Starts a History Server over {@code state}'s event log directory and waits until it lists {@code state}'s app. */
    public static HistoryServerFixture start(FixtureState state, long maxLifetimeSeconds) {
        if (state.eventLogDir().isEmpty()) {
            throw new IllegalStateException("the fixture application has no event log directory");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the History Server", e);
        }
        List<String> command = SparkFixture.javaCommand();
        command.add(1, "-Dspark.history.fs.logDirectory=" + Path.of(state.eventLogDir()).toUri());
        command.add(1, "-Dspark.history.ui.port=" + port);
        command.add(1, "-Dspark.history.fs.update.interval=1s");
        command.add(HistoryServerApp.class.getName());
        command.add("--max-lifetime-seconds");
        command.add(String.valueOf(maxLifetimeSeconds));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the History Server: " + e.getMessage(), e);
        }
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> SparkFixture.pump(process.getInputStream(), SparkFixture.logFile(process.pid()),
            tail, new CompletableFuture<>()), "history-server-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        HistoryServerFixture fixture = new HistoryServerFixture(process, "http://127.0.0.1:" + port, tail);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SparkFixture.READY_TIMEOUT_SECONDS);
        while (!fixture.lists(state.appId())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fixture.close();
                throw new IllegalStateException("History Server (pid " + process.pid() + ") did not list " + state.appId()
                    + (process.isAlive() ? " in time" : ": it exited") + "; last output:\n" + fixture.outputTail());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                fixture.close();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the History Server", e);
            }
        }
        return fixture;
    }

    private boolean lists(String appId) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url + "/api/v1/applications").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            if (c.getResponseCode() != 200) {
                return false;
            }
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"" + appId + "\"");
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    public String url() {
        return url;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public String outputTail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
