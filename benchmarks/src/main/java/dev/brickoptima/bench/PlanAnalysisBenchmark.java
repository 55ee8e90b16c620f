package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SyntheticPlans;
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
 * Spark plan parsing and analysis of synthetic plans of growing size: time must grow linearly with the number of
 * operators (see {@link TpcdsPlanBenchmark} for the real corpus).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanAnalysisBenchmark {
    /** Branches of 9 operators under one Union: 250 -> 2,501 operators ... 2000 -> 20,001, 4000 -> 40,001. */
    @Param({"250", "500", "1000", "2000", "4000"})
    public int branches;

    private String synthetic;
    private PlanAnalyzer analyzer;

    @Setup
    public void setup() {
        synthetic = SyntheticPlans.wide(branches, 9);
        analyzer = new PlanAnalyzer(AnalyzerConfig.defaults());
    }

    @Benchmark
    public Object syntheticParseAndAnalyze() {
        return analyzer.analyzeText(synthetic).findings();
    }
}
