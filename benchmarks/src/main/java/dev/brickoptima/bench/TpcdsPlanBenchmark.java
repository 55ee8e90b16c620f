package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanTextParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Parse-only versus parse-and-analyze over all 103 TPC-DS approved plans (one op = the whole corpus). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TpcdsPlanBenchmark {
    private List<String> plans;
    private PlanAnalyzer analyzer;

    @Setup
    public void setup() {
        plans = Corpus.tpcdsPlans();
        analyzer = new PlanAnalyzer(AnalyzerConfig.defaults());
    }

    @Benchmark
    public void parseOnly(Blackhole bh) {
        for (String p : plans) bh.consume(PlanTextParser.parse(p));
    }

    @Benchmark
    public void parseAndAnalyze(Blackhole bh) {
        for (String p : plans) {
            PlanAnalysis a = analyzer.analyzeText(p);
            bh.consume(a.findings());
        }
    }
}
