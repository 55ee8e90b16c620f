package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index each kind of candidate gets, as DDL: an index scan's filter after the index's own columns (from the
 * catalog, else from its condition), a join key on either side of the condition with the scan's equality filters
 * first, and sort keys after equality conditions; and when there is no candidate at all.
 */
class PgIndexAdvisorCasesTest {
    private static String ddl(IndexCandidate c) {
        return c == null ? null : c.ddl();
    }

    @Test
    void indexFilterAfterTheIndexColumns() {
        PgPlan p = PgPlans.parse("Index Scan using orders_status_idx on orders o  (cost=0.42..2707.00 rows=31 width=22)\n"
            + "  Index Cond: (o.status = 'pending'::text)\n"
            + "  Filter: ((o.total > '989'::numeric) AND (o.region = 'eu'::text))\n");
        // without a catalog: the condition's columns, then the filter's (equality before range)
        assertThat(ddl(PgIndexAdvisor.forIndexFilter(p.root(), PgCatalog.EMPTY))).isEqualTo("CREATE INDEX ON orders (status, region, total)");
        // with the catalog: the index's plain columns (an expression column cannot be repeated by name), then the filter's
        PgCatalog catalog = new PgCatalog(List.of(), List.of(new PgCatalog.Index(null, "orders", "orders_status_idx",
            List.of("status", "lower(note)", "created_at"), false, false, false, 3, 8192, "btree", null, "def")), List.of(), null);
        assertThat(ddl(PgIndexAdvisor.forIndexFilter(p.root(), catalog))).isEqualTo("CREATE INDEX ON orders (status, created_at, region, total)");
        assertThat(PgIndexAdvisor.forIndexFilter(p.root(), catalog).reason())
            .isEqualTo("the index condition and the filter ((o.total > '989'::numeric) AND (o.region = 'eu'::text)) together");

        // a bitmap heap scan: its recheck condition, else its bitmap index scan's condition and index name
        PgPlan bitmap = PgPlans.parse("Bitmap Heap Scan on orders  (cost=5.0..100.0 rows=10 width=8)\n"
            + "  Filter: (total > 5)\n"
            + "  ->  Bitmap Index Scan on orders_customer_idx  (cost=0.0..5.0 rows=100 width=0)\n"
            + "        Index Cond: (customer_id = 7)\n");
        assertThat(ddl(PgIndexAdvisor.forIndexFilter(bitmap.root(), PgCatalog.EMPTY))).isEqualTo("CREATE INDEX ON orders (customer_id, total)");
        PgCatalog byChildName = new PgCatalog(List.of(), List.of(new PgCatalog.Index(null, "orders", "orders_customer_idx",
            List.of("customer_id", "shop_id"), false, false, false, 3, 8192, "btree", null, "def")), List.of(), null);
        assertThat(ddl(PgIndexAdvisor.forIndexFilter(bitmap.root(), byChildName))).isEqualTo("CREATE INDEX ON orders (customer_id, shop_id, total)");

        // a filter on the index's own columns, or not indexable: nothing to add
        PgPlan same = PgPlans.parse("Index Scan using i on orders  (cost=0.42..2707.00 rows=31 width=22)\n"
            + "  Index Cond: (status = 'x'::text)\n  Filter: ((status = 'y'::text) AND (lower(note) = 'z'::text))\n");
        assertThat(PgIndexAdvisor.forIndexFilter(same.root(), PgCatalog.EMPTY)).isNull();
    }

    @Test
    void joinKeysOnEitherSideOfTheCondition() {
        PgPlan p = PgPlans.parse(String.join("\n",
            "Hash Join  (cost=1.00..2.00 rows=5 width=8)",
            "  Hash Cond: (c.id = o.customer_id)",
            "  ->  Seq Scan on customers c  (cost=0.00..1.00 rows=100 width=8)",
            "  ->  Hash  (cost=1.00..1.00 rows=40 width=4)",
            "        ->  Seq Scan on orders o  (cost=0.00..0.3 rows=40 width=4)",
            "              Filter: ((o.created_at > now()) AND (o.status = 'open'::text) AND (o.id = c.x))"));
        // the orders side: the key is the condition's right-hand column; its equality filter goes first, the range is left out
        IndexCandidate orders = PgIndexAdvisor.forJoinKey(p.root(), p.node(3), PgCatalog.EMPTY);
        assertThat(ddl(orders)).isEqualTo("CREATE INDEX ON orders (status, customer_id, id)");
        assertThat(orders.reason()).isEqualTo("the join condition (c.id = o.customer_id)");
        assertThat(orders.node()).isSameAs(p.node(4));
        // the customers side: the left-hand column
        assertThat(ddl(PgIndexAdvisor.forJoinKey(p.root(), p.node(2), PgCatalog.EMPTY))).isEqualTo("CREATE INDEX ON customers (id)");

        // a merge join's condition, a nested loop's join filter
        PgPlan merge = PgPlans.parse("Merge Join  (cost=1.00..2.00 rows=5 width=8)\n  Merge Cond: (a.k = b.k)\n"
            + "  ->  Seq Scan on ta a  (cost=0.00..1.00 rows=100 width=8)\n  ->  Seq Scan on tb b  (cost=0.00..1.00 rows=100 width=8)\n");
        assertThat(ddl(PgIndexAdvisor.forJoinKey(merge.root(), merge.node(3), PgCatalog.EMPTY))).isEqualTo("CREATE INDEX ON tb (k)");
        assertThat(PgIndexAdvisor.forJoinKey(merge.root(), merge.node(3), PgCatalog.EMPTY).reason()).isEqualTo("the join condition (a.k = b.k)");
        PgPlan loop = PgPlans.parse("Nested Loop  (cost=1.00..2.00 rows=5 width=8)\n  Join Filter: (a.k = b.k)\n"
            + "  ->  Seq Scan on ta a  (cost=0.00..1.00 rows=100 width=8)\n  ->  Materialize  (cost=0.00..1.00 rows=100 width=8)\n"
            + "        ->  Seq Scan on tb b  (cost=0.00..1.00 rows=100 width=8)\n");
        assertThat(ddl(PgIndexAdvisor.forJoinKey(loop.root(), loop.node(3), PgCatalog.EMPTY))).isEqualTo("CREATE INDEX ON tb (k)");

        // no condition between the two, or a side that is no scan of one relation: no candidate
        PgPlan cross = PgPlans.parse("Nested Loop  (cost=1.00..2.00 rows=5 width=8)\n  Join Filter: (a.k > b.k)\n"
            + "  ->  Seq Scan on ta a  (cost=0.00..1.00 rows=100 width=8)\n  ->  Sort  (cost=0.00..1.00 rows=100 width=8)\n"
            + "        ->  Seq Scan on tb b  (cost=0.00..1.00 rows=100 width=8)\n");
        assertThat(PgIndexAdvisor.forJoinKey(cross.root(), cross.node(4), PgCatalog.EMPTY)).isNull();
        assertThat(PgIndexAdvisor.forJoinKey(cross.root(), cross.node(3), PgCatalog.EMPTY)).isNull();
        assertThat(PgIndexAdvisor.forJoinKey(cross.root(), null, PgCatalog.EMPTY)).isNull();
    }

