package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;

/**
 * SQL templates (literal parts with holes, as concatenated strings in Java give): never a throw, and findings and
 * fixes map back into the source the literal parts came from. A 0x01 byte in the input stands for a hole.
 */
class SqlTemplateFuzzTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(AnalyzerConfig.defaults());

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void analyze(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        String source = FuzzChecks.text(input);
        SqlTemplate.Builder b = SqlTemplate.builder();
        int start = 0;
        for (int i = 0; i <= source.length(); i++) {
            if (i == source.length() || source.charAt(i) == '\u0001') {
                // each literal part keeps its offset in the source; the hole marker itself is the unknown part
                if (i > start) b.literal(source.substring(start, i), start);
                if (i < source.length()) b.hole();
                start = i + 1;
            }
        }
        SqlAnalysis a = ANALYZER.analyze(b.build());
        FuzzChecks.findingsWithin(a.findings(), source.length());
        FuzzChecks.noParserFailure(a.internalErrors());
    }
}
