package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.pg.IndexCandidate;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.pg.PgPlans;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which plan shapes pg-index-advice proposes an index for, at each threshold's edge: an index scan's filter that
 * discards most rows, the big side of a hash join, the inner scan of a nested loop, a top-N sort, and an index the
 * catalog already has. Plain EXPLAIN output (judged by cost: {@code ScanRows.COST_PER_ROW}) unless it says otherwise.
 */
class IndexAdviceCandidatesTest {
    private static List<String> candidates(String plan, PgCatalog catalog) {
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(AnalyzerConfig.builder().only("pg-index-advice").build());
        return analyzer.analyze(PgPlans.parse(plan), catalog, "offline").candidates().stream().map(IndexCandidate::ddl).toList();
    }

    private static List<String> candidates(String plan) {
        return candidates(plan, PgCatalog.EMPTY);
    }

    private static String indexScan(int kept, int removed) {
        return "Index Scan using orders_status_idx on orders  (cost=0.42..2000.00 rows=" + kept + " width=8) (actual time=0.1..5.0 rows="
            + kept + " loops=1)\n  Index Cond: (status = 'x'::text)\n  Filter: (total > 5)\n  Rows Removed by Filter: " + removed + "\n";
    }

    @Test
    void anIndexScanFilterThatDiscardsAThousandRowsAndFourTimesWhatItKeeps() {
        assertThat(candidates(indexScan(249, 1000))).containsExactly("CREATE INDEX ON orders (status, total)");
        assertThat(candidates(indexScan(249, 999))).isEmpty();
        assertThat(candidates(indexScan(250, 1000))).isEmpty();
        assertThat(candidates(indexScan(249, 1000).replace("Index Scan using", "Index Only Scan using")))
            .containsExactly("CREATE INDEX ON orders (status, total)");
        // without a filter there is nothing to add to the index
        assertThat(candidates("Index Scan using orders_status_idx on orders  (cost=0.42..2000.00 rows=5 width=8)\n"
            + "  Index Cond: (status = 'x'::text)\n")).isEmpty();
    }

    private static String hashJoin(String bigCost, int smallRows) {
        return "Hash Join  (cost=50.00..2000.00 rows=100 width=8)\n"
            + "  Hash Cond: (o.customer_id = c.id)\n"
            + "  ->  Seq Scan on orders o  (cost=0.00.." + bigCost + " rows=44444 width=8)\n"
            + "  ->  Hash  (cost=40.00..40.00 rows=" + smallRows + " width=4)\n"
            + "        ->  Seq Scan on customers c  (cost=0.00..40.00 rows=" + smallRows + " width=4)\n";
    }

    @Test
    void theBigSideOfAHashJoinWhenTheOtherSideIsSmall() {
        // orders: cost 1,000 reads about 44,444 rows; the customers side keeps 5% of that at most (2,222)
        assertThat(candidates(hashJoin("1000.00", 2222))).containsExactly("CREATE INDEX ON orders (customer_id)");
        assertThat(candidates(hashJoin("1000.00", 2223))).isEmpty();
        assertThat(candidates(hashJoin("999.99", 100))).isEmpty();
        // measured: the rows read, not the cost
        String analysed = "Hash Join  (cost=50.00..2000.00 rows=100 width=8) (actual time=1..9 rows=100 loops=1)\n"
            + "  Hash Cond: (o.customer_id = c.id)\n"
            + "  ->  Seq Scan on orders o  (cost=0.00..10.00 rows=10000 width=8) (actual time=0.1..5.0 rows=10000 loops=1)\n"
            + "  ->  Hash  (cost=40.00..40.00 rows=500 width=4) (actual time=0.1..0.2 rows=500 loops=1)\n"
            + "        ->  Seq Scan on customers c  (cost=0.00..40.00 rows=500 width=4) (actual time=0.1..0.2 rows=500 loops=1)\n";
        assertThat(candidates(analysed)).containsExactly("CREATE INDEX ON orders (customer_id)");
        assertThat(candidates(analysed.replace("rows=10000 loops=1", "rows=9999 loops=1"))).isEmpty();
    }