    @Test
    void sortKeysAfterEqualityConditions() {
        String base = "Limit  (cost=1.00..2.00 rows=10 width=8)\n"
            + "  ->  Sort  (cost=1.00..50.00 rows=2000 width=8)\n"
            + "        Sort Key: %s\n"
            + "        ->  Index Scan using i on orders o  (cost=0.00..40.00 rows=2000 width=8)\n"
            + "              Index Cond: (o.shop_id = 3)\n"
            + "              Filter: ((o.note IS NULL) AND (o.total > 5))\n";
        assertThat(ddl(PgIndexAdvisor.forSort(PgPlans.parse(base.formatted("o.created_at DESC, o.id DESC")).node(2), PgCatalog.EMPTY)))
            .isEqualTo("CREATE INDEX ON orders (note, shop_id, created_at, id)");
        assertThat(ddl(PgIndexAdvisor.forSort(PgPlans.parse(base.formatted("o.created_at DESC, o.id")).node(2), PgCatalog.EMPTY)))
            .isEqualTo("CREATE INDEX ON orders (note, shop_id, created_at DESC, id)");
        // a key already among the equality columns is not repeated
        assertThat(ddl(PgIndexAdvisor.forSort(PgPlans.parse(base.formatted("o.shop_id, o.id")).node(2), PgCatalog.EMPTY)))
            .isEqualTo("CREATE INDEX ON orders (note, shop_id, id)");
        // NULLS ordering, an expression, another relation's column: no candidate
        for (String key : new String[]{"o.created_at DESC NULLS LAST", "o.created_at NULLS FIRST", "(o.total * 2)", "c.created_at"}) {
            assertThat(PgIndexAdvisor.forSort(PgPlans.parse(base.formatted(key)).node(2), PgCatalog.EMPTY)).as(key).isNull();
        }
        // a sort of something other than one scan's rows
        PgPlan join = PgPlans.parse("Sort  (cost=1.00..50.00 rows=2000 width=8)\n  Sort Key: a.x\n"
            + "  ->  Hash Join  (cost=0.00..40.00 rows=2000 width=8)\n        Hash Cond: (a.k = b.k)\n"
            + "        ->  Seq Scan on ta a  (cost=0.00..1.00 rows=100 width=8)\n        ->  Hash  (cost=0.00..1.00 rows=100 width=8)\n"
            + "              ->  Seq Scan on tb b  (cost=0.00..1.00 rows=100 width=8)\n");
        assertThat(PgIndexAdvisor.forSort(join.root(), PgCatalog.EMPTY)).isNull();
    }

    @Test
    void whichNodesAScanIsReachedThroughAndWhoseColumnsItOwns() {
        PgPlan p = PgPlans.parse(String.join("\n",
            "Memoize  (cost=0.43..2.00 rows=1 width=8)",
            "  ->  Materialize  (cost=0.43..2.00 rows=1 width=8)",
            "        ->  Hash  (cost=0.43..2.00 rows=1 width=8)",
            "              ->  Seq Scan on orders o  (cost=0.42..1.99 rows=1 width=8)"));
        assertThat(PgIndexAdvisor.scanUnder(p.root())).isSameAs(p.node(4));
        assertThat(PgIndexAdvisor.scanUnder(null)).isNull();
        PgPlan two = PgPlans.parse("Hash  (cost=0.43..2.00 rows=1 width=8)\n  ->  Seq Scan on a  (cost=0.42..1.99 rows=1 width=8)\n"
            + "  ->  Seq Scan on b  (cost=0.42..1.99 rows=1 width=8)\n");
        assertThat(PgIndexAdvisor.scanUnder(two.root())).isNull();
        PgPlan function = PgPlans.parse("Function Scan on generate_series g  (cost=0.00..10.00 rows=1000 width=4)");
        assertThat(PgIndexAdvisor.scanUnder(function.root())).isNull();

        PgPlanNode scan = p.node(4);
        assertThat(PgIndexAdvisor.belongs(scan, null)).isTrue();
        assertThat(PgIndexAdvisor.belongs(scan, "O")).isTrue();
        assertThat(PgIndexAdvisor.belongs(scan, "ORDERS")).isTrue();
        assertThat(PgIndexAdvisor.belongs(scan, "c")).isFalse();
    }
}
