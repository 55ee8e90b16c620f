package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SyntheticPlans;
import dev.brickoptima.core.sql.SqlAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Scaling curves as thread CPU time, best of many rounds, for a loaded machine where JMH's wall-clock averages scatter
 * too much to show them (docs/performance.md): plan parse + analysis by operators ({@code plans}) and one statement's
 * parse + analysis by joins in a chain ({@code joins}, the workload of {@link JoinChainBenchmark}). Also prints the
 * bytes allocated per unit, which stays constant when the work is linear.
 * <pre>java -XX:+UseSerialGC -Xss64m -cp benchmarks/target/benchmarks.jar dev.brickoptima.bench.ScalingCheck [plans|joins]</pre>
 */
public final class ScalingCheck {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private ScalingCheck() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        if (!which.equals("joins")) {
            PlanAnalyzer plans = new PlanAnalyzer(AnalyzerConfig.defaults());
            curve("operators", new int[] {250, 500, 1000, 2000, 4000, 8000}, b -> b * 10 + 1, b -> SyntheticPlans.wide(b, 9),
                plans::analyzeText, 40_000);
        }
        if (!which.equals("plans")) {
            SqlAnalyzer sql = JoinChainBenchmark.analyzer();
            curve("joins", new int[] {1250, 2500, 5000, 10_000, 20_000}, j -> j, JoinChainBenchmark::chain, sql::analyze, 40_000);
        }
    }

    /** One line per size: best CPU time of max(3, work / size) rounds after a warm-up at the smallest size. */
    private static void curve(String unit, int[] sizes, IntFunction<Integer> units, IntFunction<String> input, Consumer<String> analyse,
                              int work) {
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) MX;
        long thread = Thread.currentThread().getId();
        String warm = input.apply(sizes[0]);
        for (int w = 0; w < 10; w++) analyse.accept(warm);
        double previous = 0;
        for (int size : sizes) {
            String text = input.apply(size);
            int n = units.apply(size);
            long best = Long.MAX_VALUE;
            long bytes = 0;
            int rounds = Math.max(3, work / size);
            for (int r = 0; r < rounds; r++) {
                long a0 = alloc.getThreadAllocatedBytes(thread);
                long t0 = MX.getCurrentThreadCpuTime();
                analyse.accept(text);
                best = Math.min(best, MX.getCurrentThreadCpuTime() - t0);
                bytes = alloc.getThreadAllocatedBytes(thread) - a0;
            }
            double ms = best / 1e6;
            System.out.printf(Locale.ROOT, "%6d %s: %9.2f ms CPU%s, %6.0f bytes allocated per unit (best of %d)%n", n, unit, ms,
                previous == 0 ? "        " : String.format(Locale.ROOT, " (x%.2f)", ms / previous), (double) bytes / n, rounds);
            previous = ms;
        }
    }
}
