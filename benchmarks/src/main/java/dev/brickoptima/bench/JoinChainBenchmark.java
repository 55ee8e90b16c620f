package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One statement with a long chain of joins ({@code a JOIN b ON ... JOIN c ON ...}), parsed and analysed with every
 * default rule: time must grow linearly with the joins (the join rules were quadratic: 67 s at 20,000). The budget is
 * raised so the deadline never cuts the work being measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xss64m"})
public class JoinChainBenchmark {
    @Param({"2500", "5000", "10000", "20000"})
    public int joins;

    private String sql;
    private SqlAnalyzer analyzer;

    @Setup
    public void setup() {
        sql = chain(joins);
        analyzer = analyzer();
    }

    /** {@code SELECT t0.a FROM t0 JOIN t1 ON t1.k = t0.k JOIN t2 ...}: one statement with {@code joins} joins. */
    static String chain(int joins) {
        StringBuilder sb = new StringBuilder("SELECT t0.a FROM t0");
        for (int i = 1; i <= joins; i++) sb.append(" JOIN t").append(i).append(" ON t").append(i).append(".k = t").append(i - 1).append(".k");
        return sb.toString();
    }

    /** Every default rule, with a budget so large the deadline never cuts the work being measured. */
    static SqlAnalyzer analyzer() {
        return new SqlAnalyzer(AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 600_000)).build());
    }

    @Benchmark
    public Object parseAndAnalyze() {
        return analyzer.analyze(sql).findings();
    }
}
