package dev.brickoptima.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.eventlog.FindingCost;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigFileLoader;
import dev.brickoptima.jvm.eventlog.EventLogAnalysis;

/**
 * {@code spark-submit brickoptima-spark.jar fleet --logs DIR --out DIR [--config brickoptima.yml] [--partitions N]}:
 * analyses every event log under a Hadoop file system directory in parallel (one task per log), with the rules,
 * severities and thresholds of an optional configuration file (checked on the driver first), and writes
 * <ul>
 *   <li>{@code OUT/findings} (Parquet) and {@code OUT/findings-json} (JSON lines): one row per finding with the
 *   application, execution, rule, operator, message and estimated cost (task time, bytes);</li>
 *   <li>{@code OUT/logs} (JSON lines): one row per log, with its executions, findings and any read error;</li>
 *   <li>{@code OUT/summary/applications} and {@code OUT/summary/rules} (JSON lines), ranked by estimated task time,
 *   and {@code OUT/summary.md}, the top of both rankings as text (also printed).</li>
 * </ul>
 * A log that cannot be read is a row in {@code logs} with its error; it never stops the job.
 */
final class FleetJob {
    static final StructType FINDINGS = new StructType()
        .add("logPath", DataTypes.StringType).add("appId", DataTypes.StringType).add("appName", DataTypes.StringType)
        .add("sparkVersion", DataTypes.StringType).add("executionId", DataTypes.LongType)
        .add("description", DataTypes.StringType).add("ruleId", DataTypes.StringType).add("severity", DataTypes.StringType)
        .add("operatorId", DataTypes.StringType).add("message", DataTypes.StringType)
        .add("taskTimeMs", DataTypes.LongType).add("bytes", DataTypes.LongType).add("costBasis", DataTypes.StringType);
    static final StructType LOGS = new StructType()
        .add("logPath", DataTypes.StringType).add("appId", DataTypes.StringType).add("appName", DataTypes.StringType)
        .add("sparkVersion", DataTypes.StringType).add("executions", DataTypes.IntegerType)
        .add("findings", DataTypes.IntegerType).add("error", DataTypes.StringType);
    private static final int TOP = 20;

    private FleetJob() {
    }

    /** Parsed command line. */
    record Options(String logs, String out, String config, int partitions) {
        static Options parse(String[] args) {
            String logs = null;
            String out = null;
            String config = null;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length && !a.equals("--help")) throw new IllegalArgumentException(a + " needs a value");
                switch (a) {
                    case "--logs" -> logs = args[++i];
                    case "--out" -> out = args[++i];
                    case "--config" -> config = args[++i];
                    case "--partitions" -> partitions = positive(a, args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (logs == null || out == null) throw new IllegalArgumentException("--logs DIR and --out DIR are required");
            return new Options(logs, out, config, partitions);
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a whole number above 0, not '" + value + "'");
        }
    }

    static void run(SparkSession spark, Options o) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path dir = new Path(o.logs());
        FileSystem fs = dir.getFileSystem(jsc.hadoopConfiguration());
        if (!fs.exists(dir)) throw new IllegalArgumentException("--logs " + o.logs() + ": no such directory");
        String config = o.config() == null ? null : configText(o.config(), jsc);
        List<String> logs = HadoopEventLogs.list(fs, dir);
        int slices = Math.max(1, o.partitions() > 0 ? o.partitions() : Math.min(logs.size(), jsc.defaultParallelism() * 4));
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        JavaRDD<LogResult> results = jsc.parallelize(logs, slices).map(p -> LogResult.of(p, conf, config));
        results.persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> findings = spark.createDataFrame(results.flatMap(new FindingRows()), FINDINGS);
        Dataset<Row> logRows = spark.createDataFrame(results.map(LogResult::row), LOGS);
        findings.write().mode(SaveMode.Overwrite).parquet(o.out() + "/findings");
        findings.write().mode(SaveMode.Overwrite).json(o.out() + "/findings-json");
        logRows.coalesce(1).write().mode(SaveMode.Overwrite).json(o.out() + "/logs");

        spark.read().parquet(o.out() + "/findings").createOrReplaceTempView("brickoptima_findings");
        Dataset<Row> apps = spark.sql("SELECT appId, first(appName) AS appName, count(*) AS findings,"
            + " count(DISTINCT executionId) AS executions, sum(taskTimeMs) AS taskTimeMs, sum(bytes) AS bytes,"
            + " concat_ws(', ', sort_array(collect_set(ruleId))) AS rules FROM brickoptima_findings"
            + " GROUP BY appId ORDER BY taskTimeMs DESC, findings DESC, appId");
        Dataset<Row> rules = spark.sql("SELECT ruleId, count(*) AS findings, count(DISTINCT appId) AS applications,"
            + " sum(taskTimeMs) AS taskTimeMs, sum(bytes) AS bytes FROM brickoptima_findings"
            + " GROUP BY ruleId ORDER BY taskTimeMs DESC, findings DESC, ruleId");
        apps.coalesce(1).write().mode(SaveMode.Overwrite).json(o.out() + "/summary/applications");
        rules.coalesce(1).write().mode(SaveMode.Overwrite).json(o.out() + "/summary/rules");

