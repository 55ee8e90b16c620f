package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SyntheticPlans;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Plan parse + analysis time per size as thread CPU time, best of many rounds: the scaling curve on a loaded machine,
 * where JMH's wall-clock averages scatter too much to show it (docs/performance.md). Also prints the bytes allocated
 * per operator, which must stay constant if the work is linear.
 * <pre>java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.brickoptima.bench.PlanScalingCheck</pre>
 */
public final class PlanScalingCheck {
    private PlanScalingCheck() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long thread = Thread.currentThread().getId();
        PlanAnalyzer analyzer = new PlanAnalyzer(AnalyzerConfig.defaults());
        for (int w = 0; w < 5; w++) analyzer.analyzeText(SyntheticPlans.wide(1000, 9));
        double previous = 0;
        for (int branches : new int[] {250, 500, 1000, 2000, 4000, 8000}) {
            String text = SyntheticPlans.wide(branches, 9);
            int operators = branches * 10 + 1;
            long best = Long.MAX_VALUE;
            long bytes = 0;
            int rounds = Math.max(5, 40_000 / branches);
            for (int r = 0; r < rounds; r++) {
                long a0 = alloc.getThreadAllocatedBytes(thread);
                long t0 = mx.getCurrentThreadCpuTime();
                analyzer.analyzeText(text);
                best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
                bytes = alloc.getThreadAllocatedBytes(thread) - a0;
            }
            double ms = best / 1e6;
            System.out.printf(Locale.ROOT, "%6d operators: %8.2f ms CPU%s, %5.0f bytes allocated per operator%n", operators, ms,
                previous == 0 ? "        " : String.format(Locale.ROOT, " (x%.2f)", ms / previous), (double) bytes / operators);
            previous = ms;
        }
    }
}
