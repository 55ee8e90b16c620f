package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

/**
 * The fixture application: one local SparkSession with its UI on 127.0.0.1, the {@link FixtureQueries} run once,
 * then the UI stays up until the process is killed, stdin closes ({@code --exit-on-stdin-eof}) or the maximum
 * lifetime passes, so a forgotten fixture never lingers.
 *
 * <p>Arguments: {@code [--state-file PATH] [--max-lifetime-seconds N] [--exit-on-stdin-eof] [--ui-port N]
 * [--only name,name] [--conf key=value]...} ({@code --only} runs just those queries, for short-lived fixtures of fault
 * tests; {@code --conf} adds Spark settings, e.g. a plugin under test). It uses only Spark APIs that are the same in
 * 3.5 and 4.x, so the same classes run on both lines.
 * Needs Java 17, the {@code --add-opens} flags of {@link SparkFixture#JVM_FLAGS} and {@code SPARK_LOCAL_IP=127.0.0.1}.
 */
public final class FixtureApp {

    private FixtureApp() {
    }

    public static void main(String[] args) throws Exception {
        Path stateFile = null;
        long maxLifetimeSeconds = 1800;
        boolean exitOnStdinEof = false;
        int uiPort = 0;
        java.util.Set<String> only = java.util.Set.of();
        Map<String, String> extraConf = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--state-file" -> stateFile = Path.of(args[++i]);
                case "--max-lifetime-seconds" -> maxLifetimeSeconds = Long.parseLong(args[++i]);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "--ui-port" -> uiPort = Integer.parseInt(args[++i]);
                case "--only" -> only = java.util.Set.of(args[++i].split(","));
                case "--conf" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq <= 0) throw new IllegalArgumentException("--conf needs key=value, got " + kv);
                    extraConf.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!"127.0.0.1".equals(System.getenv("SPARK_LOCAL_IP"))) {
            // Without it the UI binds to all interfaces.
            System.err.println("fixture: refusing to start without SPARK_LOCAL_IP=127.0.0.1");
            System.exit(2);
        }
        URL log4j = FixtureApp.class.getResource("log4j2-fixture.properties");
        if (log4j != null && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", log4j.toString());
        }
        startWatchdogs(maxLifetimeSeconds, exitOnStdinEof);

        Path workDir = Files.createTempDirectory("brickoptima-spark-fixture");
        long t0 = System.nanoTime();
        // event logs let tests run a History Server over this application (HistoryServerFixture)
        Path eventLogs = Files.createDirectories(workDir.resolve("events"));
        // the same events again in every other format Spark writes (ExtraEventLogs), for event-log reader tests
        Path extraEventLogs = Files.createDirectories(workDir.resolve("event-logs"));
        SparkSession.Builder builder = SparkSession.builder()
            .appName("brickoptima-fixture")
            .master("local[2]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "true")
            .config("spark.ui.port", String.valueOf(uiPort > 0 ? uiPort : freePort()))
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8")
            // Spark's default, set explicitly so the environment REST endpoint carries it (plan-smj-could-broadcast)
            .config("spark.sql.autoBroadcastJoinThreshold", "10MB")
            .config("spark.shuffle.spill.numElementsForceSpillThreshold", FixtureQueries.FORCE_SPILL_ELEMENTS)
            .config("spark.local.dir", workDir.resolve("local").toString())
            .config("spark.eventLog.enabled", "true")
            .config("spark.eventLog.dir", eventLogs.toUri().toString())
            .config("spark.eventLog.compress", "false") // the defaults of these two turned true in Spark 4
            .config("spark.eventLog.rolling.enabled", "false")
            .config("spark.extraListeners", ExtraEventLogs.class.getName())
            .config(ExtraEventLogs.ROOT_KEY, extraEventLogs.toString())
            .config("spark.sql.warehouse.dir", workDir.resolve("warehouse").toUri().toString());
        extraConf.forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        System.err.println("fixture: session up after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            spark.stop();
            deleteTree(workDir);
        }, "fixture-stop"));

        Map<String, String> descriptions = new LinkedHashMap<>();
        List<FixtureQuery> queries = new java.util.ArrayList<>(FixtureQueries.all(workDir));
        queries.addAll(PlanPrecisionQueries.all(workDir));
        for (FixtureQuery q : queries) {
            if (!only.isEmpty() && !only.contains(q.name())) {
                continue;
            }
            long q0 = System.nanoTime();
            run(spark, q);
            System.err.println("fixture: " + q.name() + " took " + (System.nanoTime() - q0) / 1_000_000 + " ms");
            descriptions.put(q.name(), q.description());
        }
        flushBlockBufferedLogs(spark);
        String url = "http://127.0.0.1:" + URI.create(spark.sparkContext().uiWebUrl().get()).getPort();
        String appId = spark.sparkContext().applicationId();
        waitForRestApi(url + "/api/v1/applications/" + appId + "/sql?length=1");
        Map<String, Long> executions = waitForExecutions(url + "/api/v1/applications/" + appId, descriptions);
        Map<String, String> eventLogDirs = new LinkedHashMap<>();
        eventLogDirs.put("plain", eventLogs.toString());
        for (String format : ExtraEventLogs.FORMATS.keySet()) eventLogDirs.put(format, extraEventLogs.resolve(format).toString());
        FixtureState state = new FixtureState(url, appId, ProcessHandle.current().pid(), spark.version(), executions,
            descriptions, eventLogs.toString(), eventLogDirs, extraConf);
        if (stateFile != null) {
            state.write(stateFile);
        }
        System.err.println("fixture: ready after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        System.out.println(FixtureState.READY_PREFIX + state.toJson());
        System.out.flush();
        Thread.currentThread().join(); // the watchdogs or a signal end the process
    }

    /**
     * Spark's lz4 event log writer keeps up to a 32 KiB block in memory until it fills; a few tiny jobs outside SQL
     * (about 20 KiB of events each) push the last query's events into the file while the application keeps running.
     */
    private static void flushBlockBufferedLogs(SparkSession spark) {
        spark.sparkContext().setJobDescription("[fixture:flush] event log padding, not a SQL query");
        for (int i = 0; i < 4; i++) {
            new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).parallelize(List.of(1, 2), 2).count();
        }
        spark.sparkContext().setJobDescription(null);
    }

    private static void run(SparkSession spark, FixtureQuery q) {
        q.conf().forEach(spark.conf()::set);
        spark.sparkContext().setJobDescription(q.description());
        try {
            q.action().accept(spark);
        } finally {
            spark.sparkContext().setJobDescription(null);
            q.conf().keySet().forEach(spark.conf()::unset);
        }
    }

    /**
     * The SQL status store is filled by an asynchronous listener; wait until every query's execution completed, as the
     * REST API shows it (the same on Spark 3.5 and 4.x). A query's execution is the lowest id with its description
     * (sub-executions, e.g. of a write command, come after their root).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> waitForExecutions(String appApi, Map<String, String> descriptions) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Object list = MiniJson.parse(get(appApi + "/sql?details=false&planDescription=false&offset=0&length=100000"));
            Map<String, Long> found = new LinkedHashMap<>();
            boolean allDone = true;
            for (Map.Entry<String, String> d : descriptions.entrySet()) {
                Map<String, Object> root = null;
                for (Object o : (List<Object>) list) {
                    Map<String, Object> e = (Map<String, Object>) o;
                    if (d.getValue().equals(e.get("description"))
                        && (root == null || ((Number) e.get("id")).longValue() < ((Number) root.get("id")).longValue())) {
                        root = e;
                    }
                }
                if (root == null || !"COMPLETED".equals(root.get("status"))) {
                    allDone = false;
                } else {
                    found.put(d.getKey(), ((Number) root.get("id")).longValue());
                }
            }
            if (allDone) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("executions did not complete in the SQL status store: found only " + found);
            }
            Thread.sleep(100);
        }
    }

    private static String get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(10000);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void waitForRestApi(String url) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(5000);
                int status = c.getResponseCode();
                try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                    if (in != null) {
                        in.readAllBytes();
                    }
                }
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Spark REST API did not answer 200 at " + url);
            }
            Thread.sleep(200);
        }
    }

    static void startWatchdogs(long maxLifetimeSeconds, boolean exitOnStdinEof) {
        Thread lifetime = new Thread(() -> {
            try {
                Thread.sleep(maxLifetimeSeconds * 1000);
                System.err.println("fixture: maximum lifetime of " + maxLifetimeSeconds + " s reached, exiting");
                System.exit(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fixture-max-lifetime");
        lifetime.setDaemon(true);
        lifetime.start();
        if (exitOnStdinEof) {
            // The launching test JVM holds our stdin open; when it dies, so does this process.
            Thread stdin = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // ignore input
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone, same as EOF
                }
                System.err.println("fixture: stdin closed, exiting");
                System.exit(0);
            }, "fixture-stdin-watch");
            stdin.setDaemon(true);
            stdin.start();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temp dir
        }
    }
}
