package dev.brickoptima.cli;

import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.ReportContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code brickoptima analyze PATH...}: SQL files, Java sources, Spark plan text, Spark REST JSON and PostgreSQL EXPLAIN output. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyze SQL scripts, Java sources (the SQL they run), Spark plan text files, Spark REST JSON dumps and PostgreSQL "
        + "EXPLAIN output, JSON or text (directories: *.sql, *.java, *.plan, *.explain.txt, *.explain.json, recursively).")
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    BaselineOption baselineOption;

    @Mixin
    PlanInputOptions planInputOptions;

    @Mixin
    JavaOptions javaOptions;

    @Override
    public Integer call() throws IOException {
        reportOptions.threshold();
        ReportContext ctx = new ReportContext(Main.VERSION, inputOptions.baseDirectory());
        List<AnalyzedInput> inputs = new InputAnalyzer(configOptions, planInputOptions, javaOptions.classpath()).run(inputOptions, System.in);
        inputs = baselineOption.apply(inputs, ctx, spec.commandLine().getErr());
        int code = reportOptions.write(inputs, ctx, spec.commandLine().getOut());
        return reportOptions.exitCode(inputs, code, spec.commandLine().getErr());
    }
}
