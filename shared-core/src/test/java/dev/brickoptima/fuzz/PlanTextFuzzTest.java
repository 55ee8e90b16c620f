package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;

/**
 * The Spark plan text parser and the plan rules on any text: a parse-error finding or findings, never a throw.
 * Seeds: TPC-DS approved plans and the Spark UI sample (see {@code PlanTextFuzzTestInputs/SOURCE.md}).
 */
class PlanTextFuzzTest {
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.defaults());

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void analyze(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        String text = FuzzChecks.text(input);
        PlanAnalysis a = ANALYZER.analyzeText(text);
        FuzzChecks.findingsWithin(a.findings(), text.length());
    }
}
