package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.rules.IndexAdviceRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pg-index-advice finding for each verdict on a candidate index: proven by hypopg (a warning with the cost before
 * and after), rejected (never reported), unproven (info, with the reason); its DDL, position and severity override.
 */
class IndexAdviceFindingTest {
    private static final String PLAN = "Limit  (cost=0.00..7000.00 rows=10 width=47)\n"
        + "  ->  Seq Scan on sales.\"Big Orders\" o  (cost=0.00..6812.00 rows=30 width=47)\n"
        + "        Filter: ((\"Customer\" = 7) AND (total > '10'::numeric))\n";

    private static IndexCandidate candidate(PgPlan plan) {
        return PgIndexAdvisor.forFilter(plan.node(2), PgCatalog.EMPTY);
    }

    @Test
    void candidateDdlAndIdentity() {
        IndexCandidate c = candidate(PgPlans.parse(PLAN));
        assertThat(c.ddl()).isEqualTo("CREATE INDEX ON sales.\"Big Orders\" (\"Customer\", total)");
        assertThat(c.key()).isEqualTo("sales.big orders(customer,total)");
        assertThat(c.reason()).isEqualTo("the filter ((\"Customer\" = 7) AND (total > '10'::numeric))");
        IndexCandidate plain = new IndexCandidate(null, "orders", List.of("created_at DESC", "id"), c.node(), "r");
        assertThat(plain.ddl()).isEqualTo("CREATE INDEX ON orders (created_at DESC, id)");
        assertThat(plain.key()).isEqualTo("orders(created_at desc,id)");
    }

    @Test
    void messagesOfEachVerdict() {
        IndexCandidate c = candidate(PgPlans.parse(PLAN));
        String of = " for the filter ((\"Customer\" = 7) AND (total > '10'::numeric)) of Seq Scan on sales.Big Orders o (node 2)";
        assertThat(IndexAdvice.checked(c, 7000, 1750, true).message())
            .isEqualTo("CREATE INDEX ON sales.\"Big Orders\" (\"Customer\", total) lowers the estimated cost from 7,000 to 1,750 (-75%, checked with hypopg)" + of);
        assertThat(IndexAdvice.checked(c, 7000, 6990.5, false).message())
            .isEqualTo("CREATE INDEX ON sales.\"Big Orders\" (\"Customer\", total) does not lower the estimated cost (7,000 -> 6,991, checked with hypopg)" + of);
        assertThat(IndexAdvice.unproven(c, "hypopg is not installed").message())
            .isEqualTo("Candidate index CREATE INDEX ON sales.\"Big Orders\" (\"Customer\", total)" + of + "; unproven: hypopg is not installed");
        IndexAdvice proven = IndexAdvice.checked(c, 7000, 1750, true);
        assertThat(proven.status()).isEqualTo(IndexAdvice.Status.PROVEN);
        assertThat(proven.note()).isNull();
        assertThat(IndexAdvice.checked(c, 7000, 6990, false).status()).isEqualTo(IndexAdvice.Status.REJECTED);
        IndexAdvice unproven = IndexAdvice.unproven(c, "why");
        assertThat(unproven.status()).isEqualTo(IndexAdvice.Status.UNPROVEN);
        assertThat(unproven.costBefore()).isNaN();
        assertThat(unproven.costAfter()).isNaN();
    }

    @Test
    void theFindingOfEachVerdict() {
        PgPlan plan = PgPlans.parse(PLAN);
        IndexCandidate c = candidate(plan);
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(AnalyzerConfig.defaults());
        Finding proven = analyzer.adviceFinding(plan, IndexAdvice.checked(c, 7000, 1750, true));
        assertThat(proven.ruleId()).isEqualTo("pg-index-advice");
        assertThat(proven.severity()).isEqualTo(Severity.WARNING);
        assertThat(proven.fixes()).containsExactly(Fix.hint("CREATE INDEX ON sales.\"Big Orders\" (\"Customer\", total)"));
        assertThat(proven.detail()).isEqualTo(IndexAdviceRule.METADATA.rationale());
        // the node's label on its line: line 2, columns 7 to the end of "o"
        int start = PLAN.indexOf("Seq Scan");
        int end = PLAN.indexOf(" o  (cost") + 2;
        assertThat(proven.location()).isEqualTo(new Location(start, end, 2, 7, 2, 7 + end - start, "2"));

        assertThat(analyzer.adviceFinding(plan, IndexAdvice.unproven(c, "why")).severity()).isEqualTo(Severity.INFO);
        assertThat(analyzer.adviceFinding(plan, IndexAdvice.checked(c, 7000, 6990, false))).isNull();
        // a configured severity wins over both
        PgPlanAnalyzer strict = new PgPlanAnalyzer(AnalyzerConfig.builder().severity("pg-index-advice", Severity.ERROR).build());
        assertThat(strict.adviceFinding(plan, IndexAdvice.unproven(c, "why")).severity()).isEqualTo(Severity.ERROR);
        assertThat(strict.adviceFinding(plan, IndexAdvice.checked(c, 7000, 1750, true)).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void offlineAnalysisProposesEachCandidateOnceAndOnlyWhenTheRuleIsOn() {
        // two rules (seq-scan-filter and index-advice) both arrive at the same index: one candidate
        String text = "Seq Scan on orders  (cost=0.00..6812.00 rows=30 width=47) (actual time=0.01..30.0 rows=30 loops=1)\n"
            + "  Filter: (customer_id = 7)\n  Rows Removed by Filter: 299970\n";
        PgPlanAnalysis a = new PgPlanAnalyzer(AnalyzerConfig.defaults()).analyze(text);
        assertThat(a.candidates()).extracting(IndexCandidate::ddl).containsExactly("CREATE INDEX ON orders (customer_id)");
        // same position: in rule-id order
        assertThat(a.findings()).extracting(Finding::ruleId).containsExactly("pg-index-advice", "pg-seq-scan-filter");
        assertThat(a.findings().get(0).message()).isEqualTo("Candidate index CREATE INDEX ON orders (customer_id) for the filter "
            + "(customer_id = 7) of Seq Scan on orders (node 1); unproven: " + PgPlanAnalyzer.UNPROVEN_OFFLINE);

        PgPlanAnalysis off = new PgPlanAnalyzer(AnalyzerConfig.builder().disable("pg-index-advice").build()).analyze(text);
        assertThat(off.candidates()).isEmpty();
        assertThat(off.findings()).extracting(Finding::ruleId).containsExactly("pg-seq-scan-filter");
    }

    @Test
    void catalogFindingsHaveNoPosition() {
        PgCatalog catalog = new PgCatalog(List.of(), List.of(new PgCatalog.Index(null, "orders", "orders_x", List.of("x"), false, false, false,
            0, 8192, "btree", null, "CREATE INDEX orders_x ON orders (x)")), List.of(), null);
        List<Finding> f = new PgPlanAnalyzer(AnalyzerConfig.defaults()).analyzeCatalog(catalog);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).ruleId()).isEqualTo("pg-unused-index");
        assertThat(f.get(0).message()).isEqualTo("Index orders_x on orders (x, 8.0 KiB) has not been scanned");
        assertThat(f.get(0).location()).isEqualTo(new Location(0, 0, 1, 1, 1, 1, null));
    }
}
