package dev.brickoptima.sparkfixture;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gives tests of any module one real Spark application: {@link #shared()} reuses the application a test run
 * started ({@code BRICKOPTIMA_SPARK_FIXTURE_URL} + {@code BRICKOPTIMA_SPARK_FIXTURE_STATE}, set by
 * {@code scripts/spark-fixture start}) or else starts {@link FixtureApp} once per JVM in its own Java 17 process and
 * stops it by PID when the JVM exits. {@link #start(long)} starts a private, short-lived application (fault tests kill it).
 *
 * <p>The shared applications run BrickOptima's own Spark plugin when its jar is there (system property
 * {@value #PLUGIN_JAR_PROPERTY}, or the jar {@code scripts/spark-fixture} builds), so the plugin is tested inside the
 * same applications every other test uses; its JSON lines go to {@link #PLUGIN_OUTPUT_KEY} in {@link FixtureState#conf()}.
 *
 * <p>Needs no library on the caller's classpath: the fixture JVM's classpath was written at build time.
 */
public final class SparkFixture implements AutoCloseable {

    public static final String URL_ENV = SparkLine.SPARK_3_5.urlEnv();
    public static final String STATE_ENV = SparkLine.SPARK_3_5.stateEnv();
    public static final String DEFAULT_JAVA17 = "/usr/lib/jvm/java-17-openjdk-amd64";
    /** What Spark 3.5 needs on Java 17 (see DESIGN.md). */
    public static final List<String> JVM_FLAGS = List.of(
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
        "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "-Djdk.reflect.useDirectMethodHandle=false");
    /**
     * A short-lived app on a busy machine: C1 alone and the serial collector need far less CPU than the defaults
     * (measured: ready in 52 s instead of 178 s on 2 cores under load 15).
     */
    public static final List<String> LEAN_JVM_FLAGS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final long READY_TIMEOUT_SECONDS = Long.getLong("brickoptima.spark.fixture.timeout", 240);
    // a backstop only: the shared fixture normally ends with the test JVM (stdin EOF or the shutdown hook)
    static final long SHARED_MAX_LIFETIME_SECONDS = 3600;
    private static final int TAIL_LINES = 60;

    /** The brickoptima-spark jar the shared applications of a test JVM run as a plugin (module spark-plugin). */
    public static final String PLUGIN_JAR_PROPERTY = "brickoptima.spark.plugin.jar";
    public static final String PLUGIN_CLASS = "dev.brickoptima.spark.BrickOptimaPlugin";
    public static final String PLUGIN_OUTPUT_KEY = "spark.brickoptima.output";

    private static final Map<SparkLine, SparkFixture> SHARED = new EnumMap<>(SparkLine.class);

    private final FixtureState state;
    private final Process process; // null when reusing an application started elsewhere
    private final Deque<String> tail;
    private final Path log;

    private SparkFixture(FixtureState state, Process process, Deque<String> tail, Path log) {
        this.state = state;
        this.process = process;
        this.tail = tail;
        this.log = log;
    }

    /** The one Spark 3.5 fixture application of this test run; started on first use, stopped when the JVM exits. */
    public static FixtureState shared() {
        return shared(SparkLine.SPARK_3_5);
    }

    /**
     * The one fixture application of this test run on {@code line}: the one {@code scripts/spark-fixture start} runs
     * (its URL and state file in the line's environment variables), else started on first use and stopped when the
     * JVM exits.
     */
    public static synchronized FixtureState shared(SparkLine line) {
        SparkFixture fixture = SHARED.get(line);
        if (fixture == null) {
            String url = System.getProperty(line.urlEnv(), System.getenv(line.urlEnv()));
            if (url != null && !url.isBlank()) {
                fixture = reuse(line, url);
            } else {
                Launcher launcher = launcher(line).lifetime(SHARED_MAX_LIFETIME_SECONDS);
                String jar = System.getProperty(PLUGIN_JAR_PROPERTY, "");
                if (!jar.isBlank()) launcher.plugin(Path.of(jar));
                SparkFixture started = launcher.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "spark-fixture-stop"));
                fixture = started;
            }
            SHARED.put(line, fixture);
        }
        return fixture.state;
    }

    /** The output (stdout and stderr, Spark's log included) of the shared application on {@code line}. */
    public static synchronized Path sharedLog(SparkLine line) {
        shared(line);
        return SHARED.get(line).log;
    }

    private static SparkFixture reuse(SparkLine line, String url) {
        String stateFile = System.getProperty(line.stateEnv(), System.getenv(line.stateEnv()));
        if (stateFile == null || stateFile.isBlank()) {
            throw new IllegalStateException(line.urlEnv() + " is set but " + line.stateEnv() + " (the fixture's state file) is not");
        }
        try {
            FixtureState state = FixtureState.read(Path.of(stateFile));
            if (!url.equals(state.url())) {
                throw new IllegalStateException(line.urlEnv() + "=" + url + " but the state file " + stateFile + " describes " + state.url());
            }
            // scripts/spark-fixture writes the application's output next to its state file
            return new SparkFixture(state, null, new ArrayDeque<>(), Path.of(stateFile).resolveSibling("fixture.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Spark fixture state file " + stateFile, e);
        }
    }

    /** A private fixture application on {@code line}, configured before {@link Launcher#start()}. */
    public static Launcher launcher(SparkLine line) {
        return new Launcher(line);
    }

    /**
     * Starts a private fixture application in its own Java 17 process and waits until it is ready. The caller closes
     * it; it also exits by itself when this JVM dies (its stdin closes) or after {@code maxLifetimeSeconds}.
     * With {@code onlyQueries} it runs just those named queries (faster; for fault tests that kill it).
     */
    public static SparkFixture start(long maxLifetimeSeconds, String... onlyQueries) {
        return launcher(SparkLine.SPARK_3_5).lifetime(maxLifetimeSeconds).only(onlyQueries).start();
    }

    private static SparkFixture start(SparkLine line, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Spark fixture with " + command.get(0) + ": " + e.getMessage(), e);
        }
        Deque<String> tail = new ArrayDeque<>();
        CompletableFuture<FixtureState> ready = new CompletableFuture<>();
        Path log = logFile(process.pid());
        Thread reader = new Thread(() -> pump(process.getInputStream(), log, tail, ready), "spark-fixture-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        SparkFixture fixture = new SparkFixture(null, process, tail, log);
        try {
            FixtureState state = ready.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new SparkFixture(state, process, tail, log);
        } catch (TimeoutException | ExecutionException | InterruptedException e) {
            fixture.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e instanceof TimeoutException ? "was not ready after " + READY_TIMEOUT_SECONDS + " s"
                : e instanceof ExecutionException ? e.getCause().getMessage() : "interrupted";
            throw new IllegalStateException("Spark " + line.versionPrefix() + " fixture (pid " + process.pid() + ") " + why
                + "; last output (all of it in " + log + "):\n" + fixture.outputTail());
        }
    }

    /** Settings of a private fixture application: lifetime, queries, extra classpath entries and Spark settings. */
    public static final class Launcher {
        private final SparkLine line;
        private long lifetimeSeconds = 600;
        private final List<String> only = new ArrayList<>();
        private final List<String> classpath = new ArrayList<>();
        private final List<String> conf = new ArrayList<>();
        private final List<String> jvmOptions = new ArrayList<>();

        private Launcher(SparkLine line) {
            this.line = line;
        }

        /** The application exits by itself after this many seconds (and when this JVM dies). */
        public Launcher lifetime(long seconds) {
            lifetimeSeconds = seconds;
            return this;
        }

        /** Runs just these named queries (faster). */
        public Launcher only(String... queries) {
            only.addAll(List.of(queries));
            return this;
        }

        /** Appends a jar or directory to the application's classpath, e.g. a Spark plugin under test. */
        public Launcher classpath(Path entry) {
            classpath.add(entry.toAbsolutePath().toString());
            return this;
        }

        /** A Spark setting for the application's session. */
        public Launcher conf(String key, String value) {
            conf.add(key + "=" + value);
            return this;
        }

        /**
         * Runs BrickOptima's Spark plugin from a copy of {@code jar} (a rebuild of the jar must not change the classes
         * of a running application), its JSON lines next to that copy.
         */
        public Launcher plugin(Path jar) {
            try {
                Path dir = Files.createTempDirectory("brickoptima-spark-plugin");
                Path copy = Files.copy(jar, dir.resolve(jar.getFileName()));
                Path output = dir.resolve("brickoptima-findings.jsonl");
                for (Path p : List.of(dir, copy, output)) p.toFile().deleteOnExit(); // deleted in reverse order
                classpath(copy);
                conf("spark.plugins", PLUGIN_CLASS);
                return conf(PLUGIN_OUTPUT_KEY, output.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the plugin jar " + jar, e);
            }
        }

        /** A JVM option of the application's process (e.g. a system property). */
        public Launcher jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** Starts the application in its own Java 17 process and waits until it is ready; the caller closes it. */
        public SparkFixture start() {
            List<String> command = javaCommand(line, jvmOptions, classpath);
            command.add(FixtureApp.class.getName());
            command.add("--exit-on-stdin-eof");
            command.add("--max-lifetime-seconds");
            command.add(String.valueOf(lifetimeSeconds));
            if (!only.isEmpty()) {
                command.add("--only");
                command.add(String.join(",", only));
            }
            for (String kv : conf) {
                command.add("--conf");
                command.add(kv);
            }
            return SparkFixture.start(line, command);
        }
    }

    /** {@code java} of Java 17 with the flags Spark 3.5 needs and its runtime classpath, without a main class. */
    static List<String> javaCommand() {
        return javaCommand(SparkLine.SPARK_3_5, List.of(), List.of());
    }

    /**
     * {@code java} of Java 17 with the flags Spark needs and the line's runtime classpath (plus extras), without a main
     * class: for tests that run another Spark program, e.g. {@code org.apache.spark.deploy.SparkSubmit}.
     */
    public static List<String> javaCommand(SparkLine line, List<String> jvmOptions, List<String> extraClasspath) {
        String javaHome = System.getProperty("java17.home");
        if (javaHome == null || javaHome.isBlank() || javaHome.startsWith("${")) {
            javaHome = DEFAULT_JAVA17;
        }
        Path java = Path.of(javaHome, "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("the Spark fixture needs Java 17 at " + java + " (set -Djava17.home=...)");
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(LEAN_JVM_FLAGS);
        command.addAll(JVM_FLAGS);
        command.addAll(jvmOptions);
        command.add("-cp");
        String cp = classpath(line);
        for (String e : extraClasspath) cp = e + File.pathSeparator + cp;
        command.add(cp);
        return command;
    }

    /** This module's classes (directory or jar) plus the line's runtime dependencies as recorded by the build. */
    static String classpath(SparkLine line) {
        String deps;
        try (InputStream in = SparkFixture.class.getResourceAsStream(line.classpathResource())) {
            if (in == null) {
                throw new IllegalStateException(line.classpathResource() + " is missing: build the " + line.module()
                    + " module with Maven and put it on the test classpath");
            }
            deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path self = Path.of(SparkFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + java.io.File.pathSeparator + deps;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A process's whole output goes to target/ of the running module (Maven's working directory) or the temp dir. */
    public static Path logFile(long pid) {
        Path dir = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of(System.getProperty("java.io.tmpdir"));
        return dir.resolve("spark-fixture-" + pid + ".log");
    }

    static void pump(InputStream out, Path log, Deque<String> tail, CompletableFuture<FixtureState> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
             java.io.Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                w.write(line);
                w.write('\n');
                w.flush();
                if (!ready.isDone() && line.startsWith(FixtureState.READY_PREFIX)) {
                    try {
                        ready.complete(FixtureState.fromJson(line.substring(FixtureState.READY_PREFIX.length())));
                    } catch (RuntimeException e) {
                        ready.completeExceptionally(new IllegalStateException("unreadable ready line: " + e.getMessage()));
                    }
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended; handled below
        }
        ready.completeExceptionally(new IllegalStateException("exited before it was ready"));
    }

    public FixtureState state() {
        return state;
    }

    /** The process of a fixture this JVM started; empty when reusing one started by scripts/spark-fixture. */
    public java.util.Optional<ProcessHandle> process() {
        return java.util.Optional.ofNullable(process).map(Process::toHandle);
    }

    public String outputTail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    /** Stops the process this JVM started, by its PID: SIGTERM, then SIGKILL after 15 s. */
    @Override
    public void close() {
        Processes.stop(process);
    }
}
