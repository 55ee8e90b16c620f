package dev.brickoptima.core.ide;

import dev.brickoptima.core.config.AnalyzerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSelectionTest {
    @Test
    void planTextIsAnalysedAndEverythingElseGetsOneLine() {
        String plan = "== Physical Plan ==\nCartesianProduct\n:- *(1) Scan parquet a[x#1]\n+- *(2) Scan parquet b[y#2]\n";
        PlanSelection.Result r = PlanSelection.analyze(plan, "selection", AnalyzerConfig.defaults());
        assertThat(r.problem()).isNull();
        assertThat(r.heading()).isEqualTo("Spark plan from the selection");
        assertThat(r.findings()).isNotEmpty();
        assertThat(PlanSelection.analyze("  ", "clipboard", AnalyzerConfig.defaults()).problem()).startsWith("Select Spark plan text");
        assertThat(PlanSelection.analyze("{\"planDescription\": \"x\", \"nodes\": []}", "clipboard", AnalyzerConfig.defaults()).problem())
            .contains("brickoptima analyze FILE.json").doesNotContain("\n");
        assertThat(PlanSelection.analyze("hello world", "clipboard", AnalyzerConfig.defaults()).problem()).contains("does not hold a Spark or PostgreSQL plan");
    }
}
