package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;

/**
 * The SQL analyzer on any text, in each dialect: it never throws, and its findings and fixes stay inside the input.
 * Seeds: TPC-DS queries and rule fixtures (see {@code SqlAnalyzerFuzzTestInputs/SOURCE.md}).
 */
class SqlAnalyzerFuzzTest {
    private static final SqlAnalyzer[] ANALYZERS = {
        new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.SPARK).build()),
        new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.POSTGRES).build()),
        new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.ANSI).build()),
    };

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void analyze(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        String sql = FuzzChecks.text(input);
        SqlAnalyzer analyzer = ANALYZERS[input.length == 0 ? 0 : (input[0] & 0xff) % ANALYZERS.length];
        SqlAnalysis a = analyzer.analyze(sql);
        FuzzChecks.findingsWithin(a.findings(), sql.length());
        FuzzChecks.noParserFailure(a.internalErrors());
        if (a.parsed() > a.statements()) throw new AssertionError("parsed " + a.parsed() + " of " + a.statements());
    }
}
