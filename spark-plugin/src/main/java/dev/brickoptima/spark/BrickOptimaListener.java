package dev.brickoptima.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerApplicationStart;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.EventLogReplay;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.eventlog.ReplayedExecution;
import dev.brickoptima.core.eventlog.SparkEvent;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.jvm.config.ConfigFileLoader;

/**
 * Analyses every SQL execution of the application it runs in, as the execution ends. On the listener bus it only
 * follows the events (the same replay that reads event logs, so the findings equal an event log's); the plan rules run
 * on one background thread. Per finding it logs one line, appends a JSON line to {@code spark.brickoptima.output}, and
 * posts a {@link FindingsEvent} so the event log keeps the findings.
 *
 * <p>It never fails the application: every callback catches everything, analyses queue up to a bound and are dropped
 * (with a count in the log) beyond it, and after repeated internal errors the listener switches itself off.
 * Enable with {@code spark.plugins=dev.brickoptima.spark.BrickOptimaPlugin} or
 * {@code spark.extraListeners=dev.brickoptima.spark.BrickOptimaListener}.
 */
public final class BrickOptimaListener extends SparkListener implements AutoCloseable {
    public static final String OUTPUT = "spark.brickoptima.output";
    public static final String DEFAULT_OUTPUT = "brickoptima-findings.jsonl";
    public static final String CONFIG = "spark.brickoptima.config";
    public static final String MIN_SEVERITY = "spark.brickoptima.logSeverity";
    public static final String POST_EVENTS = "spark.brickoptima.postEvents";
    public static final String QUEUE = "spark.brickoptima.queueSize";
    private static final int MAX_FAILURES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BrickOptimaListener.class);

    private final EventLogReplay replay = new EventLogReplay(this::ended);
    private final ExecutionAnalyzer analyzer;
    private final FindingsOutput output;
    private final Severity logSeverity;
    private final boolean postEvents;
    private final ThreadPoolExecutor worker;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong analysed = new AtomicLong();
    /** Time spent on the listener bus thread, and events followed there (reported at close: the bus overhead). */
    private long busNanos;
    private long busEvents;
    private final AtomicLong analysisNanos = new AtomicLong();
    private volatile SparkContext context;
    private volatile boolean disabled;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private int failures;

    /** For {@code spark.extraListeners}. */
    public BrickOptimaListener(SparkConf conf) {
        this(conf, null);
    }

    BrickOptimaListener(SparkConf conf, SparkContext context) {
        this.context = context;
        AnalyzerConfig config = AnalyzerConfig.builder().build();
        String file = conf.get(CONFIG, "");
        if (!file.isBlank()) {
            try {
                config = ConfigFileLoader.load(Path.of(file)).build();
            } catch (dev.brickoptima.jvm.config.ConfigException | RuntimeException e) {
                LOG.warn("BrickOptima: cannot use {} ({}); analysing with the defaults", file, e.getMessage());
            }
        }
        analyzer = new ExecutionAnalyzer(new PlanAnalyzer(config));
        String out = conf.get(OUTPUT, DEFAULT_OUTPUT);
        output = out.isBlank() || out.equals("none") ? null : new FindingsOutput(Path.of(out));
        Severity s = Severity.parse(conf.get(MIN_SEVERITY, "info"));
        logSeverity = s == null ? Severity.INFO : s;
        postEvents = conf.getBoolean(POST_EVENTS, true);
        int queue = Math.max(1, conf.getInt(QUEUE, 256));
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "brickoptima-analysis");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        }, (r, pool) -> dropped.incrementAndGet());
        LOG.info("BrickOptima: analysing SQL executions as they end{}",
            output == null ? "" : "; findings to " + output.path().toAbsolutePath());
    }

    // ---- listener bus thread: follow the events, nothing more ----

    private void feed(SparkEvent e) {
        if (disabled || e == null) return;
        try {
            replay.accept(e);
        } catch (Throwable t) {
            failed("following " + e.getClass().getSimpleName(), t);
        }
    }

    private interface Mapping {
        SparkEvent map();
    }

    private void feed(Mapping m) {
        if (disabled) return;
        long t0 = System.nanoTime();
        SparkEvent e;
        try {
            e = m.map();
        } catch (Throwable t) {
            failed("reading an event", t);
            return;
        }
        feed(e);
        busNanos += System.nanoTime() - t0;
        busEvents++;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart e) {
        feed(() -> SparkEvents.taskStart(e));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        feed(() -> SparkEvents.taskEnd(e));
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        feed(() -> new SparkEvent.StageSubmitted(SparkEvents.stage(e.stageInfo())));
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        feed(() -> new SparkEvent.StageCompleted(SparkEvents.stage(e.stageInfo())));
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
        feed(() -> SparkEvents.jobStart(e));
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd e) {
        feed(() -> SparkEvents.jobEnd(e));
    }

    @Override
    public void onApplicationStart(SparkListenerApplicationStart e) {
        feed(() -> new SparkEvent.ApplicationStart(e.appId().isDefined() ? e.appId().get() : null,
            e.appAttemptId().isDefined() ? e.appAttemptId().get() : null, e.appName(), e.time()));
        feed(() -> new SparkEvent.LogStart(org.apache.spark.package$.MODULE$.SPARK_VERSION()));
    }

    @Override
    public void onOtherEvent(SparkListenerEvent e) {
        feed(() -> SparkEvents.other(e));
    }

    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd e) {
        close();
    }

    private void ended(ReplayedExecution e) {
        if (e.execution().planDescription().isBlank()) return;
        worker.execute(() -> analyse(e));
    }

    private synchronized void failed(String what, Throwable t) {
        failures++;
        if (failures == 1 || failures == MAX_FAILURES) {
            LOG.warn("BrickOptima: internal error while {}: {}", what, t.toString());
        }
        if (failures >= MAX_FAILURES && !disabled) {
            disabled = true;
            LOG.warn("BrickOptima: {} internal errors; switched off for the rest of this application", failures);
        }
    }

    // ---- analysis thread ----

    private void analyse(ReplayedExecution e) {
        long t0 = System.nanoTime();
        try {
            AnalyzedExecution a = analyzer.analyze(e);
            analysed.incrementAndGet();
            for (Finding f : a.findings()) {
                if (!f.severity().atLeast(logSeverity)) continue;
                LOG.warn("BrickOptima {} {} {} operator {}: {}", f.severity().name().toLowerCase(java.util.Locale.ROOT),
                    f.ruleId(), a.label(), f.location() == null ? "-" : f.location().operatorId(), f.message());
            }
            if (output != null) output.write(a);
            if (postEvents && !a.findings().isEmpty()) post(a);
        } catch (Throwable t) {
            failed("analysing execution " + e.execution().id(), t);
        } finally {
            analysisNanos.addAndGet(System.nanoTime() - t0);
        }
    }

    private void post(AnalyzedExecution a) {
        SparkContext sc = context;
        if (sc == null) {
            scala.Option<SparkContext> active = org.apache.spark.SparkContext$.MODULE$.getActive();
            if (active.isEmpty()) return;
            sc = context = active.get();
        }
        List<FindingsEvent.Finding> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            findings.add(new FindingsEvent.Finding(f.ruleId(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                f.location() == null ? null : f.location().operatorId(), f.message()));
        }
        sc.listenerBus().post(new FindingsEvent(a.replayed().execution().id(), findings));
    }

    /** Waits briefly for queued analyses, then closes the output. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            worker.shutdown();
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) worker.shutdownNow();
            if (output != null) output.close();
            if (dropped.get() > 0) LOG.warn("BrickOptima: {} executions were not analysed (queue full)", dropped.get());
            LOG.info("BrickOptima stats: {} events followed in {} ms on the listener bus; {} executions analysed in {} ms",
                busEvents, busNanos / 1_000_000, analysed.get(), analysisNanos.get() / 1_000_000);
        } catch (Throwable t) {
            if (t instanceof InterruptedException) Thread.currentThread().interrupt();
            LOG.warn("BrickOptima: closing: {}", t.toString());
        }
    }

    /** Executions analysed so far (for tests and the log). */
    long analysedCount() {
        return analysed.get();
    }
}
