package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
                sources.add(new Source(name, file, readStdin(stdin)));
            } else {
                named.add(Path.of(p));
            }
        }
        sources.addAll(files(named, options));
        List<Job> jobs = new ArrayList<>();
        // standard input without --stdin-filename gets the configuration of the working directory
        for (Source s : sources) jobs.add(new Job(s, configs.configFor(s.file() != null ? s.file() : Path.of("").toAbsolutePath())));
        ForkJoinPool pool = new ForkJoinPool(options.parallelism());
        try {
            // files are independent and the analyzers thread-safe: analyse them in parallel, report in input order
            return pool.submit(() -> jobs.parallelStream().map(this::analyze).toList()).get();
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

    private AnalyzedInput analyze(Job job) {
        Source s = job.source();
        Text t = s.text() != null ? s.text() : read(s.file());
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

    static Text read(Path p) {
        try {
            if (!Files.exists(p)) throw new IOException("no such file");
            if (Files.isDirectory(p)) throw new IOException("is a directory");
            return new Text(decode(Files.readAllBytes(p)), null);
        } catch (IOException e) {
            return new Text(null, describe(e));
        }
    }

    /** The text of a file, or a one-line usage error. */
    static String readOrThrow(Path p) {
        Text t = read(p);
        if (t.error() != null) throw new UsageException("cannot read " + p + ": " + t.error());
        return t.value();
    }

    private static Text readStdin(InputStream in) {
        try {
            return new Text(decode(in.readAllBytes()), null);
        } catch (IOException e) {
            return new Text(null, describe(e));
        }
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: analyse it anyway as Latin-1 so nothing is lost; the parser reports what it cannot read
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
