package dev.brickoptima.cli;

import dev.brickoptima.core.report.Baseline;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.BaselineFile;
import dev.brickoptima.jvm.report.ReportContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code brickoptima baseline -o FILE PATH...}: records the current findings so that later runs fail only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Record the current findings in a baseline file; 'analyze --baseline FILE' then reports only new findings.")
public final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The baseline file to write.")
    Path output;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        ReportContext ctx = new ReportContext(Main.VERSION, inputOptions.baseDirectory());
        List<AnalyzedInput> inputs = new InputAnalyzer(configOptions).run(inputOptions, System.in);
        if (InputAnalyzer.anyUnreadable(inputs)) {
            // a baseline that silently lacks a file would later report all its findings as new, or hide it: refuse
            for (AnalyzedInput in : inputs) {
                for (String e : in.report().errors()) spec.commandLine().getErr().println("brickoptima: " + in.report().path() + ": " + e);
            }
            spec.commandLine().getErr().println("brickoptima: baseline not written: some inputs could not be read");
            return ExitCode.USAGE;
        }
        List<Baseline.Entry> entries = BaselineFile.entries(inputs, ctx);
        Files.writeString(output, BaselineFile.write(entries, Main.VERSION));
        spec.commandLine().getOut().println("brickoptima: baseline " + output + ": " + entries.size() + " findings in " + inputs.size() + " inputs");
        return ExitCode.OK;
    }
}
