package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Reading and analysing real PostgreSQL EXPLAIN output (fixture server plans), JSON and text, with every rule. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PgPlanBenchmark {
    /** A 6-node join with ANALYZE and BUFFERS (JSON: 9 KB) and the 8-node VERBOSE plan with an InitPlan and a CTE. */
    @Param({"join-customer-items.json", "join-customer-items.txt", "subplans-verbose.json", "subplans-verbose.txt"})
    public String plan;

    private String text;
    private PgPlanAnalyzer analyzer;

    @Setup
    public void setup() {
        try (InputStream in = PgPlanBenchmark.class.getResourceAsStream("/pg/plans/" + plan)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzer = new PgPlanAnalyzer(AnalyzerConfig.defaults());
    }

    @Benchmark
    public Object parseAndAnalyze() {
        return analyzer.analyze(text).findings();
    }
}