    private static String nestedLoop(int outerRows, String inner) {
        return "Nested Loop  (cost=0.00..90000.00 rows=100 width=16)\n"
            + "  Join Filter: (p.id = oi.product_id)\n"
            + "  ->  Seq Scan on order_items oi  (cost=0.00..400.00 rows=" + outerRows + " width=12)\n"
            + "  ->  " + inner + " on products p  (cost=0.00..45.00 rows=2000 width=8)\n";
    }

    @Test
    void theInnerSequentialScanOfANestedLoopReadTenThousandRowsInAll() {
        // the inner scan reads about 2,000 rows (cost 45) per outer row
        assertThat(candidates(nestedLoop(5, "Seq Scan"))).containsExactly("CREATE INDEX ON products (id)");
        assertThat(candidates(nestedLoop(4, "Seq Scan"))).isEmpty();
        assertThat(candidates(nestedLoop(5, "Index Scan using products_pkey"))).isEmpty();
        // measured: rows read per loop times the loops of the outer side
        String analysed = "Nested Loop  (cost=0.00..90000.00 rows=100 width=16) (actual time=1..90 rows=100 loops=1)\n"
            + "  Join Filter: (p.id = oi.product_id)\n"
            + "  Rows Removed by Join Filter: 9900\n"
            + "  ->  Seq Scan on order_items oi  (cost=0.00..400.00 rows=5 width=12) (actual time=0.1..1.0 rows=5 loops=1)\n"
            + "  ->  Seq Scan on products p  (cost=0.00..45.00 rows=2000 width=8) (actual time=0.01..1.0 rows=2000 loops=5)\n";
        assertThat(candidates(analysed)).containsExactly("CREATE INDEX ON products (id)");
        assertThat(candidates(analysed.replace("rows=2000 loops=5", "rows=1999 loops=5"))).isEmpty();
    }

    private static String topN(String cost) {
        return "Limit  (cost=1000.00..1000.10 rows=10 width=8)\n"
            + "  ->  Sort  (cost=1000.00..1100.00 rows=44444 width=8)\n"
            + "        Sort Key: created_at DESC\n"
            + "        ->  Seq Scan on orders  (cost=0.00.." + cost + " rows=44444 width=8)\n";
    }

    @Test
    void aTopNSortOfALargeScan() {
        assertThat(candidates(topN("1000.00"))).containsExactly("CREATE INDEX ON orders (created_at)");
        assertThat(candidates(topN("999.99"))).isEmpty();
        // a sort that is not under a Limit sorts everything anyway
        assertThat(candidates(topN("1000.00").replace("Limit  (cost=1000.00..1000.10 rows=10 width=8)\n  ->  ", "Unique  (cost=1.00..2.00 rows=10 width=8)\n  ->  ")))
            .isEmpty();
    }

    @Test
    void noCopyOfAnIndexWhoseLeadingColumnsAreTheCandidates() {
        PgCatalog.Table orders = new PgCatalog.Table(null, "orders", 44444, 500, 1, 1);
        PgCatalog longer = new PgCatalog(List.of(orders), List.of(new PgCatalog.Index(null, "orders", "orders_cc", List.of("CUSTOMER_ID", "created_at"),
            false, false, false, 0, 8192, "btree", null, "def")), List.of(), null);
        assertThat(candidates(hashJoin("1000.00", 100), longer)).isEmpty();
        PgCatalog other = new PgCatalog(List.of(orders), List.of(new PgCatalog.Index(null, "orders", "orders_c", List.of("created_at", "customer_id"),
            false, false, false, 0, 8192, "btree", null, "def")), List.of(), null);
        assertThat(candidates(hashJoin("1000.00", 100), other)).containsExactly("CREATE INDEX ON orders (customer_id)");
        // an index on fewer columns than the candidate does not serve it
        assertThat(candidates(indexScan(249, 1000), new PgCatalog(List.of(orders), List.of(new PgCatalog.Index(null, "orders", "orders_s",
            List.of("status"), false, false, false, 0, 8192, "btree", null, "def")), List.of(), null)))
            .containsExactly("CREATE INDEX ON orders (status, total)");
    }
}
