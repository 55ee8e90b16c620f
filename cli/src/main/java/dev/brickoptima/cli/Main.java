package dev.brickoptima.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** Entry point: {@code brickoptima analyze|spark|pg|rules|baseline|compare|fix}. Errors are one line on stderr, never a stack trace. */
@Command(name = "brickoptima", mixinStandardHelpOptions = true, version = "brickoptima " + Main.VERSION,
    description = "Finds performance and correctness problems in SQL, Spark and PostgreSQL query plans.",
    subcommands = {AnalyzeCommand.class, SparkCommand.class, PgCommand.class, RulesCommand.class, BaselineCommand.class, CompareCommand.class, FixCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI and returns the exit code (used by tests, which must not call System.exit). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("brickoptima: " + ex.getMessage());
            err.println("Try 'brickoptima " + (ex.getCommandLine().getCommandName().equals("brickoptima") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof UsageException) {
                err.println("brickoptima: " + ex.getMessage());
            } else {
                err.println("brickoptima: internal error: " + ex);
            }
            return ExitCode.USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
