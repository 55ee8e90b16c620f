package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads and analyses the inputs of one command: files (SQL, plan text, Spark REST JSON, recognised by content; Java
 * sources by name) and
 * standard input, in parallel, reported in input order. An input that cannot be read becomes a report with an error.
 * Each input is analysed with its own configuration (the brickoptima.yml files above it, see {@link ConfigOptions});
 * every configuration is resolved before anything is analysed, so a bad file stops the run with one line, and the
 * analyzers are built once per distinct configuration and shared by its inputs (they are immutable and thread-safe).
 */
final class InputAnalyzer {
    static final String UNREADABLE = "unknown";

    private final ConfigOptions configs;
    private final PlanInputOptions planOptions;
    private final List<Path> classpath;
    private final Map<AnalyzerConfig, BoundedSqlAnalyzer> sql = new ConcurrentHashMap<>();
    private final Map<AnalyzerConfig, PlanInputs> plans = new ConcurrentHashMap<>();
    private final Map<AnalyzerConfig, JavaInputs> java = new ConcurrentHashMap<>();
    private final Map<AnalyzerConfig, EventLogInputs> eventLogs = new ConcurrentHashMap<>();
    private int stdinIndex = -1;

    InputAnalyzer(ConfigOptions configs) {
        this(configs, null, List.of());
    }

    /**
     * With {@code --stages} / {@code --environment} for Spark REST JSON inputs (null: none) and the classpath Java
     * sources compile against (see {@link JavaOptions}).
     */
    InputAnalyzer(ConfigOptions configs, PlanInputOptions planOptions, List<Path> classpath) {
        this.configs = configs;
        this.planOptions = planOptions;
        this.classpath = classpath;
    }

    /** Expands and analyses the inputs named by the options. */
    List<AnalyzedInput> run(InputOptions options, InputStream stdin) {
        if (options.stdinCount() > 1) throw new UsageException("'-' (standard input) can be given only once");
        List<Source> sources = new ArrayList<>();
        List<Path> named = new ArrayList<>();
        for (String p : options.paths) {
            if (p.equals(InputOptions.STDIN)) {
                sources.addAll(files(named, options));
                named.clear();
                String name = options.stdinFilename != null ? options.stdinFilename : "<stdin>";
                Path file = options.stdinFilename != null ? Path.of(options.stdinFilename) : null;
                stdinIndex = sources.size();
                sources.add(new Source(name, file, readStdin(stdin, readerFor(configs.configFor(workingDirectoryOr(file))))));
            } else {
                named.add(Path.of(p));
            }
        }
        sources.addAll(files(named, options));
        List<Job> jobs = new ArrayList<>();
        // standard input without --stdin-filename gets the configuration of the working directory
        for (Source s : sources) jobs.add(new Job(s, configs.configFor(workingDirectoryOr(s.file()))));
        ForkJoinPool pool = new ForkJoinPool(options.parallelism());
        try {
            // files are independent and the analyzers thread-safe: analyse them in parallel, report in input order
            return pool.submit(() -> jobs.parallelStream().flatMap(j -> analyzeAll(j).stream()).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The position of standard input in the last run's result, or -1. */
    int stdinIndex() {
        return stdinIndex;
    }

    static boolean anyUnreadable(List<AnalyzedInput> inputs) {
        return inputs.stream().anyMatch(i -> i.report().kind().equals(UNREADABLE));
    }

    /** One input: its display name, its file (null for unnamed stdin) and its text, or null when read lazily from the file. */
    private record Source(String name, Path file, Text text) {
    }

    private record Text(String value, String error) {
    }

    /** A source with the configuration it is analysed with. */
    private record Job(Source source, AnalyzerConfig config) {
    }

    private static List<Source> files(List<Path> named, InputOptions options) {
        if (named.isEmpty()) return List.of();
        List<Source> out = new ArrayList<>();
        for (Path p : InputFiles.expand(named, options.excludes)) out.add(new Source(p.toString(), p, null));
        return out;
    }

    /** A Spark event log gives one input per SQL execution (streamed, never read whole); anything else one input. */
    private List<AnalyzedInput> analyzeAll(Job job) {
        Source s = job.source();
        if (s.text() == null && s.file() != null && EventLogInputs.isEventLog(s.file())) {
            EventLogInputs logs = eventLogs.computeIfAbsent(job.config(), EventLogInputs::new);
            return logs.analyze(s.file(), UNREADABLE).stream().map(r -> new AnalyzedInput(r, null, s.file())).toList();
        }
        return List.of(analyze(job));
    }

    private AnalyzedInput analyze(Job job) {
        Source s = job.source();
        Text t = s.text() != null ? s.text() : read(s.file(), readerFor(job.config()));
        if (t.error() != null) {
            return new AnalyzedInput(new InputReport(s.name(), UNREADABLE, 0, List.of(), List.of("cannot read: " + t.error())), null, s.file());
        }
        return new AnalyzedInput(analyze(s.name(), s.file(), t.value(), job.config()), t.value(), s.file());
    }

    /**
     * Analyses one input: Java by its file name; otherwise by content. A named file that is neither SQL, a plan nor
     * Java is an error; unnamed standard input is read as SQL.
     */
    private InputReport analyze(String name, Path file, String text, AnalyzerConfig config) {
        if (file != null) {
            InputType type = InputType.of(file, text);
            if (type == InputType.JAVA) return java.computeIfAbsent(config, c -> new JavaInputs(c, classpath)).analyze(name, file, text);
            if (type == InputType.UNKNOWN) {
                return new InputReport(name, UNREADABLE, 0, List.of(), List.of("not SQL, a Spark plan or Java source "
                    + "(expected a .sql, .java, .plan or .json file, or text that starts with a SQL statement)"));
            }
        }
        InputKind kind = InputKind.detect(text);
        if (kind != InputKind.SQL || SparkUiExecutionPage.isHtml(text)) {
            return plans.computeIfAbsent(config, c -> new PlanInputs(c, planOptions)).analyze(name, text, kind);
        }
        SqlAnalysis a = sql.computeIfAbsent(config, BoundedSqlAnalyzer::new).analyze(text);
        return new InputReport(name, "sql", a.statements(), a.findings(), a.internalErrors());
    }

    private static Path workingDirectoryOr(Path file) {
        return file != null ? file : Path.of("").toAbsolutePath();
    }

    /** Reads within the input's own limit, so the limit is checked while reading, never after. */
    private static InputReader readerFor(AnalyzerConfig config) {
        return new InputReader(config.limits().maxInputChars());
    }

    private static Text read(Path p, InputReader reader) {
        InputReader.Result r = reader.read(p);
        return new Text(r.text(), r.error());
    }

    /** The text of a file (within the default input limit), or a one-line usage error. */
    static String readOrThrow(Path p) {
        Text t = read(p, new InputReader(Limits.DEFAULT.maxInputChars()));
        if (t.error() != null) throw new UsageException("cannot read " + p + ": " + t.error());
        return t.value();
    }

    private static Text readStdin(InputStream in, InputReader reader) {
        try {
            InputReader.Result r = reader.read(in);
            return new Text(r.text(), r.error());
        } catch (IOException e) {
            return new Text(null, InputReader.describe(e));
        }
    }
}
