package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.jdt.JdtCodeView;
import dev.brickoptima.jdt.StandaloneJavaParser;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;

import java.util.ArrayList;
import java.util.List;

/**
 * Java scanning on any text, as the CLI and Eclipse run it (JDT's parser, the adapter, the SQL-in-Java engine): it never
 * throws, and findings, suppression edits and related places stay inside the source. Seeds: the shared Java fixtures
 * (see {@code SOURCE.md}). In the same package as the core's fuzz tests, for their checks and budget.
 */
class JavaScanFuzzTest {
    private static final JavaSqlAnalyzer ANALYZER = JavaSqlAnalyzers.bounded(AnalyzerConfig.defaults(), true);
    private static final StandaloneJavaParser PARSER = new StandaloneJavaParser(List.of());

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void analyze(byte[] input) {
        String source = FuzzChecks.text(input);
        List<CodeFinding> found = ANALYZER.analyze(new JdtCodeView(PARSER.parse("Fuzzed.java", source), source), () -> false);
        List<Finding> findings = new ArrayList<>();
        for (CodeFinding f : found) {
            findings.add(f.finding().withRelated(f.related()));
            if (f.suppression() != null) findings.add(f.finding().withFixes(List.of(f.suppression())));
        }
        FuzzChecks.findingsWithin(findings, source.length());
    }
}