        String md = summary(logs.size(), logRows.collectAsList(), apps.limit(TOP).collectAsList(), rules.limit(TOP).collectAsList());
        Path summary = new Path(o.out() + "/summary.md");
        try (OutputStream out = summary.getFileSystem(jsc.hadoopConfiguration()).create(summary, true)) {
            out.write(md.getBytes(StandardCharsets.UTF_8));
        }
        System.out.print(md);
        results.unpersist(false);
    }

    /** The text of the configuration file (any Hadoop file system), checked here so a bad file stops the job at once. */
    private static String configText(String file, JavaSparkContext jsc) throws IOException {
        Path p = new Path(file);
        String text;
        try (java.io.InputStream in = p.getFileSystem(jsc.hadoopConfiguration()).open(p)) {
            text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("--config " + file + ": no such file");
        }
        analyzerConfig(text, file);
        return text;
    }

    /** The analyzer configuration of a brickoptima.yml text (null: the defaults); a bad file is a usage error. */
    static AnalyzerConfig analyzerConfig(String text, String name) {
        if (text == null) return AnalyzerConfig.builder().build();
        try {
            return ConfigFileLoader.parse(text, name).build();
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static String summary(int logCount, List<Row> logs, List<Row> apps, List<Row> rules) {
        int failed = 0;
        long executions = 0;
        long findings = 0;
        for (Row r : logs) {
            if (!r.isNullAt(6)) failed++;
            executions += r.getInt(4);
            findings += r.getInt(5);
        }
        StringBuilder b = new StringBuilder("# BrickOptima fleet summary\n\n");
        b.append(logCount).append(" event logs, ").append(executions).append(" SQL executions, ").append(findings)
            .append(" findings").append(failed > 0 ? ", " + failed + " logs unreadable (see logs/)" : "").append("\n\n");
        b.append("## Applications by estimated task time of their findings\n\n")
            .append("| application | name | findings | executions | task time | bytes | rules |\n|---|---|---|---|---|---|---|\n");
        for (Row r : apps) {
            b.append("| ").append(r.getString(0)).append(" | ").append(cell(r.getString(1))).append(" | ").append(r.getLong(2))
                .append(" | ").append(r.getLong(3)).append(" | ").append(millis(r.getLong(4))).append(" | ")
                .append(r.getLong(5)).append(" | ").append(r.getString(6)).append(" |\n");
        }
        b.append("\n## Rules by estimated task time\n\n| rule | findings | applications | task time | bytes |\n|---|---|---|---|---|\n");
        for (Row r : rules) {
            b.append("| ").append(r.getString(0)).append(" | ").append(r.getLong(1)).append(" | ").append(r.getLong(2))
                .append(" | ").append(millis(r.getLong(3))).append(" | ").append(r.getLong(4)).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String millis(long ms) {
        return ms < 1000 ? ms + " ms" : ms < 60_000 ? (ms / 100) / 10.0 + " s" : (ms / 6_000) / 10.0 + " min";
    }

    /** The findings of one log (or its error), computed on an executor. */
    static final class LogResult implements Serializable {
        private static final long serialVersionUID = 1L;
        final String path;
        String appId = "";
        String appName = "";
        String sparkVersion = "";
        int executions;
        String error;
        final List<Object[]> findings = new ArrayList<>();

        LogResult(String path) {
            this.path = path;
        }

        static LogResult of(String path, HadoopConf conf, String config) {
            LogResult r = new LogResult(path);
            try {
                Path p = new Path(path);
                FileSystem fs = p.getFileSystem(conf.get());
                EventLogAnalysis analysis = new EventLogAnalysis(new ExecutionAnalyzer(new PlanAnalyzer(analyzerConfig(config, "--config"))));
                EventLogAnalysis.Summary s = analysis.analyze(HadoopEventLogs.source(fs, p), a -> r.add(a));
                r.appId = s.application().displayId();
                r.appName = s.application().appName();
                r.sparkVersion = s.application().sparkVersion();
                r.executions = s.executions();
                for (Object[] f : r.findings) {
                    f[1] = r.appId;
                    f[2] = r.appName;
                    f[3] = r.sparkVersion;
                }
            } catch (RuntimeException | IOException | LinkageError e) {
                r.error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            return r;
        }

        private void add(AnalyzedExecution a) {
            List<Finding> fs = a.findings();
            for (int i = 0; i < fs.size(); i++) {
                Finding f = fs.get(i);
                FindingCost c = i < a.costs().size() ? a.costs().get(i) : FindingCost.NONE;
                findings.add(new Object[] {path, null, null, null, a.replayed().execution().id(),
                    a.replayed().execution().description(), f.ruleId(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                    f.location() == null ? null : f.location().operatorId(), f.message(), c.taskTimeMs(), c.bytes(), c.basis()});
            }
        }

        Row row() {
            return RowFactory.create(path, appId, appName, sparkVersion, executions, findings.size(), error);
        }
    }

    /** Finding rows of a log result (a named class: Spark ships it to executors). */
    static final class FindingRows implements FlatMapFunction<LogResult, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(LogResult r) {
            List<Row> rows = new ArrayList<>();
            for (Object[] f : r.findings) rows.add(RowFactory.create(f));
            return rows.iterator();
        }
    }
}
