package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.PlanTextParser;
import dev.brickoptima.core.plan.SyntheticPlans;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Where plan analysis spends its time as plans grow (docs/performance.md, "Scaling"): per operator, best round of thread
 * CPU time, for parsing, the analysis without any rule (active-operator walk, report assembly) and the 21 rules; then
 * the garbage collector's pauses per round, which thread CPU time does not include. Constant nanoseconds per operator
 * means linear work. Run it with {@code -Xint} as well: the interpreter's time counts the bytecodes executed, so
 * constant figures there mean the work per operator is constant whatever the caches do.
 * <pre>java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.brickoptima.bench.PlanPhaseCheck [work]</pre>
 */
public final class PlanPhaseCheck {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private PlanPhaseCheck() {
    }

    public static void main(String[] args) {
        int work = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        // the budget raised so that it never cuts the rules short (-Xint is 50 times slower)
        AnalyzerConfig config = AnalyzerConfig.builder().limits(new Limits(20_000_000, 1_000_000, 120, 600_000)).build();
        PlanTextParser parser = new PlanTextParser();
        PlanAnalyzer none = new PlanAnalyzer(config, List.of());
        PlanAnalyzer all = new PlanAnalyzer(config);
        String warm = SyntheticPlans.wide(250, 9);
        for (int w = 0; w < 10; w++) all.analyzeFull(none.analyzeText(warm).plan(), List.of());
        System.out.println("operators  parse ns/op  no-rules ns/op  rules ns/op  total ns/op  GC pauses ms/round (GCs)");
        for (int branches : new int[] {250, 500, 1000, 2000, 4000, 8000}) {
            String text = SyntheticPlans.wide(branches, 9);
            int n = branches * 10 + 1;
            int rounds = Math.max(3, work / branches);
            long parse = Long.MAX_VALUE;
            long bare = Long.MAX_VALUE;
            long full = Long.MAX_VALUE;
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            for (int r = 0; r < rounds; r++) {
                long t0 = MX.getCurrentThreadCpuTime();
                PhysicalPlan plan = parser.read(text);
                long t1 = MX.getCurrentThreadCpuTime();
                none.analyzeFull(plan, List.of());
                long t2 = MX.getCurrentThreadCpuTime();
                all.analyzeFull(plan, List.of());
                long t3 = MX.getCurrentThreadCpuTime();
                parse = Math.min(parse, t1 - t0);
                bare = Math.min(bare, t2 - t1);
                full = Math.min(full, t3 - t2);
            }
            System.out.printf(Locale.ROOT, "%9d  %11.0f  %14.0f  %11.0f  %11.0f  %8.1f (%.2f)%n", n, (double) parse / n, (double) bare / n,
                (double) (full - bare) / n, (double) (parse + full) / n, (double) (gcMillis() - gcMillis) / rounds,
                (double) (gcCount() - gcCount) / rounds);
        }
    }

    private static long gcCount() {
        long c = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) c += gc.getCollectionCount();
        return c;
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) t += gc.getCollectionTime();
        return t;
    }
}
