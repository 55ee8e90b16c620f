package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PgIndexAdvisorTest {
    @Test
    void predicatesOfPrintedConditions() {
        assertThat(PgPredicates.of("((status = 'pending'::text) AND (total > '990'::numeric))")).containsExactly(
            new PgPredicates.Predicate(null, "status", PgPredicates.Kind.EQUALITY, null, null),
            new PgPredicates.Predicate(null, "total", PgPredicates.Kind.RANGE, null, null));
        assertThat(PgPredicates.of("(oi.order_id = o.id)")).containsExactly(
            new PgPredicates.Predicate("oi", "order_id", PgPredicates.Kind.JOIN, "o", "id"));
        assertThat(PgPredicates.of("((status)::text = ANY ('{a,b}'::text[]))")).extracting(PgPredicates.Predicate::kind)
            .containsExactly(PgPredicates.Kind.IN_LIST);
        assertThat(PgPredicates.of("(\"Order Id\" IS NULL)")).extracting(PgPredicates.Predicate::column).containsExactly("Order Id");
        assertThat(PgPredicates.of("('x'::text = email)")).extracting(PgPredicates.Predicate::column).containsExactly("email");
        // not indexable as written: functions on the column, OR, <>
        assertThat(PgPredicates.of("(lower(email) = 'x'::text)")).isEmpty();
        assertThat(PgPredicates.of("((a = 1) OR (b = 2))")).isEmpty();
        assertThat(PgPredicates.of("(status <> 'x'::text)")).isEmpty();
        assertThat(PgPredicates.of("(note = 'a AND b'::text)")).extracting(PgPredicates.Predicate::column).containsExactly("note");
    }

    @Test
    void equalityColumnsMostSelectiveFirstThenOneRange() {
        PgPlan plan = PgPlans.parse("Seq Scan on orders  (cost=0.00..9000.00 rows=3 width=47)\n"
            + "  Filter: ((status = 'pending'::text) AND (created_at > now()) AND (customer_id = $1) AND (total < $2))\n");
        PgCatalog.Table orders = new PgCatalog.Table("public", "orders", 300_000, 3062, 10, 10);
        PgCatalog catalog = new PgCatalog(List.of(orders), List.of(), List.of(
            new PgCatalog.Column("public", "orders", "status", 4, 0),
            new PgCatalog.Column("public", "orders", "customer_id", -0.16, 0)), null);
        assertThat(PgIndexAdvisor.forFilter(plan.root(), catalog).ddl()).isEqualTo("CREATE INDEX ON orders (customer_id, status, created_at)");
        // without statistics the written order stays
        assertThat(PgIndexAdvisor.forFilter(plan.root(), PgCatalog.EMPTY).ddl()).isEqualTo("CREATE INDEX ON orders (status, customer_id, created_at)");
    }

    @Test
    void quotingAndDescendingKeys() {
        PgPlan plan = PgPlans.parse("Limit  (cost=1.00..2.00 rows=10 width=8)\n"
            + "  ->  Sort  (cost=1.00..50.00 rows=2000 width=8)\n"
            + "        Sort Key: \"Total\" DESC, id\n"
            + "        ->  Seq Scan on \"Big Orders\" o  (cost=0.00..40.00 rows=2000 width=8)\n"
            + "              Filter: (\"Status\" = 'x'::text)\n");
        IndexCandidate c = PgIndexAdvisor.forSort(plan.node(2), PgCatalog.EMPTY);
        assertThat(c.ddl()).isEqualTo("CREATE INDEX ON \"Big Orders\" (\"Status\", \"Total\" DESC, id)");
        assertThat(PgIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(PgIdentifiers.quote("order_id")).isEqualTo("order_id");
    }
}
