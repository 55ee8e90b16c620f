package dev.brickoptima.cli;

import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.report.AnalyzedInput;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reports mean "not (fully) analysed" and fail the run with exit 2 (the process tests are in HostileInputIT). */
class UnanalysedTest {
    private static AnalyzedInput report(String path, String kind, String... errors) {
        return AnalyzedInput.of(new InputReport(path, kind, 1, List.of(), List.of(errors)));
    }

    @Test
    void anErrorInAReadableInputsReportIsNotAnalysedWork() {
        // a Java file the parser gave up on, and a rule that failed on one statement: both left something unchecked
        List<AnalyzedInput> inputs = List.of(
            report("A.java", "java", "could not be analysed: java.lang.StackOverflowError"),
            report("q.sql", "sql", "select-star failed at offset 12: java.lang.IllegalStateException"),
            report("clean.sql", "sql"));
        StringWriter err = new StringWriter();
        int code = Unanalysed.exitCode(inputs, ExitCode.OK, false, new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines().toList()).containsExactly(
            "brickoptima: A.java: could not be analysed: java.lang.StackOverflowError",
            "brickoptima: q.sql: select-star failed at offset 12: java.lang.IllegalStateException",
            "brickoptima: not everything was analysed (2 places): exit code 2 (--allow-incomplete reports it without failing the run)");
    }

    @Test
    void allowIncompleteKeepsTheFindingsCodeButStillNamesThem() {
        StringWriter err = new StringWriter();
        int code = Unanalysed.exitCode(List.of(report("A.java", "java", "could not be analysed: x")), ExitCode.FINDINGS, true,
            new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).contains("A.java: could not be analysed: x").doesNotContain("exit code 2");
    }

    @Test
    void cleanReportsKeepTheFindingsCode() {
        StringWriter err = new StringWriter();
        assertThat(Unanalysed.exitCode(List.of(report("clean.sql", "sql")), ExitCode.OK, false, new PrintWriter(err, true))).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
