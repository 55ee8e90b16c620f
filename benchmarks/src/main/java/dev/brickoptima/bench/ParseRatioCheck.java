package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParserWatch;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Full analysis / parse-only on the TPC-DS corpus (the two operations of {@link SqlAnalysisBenchmark}), measured as
 * the thread's CPU time, interleaved round by round, best of N rounds. On a shared machine under load, JMH's
 * wall-clock averages of the two benchmarks run minutes apart see different load; CPU time excludes the time the
 * thread waited for a core, and interleaving gives both the same conditions. The ratio of the two minima can pair a
 * quiet moment with a busy one, so the median of each round's own ratio (both halves measured back to back) is printed
 * too. Usage: {@code ParseRatioCheck [rounds]}.
 */
public final class ParseRatioCheck {
    private ParseRatioCheck() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<String> queries = Corpus.tpcdsQueries();
        SqlLexer lexer = new SqlLexer(Dialect.SPARK);
        SqlParser parser = new SqlParser(Dialect.SPARK, ParserWatch.NONE);
        SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.defaults());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestParse = Long.MAX_VALUE;
        long bestFull = Long.MAX_VALUE;
        long check = 0;
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            check += SqlAnalysisBenchmark.parseOnly(queries, lexer, parser);
            long t1 = mx.getCurrentThreadCpuTime();
            check += SqlAnalysisBenchmark.fullAnalysis(queries, analyzer);
            long t2 = mx.getCurrentThreadCpuTime();
            bestParse = Math.min(bestParse, t1 - t0);
            bestFull = Math.min(bestFull, t2 - t1);
            ratios[i] = (double) (t2 - t1) / (t1 - t0);
        }
        Arrays.sort(ratios);
        System.out.println("parse-only " + millis(bestParse) + " ms, full analysis " + millis(bestFull) + " ms, ratio "
            + Math.round(1000.0 * bestFull / bestParse) / 1000.0 + " (CPU time, best of " + rounds + " rounds); median of the rounds' own ratios "
            + Math.round(1000.0 * ratios[rounds / 2]) / 1000.0 + " (check " + check + ")");
    }

    private static String millis(long nanos) {
        return Long.toString(Math.round(nanos / 1e5) / 10) + "." + Math.round(nanos / 1e5) % 10;
    }
}
