package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code brickoptima analyze PATH...}: SQL files, Spark plan text and Spark REST JSON, recognised by content. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyze SQL scripts, Spark plan text files, Spark REST JSON dumps and Spark event logs (directories: *.sql, *.plan, *.explain.txt and event logs, recursively).")
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() throws IOException {
        reportOptions.threshold();
        AnalyzerConfig config = configOptions.build();
        BoundedSqlAnalyzer sql = new BoundedSqlAnalyzer(config);
        PlanInputs plans = new PlanInputs(config);
        EventLogInputs eventLogs = new EventLogInputs(config);
        // files are independent and the analyzers thread-safe: analyse them in parallel, report in input order
        List<InputReport> reports = InputFiles.expand(paths).parallelStream()
            .flatMap(p -> EventLogInputs.isEventLog(p) ? eventLogs.analyze(p, UNREADABLE).stream() : java.util.stream.Stream.of(analyze(p, sql, plans)))
            .toList();
        boolean unreadable = reports.stream().anyMatch(r -> r.kind().equals(UNREADABLE));
        int code = reportOptions.write(reports, spec.commandLine().getOut());
        return unreadable ? ExitCode.USAGE : code;
    }

    private static final String UNREADABLE = "unknown";

    private static InputReport analyze(Path p, BoundedSqlAnalyzer sql, PlanInputs plans) {
        String text;
        try {
            text = read(p);
        } catch (IOException e) {
            return new InputReport(p.toString(), UNREADABLE, 0, List.of(), List.of("cannot read: " + describe(e)));
        }
        InputKind kind = InputKind.detect(text);
        if (kind != InputKind.SQL) return plans.analyze(p.toString(), text, kind);
        SqlAnalysis a = sql.analyze(text);
        return new InputReport(p.toString(), "sql", a.statements(), a.findings(), a.internalErrors());
    }

    private static String read(Path p) throws IOException {
        if (!Files.exists(p)) throw new IOException("no such file");
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        byte[] bytes = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
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
