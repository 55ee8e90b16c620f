package dev.brickoptima.cli;

import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.ReportContext;
import dev.brickoptima.jvm.report.UnifiedDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code brickoptima fix PATH...}: applies the safe fixes of SQL files and of the SQL in Java sources in place (or prints them as a unified diff with
 * {@code --dry-run}). A file that changed on disk after it was read is left alone and reported (exit 2).
 * Standard input ({@code -}) is written to standard output fixed.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Apply the safe fixes to SQL files and to SQL in Java sources (in place; --dry-run prints a unified diff instead).")
public final class FixCommand implements Callable<Integer> {
    /** SQL files, and Java files whose fixes are already edits of the Java source (escaped for their literals). */
    private static final Set<String> FIXABLE_KINDS = Set.of("sql", "java");

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff and write nothing.")
    boolean dryRun;

    @Option(names = "--unsafe-fixes", description = "Also apply fixes that change what a query returns (they correct a bug: = NULL, reversed BETWEEN, HAVING without GROUP BY) or restructure Java code (bind parameters for SQL injection).")
    boolean unsafe;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        ReportContext ctx = new ReportContext(Main.VERSION, inputOptions.baseDirectory());
        InputAnalyzer analyzer = new InputAnalyzer(configOptions);
        List<AnalyzedInput> inputs = analyzer.run(inputOptions, System.in);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK;
        int fixedTotal = 0;
        int files = 0;
        int unsafeSkipped = 0;
        for (int i = 0; i < inputs.size(); i++) {
            AnalyzedInput in = inputs.get(i);
            for (String e : in.report().errors()) {
                err.println("brickoptima: " + in.report().path() + ": " + e);
                if (in.report().kind().equals(InputAnalyzer.UNREADABLE)) code = ExitCode.USAGE;
            }
            boolean stdin = i == analyzer.stdinIndex();
            if (!FIXABLE_KINDS.contains(in.report().kind()) || in.text() == null) {
                if (stdin && in.text() != null && !dryRun) out.print(in.text()); // a filter passes what it cannot fix
                continue;
            }
            SafeFixes.Selection sel = SafeFixes.select(in.report().findings(), unsafe);
            unsafeSkipped += sel.skippedUnsafe();
            if (sel.edits().isEmpty()) {
                if (stdin && !dryRun) out.print(in.text());
                continue;
            }
            String fixed = SafeFixes.apply(in.text(), sel.edits());
            String path = in.file() != null ? ctx.relativePath(in.file()) : in.report().path();
            if (dryRun) {
                out.print(UnifiedDiff.of(path, in.text(), sel.edits()));
            } else if (stdin) {
                out.print(fixed);
            } else if (!writeIfUnchanged(in.file(), in.text(), fixed, err)) {
                code = ExitCode.USAGE;
                continue;
            } else {
                err.println("brickoptima: fixed " + sel.fixed().size() + (sel.fixed().size() == 1 ? " finding" : " findings") + " in " + path);
            }
            fixedTotal += sel.fixed().size();
            files++;
        }
        err.println("brickoptima: " + (dryRun ? "would fix " : "fixed ") + fixedTotal + (fixedTotal == 1 ? " finding" : " findings")
            + " in " + files + (files == 1 ? " file" : " files")
            + (unsafeSkipped > 0 ? "; " + unsafeSkipped + " fixes that change query results not applied (--unsafe-fixes)" : ""));
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Writes {@code fixed} only if the file still holds exactly the bytes that were analysed, through a temporary file
     * moved into place so a reader never sees half a file.
     */
    static boolean writeIfUnchanged(Path file, String analysed, String fixed, PrintWriter err) throws IOException {
        byte[] now = Files.readAllBytes(file);
        byte[] expected = analysed.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(now, expected)) {
            err.println("brickoptima: " + file + " changed since it was read (or is not UTF-8); not written");
            return false;
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".brickoptima-fix-", ".tmp");
        try {
            Files.writeString(tmp, fixed, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the default permissions stay
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }
}
