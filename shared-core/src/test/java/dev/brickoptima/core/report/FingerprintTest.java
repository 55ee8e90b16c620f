package dev.brickoptima.core.report;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {
    private final SqlAnalyzer sql = new SqlAnalyzer(AnalyzerConfig.builder().build());

    @Test
    void sqlFingerprintsIgnoreLinesAndLayoutButNotTheFlaggedText() {
        String a = "SELECT * FROM t;\nDELETE FROM logs;\nSELECT * FROM t;\n";
        String b = "\n\n-- moved down\nSELECT   *\nFROM t;\nDELETE   FROM   logs;\nSELECT * FROM t;\n";
        List<String> fa = Fingerprint.of(sql.analyze(a).findings(), a);
        List<String> fb = Fingerprint.of(sql.analyze(b).findings(), b);
        assertThat(fa).hasSize(3).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(fb);
        String c = "DELETE FROM audit;\n";
        assertThat(Fingerprint.of(sql.analyze(c).findings(), c)).doesNotContainAnyElementsOf(fa);
    }

    @Test
    void planFingerprintsIgnoreSparkIds() throws Exception {
        String plan;
        try (InputStream in = getClass().getResourceAsStream("/corpus/tpcds/plans-v1_4/q72.explain.txt")) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PlanAnalyzer analyzer = new PlanAnalyzer(AnalyzerConfig.builder().build());
        List<Finding> findings = analyzer.analyze(plan);
        assertThat(findings).isNotEmpty();
        // the same plan printed with other expression ids and a header line above it
        String shifted = "-- captured again\n" + plan.replaceAll("#(\\d+)", "#9$1");
        assertThat(Fingerprint.of(analyzer.analyze(shifted), shifted)).isEqualTo(Fingerprint.of(findings, plan));
        assertThat(Fingerprint.withoutPlanIds(":  +- *(3) BroadcastHashJoin [d_date_sk#12L] (41)")).isEqualTo("BroadcastHashJoin [d_date_sk] (41)".replace(" (41)", ""));
    }

    @Test
    void baselineMatchesByPathRuleAndFingerprintAndCountsDuplicates() {
        Baseline b = new Baseline(List.of(new Baseline.Entry("a.sql", "select-star", "x:1", 3, "m"),
            new Baseline.Entry("a.sql", "select-star", "x:2", 9, "m"), new Baseline.Entry("b.sql", "null-comparison", "y:1", 1, "n")));
        Baseline.Comparison c = b.compare(List.of(new Baseline.Entry("a.sql", "select-star", "x:1", 30, "m"),
            new Baseline.Entry("a.sql", "select-star", "x:3", 31, "m"), new Baseline.Entry("c.sql", "null-comparison", "y:1", 1, "n")));
        assertThat(c.isNew()).containsExactly(false, true, true);
        assertThat(c.newCount()).isEqualTo(2);
        assertThat(b.compare(List.of(new Baseline.Entry("b.sql", "null-comparison", "y:1", 7, "n"))).newCount()).isZero();
        assertThat(c.fixed()).extracting(Baseline.Entry::fingerprint).containsExactly("x:2", "y:1");
    }
}
