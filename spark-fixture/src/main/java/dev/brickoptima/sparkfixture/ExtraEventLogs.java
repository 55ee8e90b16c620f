package dev.brickoptima.sparkfixture;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkFirehoseListener;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.scheduler.EventLoggingListener;
import org.apache.spark.scheduler.ReplayListenerBus;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerEvent;

/**
 * Writes the fixture application's events a second time in every format Spark itself writes, with Spark's own
 * {@link EventLoggingListener}: compressed with each codec (lz4, zstd, snappy) and as rolling {@code eventlog_v2_*}
 * directories (plain and zstd). Registered with {@code spark.extraListeners}, so it sees every event from the
 * application start on, exactly like the main event log. Each log goes to {@code <root>/<name>/}.
 *
 * <p>Spark refuses a rolling file size under 10 MiB, ten times the fixture's whole log; the writer's limit is lowered
 * after construction (test code only) so the rolling logs really roll, by Spark's own roll-over logic.
 */
public final class ExtraEventLogs extends SparkFirehoseListener {

    /** SparkConf key: the directory under which each extra log gets a sub-directory named after its format. */
    public static final String ROOT_KEY = "brickoptima.fixture.extraEventLogs";
    /** Roll-over size of the rolling logs in the fixture. */
    static final long ROLLING_FILE_BYTES = 256 * 1024;

    /** Format name to the settings Spark reads for it. */
    static final Map<String, Map<String, String>> FORMATS = formats();

    private final ReplayListenerBus bus = new ReplayListenerBus();
    private final List<EventLoggingListener> writers = new ArrayList<>();

    public ExtraEventLogs(SparkConf conf) {
        String root = conf.get(ROOT_KEY);
        String appId = conf.getAppId();
        for (Map.Entry<String, Map<String, String>> f : FORMATS.entrySet()) {
            SparkConf c = conf.clone();
            f.getValue().forEach(c::set);
            File dir = new File(root, f.getKey());
            if (!dir.mkdirs() && !dir.isDirectory()) {
                throw new IllegalStateException("cannot create " + dir);
            }
            EventLoggingListener writer = new EventLoggingListener(appId, scala.Option.empty(), dir.toURI(), c,
                SparkHadoopUtil.get().newConfiguration(c));
            if (f.getKey().startsWith("rolling")) {
                lowerRollingSize(writer);
            }
            writer.start();
            bus.addListener(writer);
            writers.add(writer);
        }
    }

    private static Map<String, Map<String, String>> formats() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (String codec : new String[] {"lz4", "zstd", "snappy"}) {
            m.put(codec, Map.of("spark.eventLog.compress", "true", "spark.eventLog.compression.codec", codec,
                "spark.eventLog.rolling.enabled", "false"));
        }
        m.put("rolling", Map.of("spark.eventLog.compress", "false", "spark.eventLog.rolling.enabled", "true"));
        m.put("rolling-zstd", Map.of("spark.eventLog.compress", "true", "spark.eventLog.compression.codec", "zstd",
            "spark.eventLog.rolling.enabled", "true"));
        return m;
    }

    private static void lowerRollingSize(EventLoggingListener writer) {
        Object logWriter = writer.logWriter();
        for (Class<?> c = logWriter.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().endsWith("eventFileMaxLength") && f.getType() == long.class) {
                    try {
                        f.setAccessible(true);
                        f.setLong(logWriter, ROLLING_FILE_BYTES);
                        return;
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("cannot lower the rolling event log size", e);
                    }
                }
            }
        }
        throw new IllegalStateException("no eventFileMaxLength in " + logWriter.getClass());
    }

    @Override
    public void onEvent(SparkListenerEvent event) {
        bus.postToAll(event);
        if (event instanceof SparkListenerApplicationEnd) {
            writers.forEach(EventLoggingListener::stop);
        }
    }
}
