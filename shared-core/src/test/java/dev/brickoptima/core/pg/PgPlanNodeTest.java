package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rules read from a plan node: typed properties, loop totals, node kinds, and the label and reference findings
 * name it by, as EXPLAIN's text format labels it (rebuilt from the JSON format's members).
 */
class PgPlanNodeTest {
    /** A text label, and what label() rebuilds from the members it was decoded into (names unquoted). */
    private static final String[][] LABELS = {
        {"Parallel Seq Scan on public.orders o", "Parallel Seq Scan on public.orders o"},
        {"Async Foreign Scan on remote_orders", "Foreign Scan on remote_orders"},
        {"Partial HashAggregate", "Partial HashAggregate"},
        {"Finalize GroupAggregate", "Finalize GroupAggregate"},
        {"MixedAggregate", "MixedAggregate"},
        {"Aggregate", "Aggregate"},
        {"Nested Loop", "Nested Loop"},
        {"Nested Loop Left Join", "Nested Loop Left Join"},
        {"Hash Join", "Hash Join"},
        {"Hash Right Anti Join", "Hash Right Anti Join"},
        {"Merge Full Join", "Merge Full Join"},
        {"Update on public.orders o", "Update on public.orders o"},
        {"Delete on \"Order Items\" oi", "Delete on Order Items oi"},
        {"Index Scan Backward using orders_pkey on orders", "Index Scan Backward using orders_pkey on orders"},
        {"Index Only Scan using \"Idx A\" on public.\"Order Items\" \"x y\"", "Index Only Scan using Idx A on public.Order Items x y"},
        {"Bitmap Index Scan on orders_date_idx", "Bitmap Index Scan on orders_date_idx"},
        {"CTE Scan on recent r", "CTE Scan on recent r"},
        {"CTE Scan on recent", "CTE Scan on recent"},
        {"Function Scan on generate_series g", "Function Scan on generate_series g"},
        {"Subquery Scan on s", "Subquery Scan on s"},
        {"Seq Scan on t", "Seq Scan on t"},
        {"Seq Scan on public.t t", "Seq Scan on public.t"},
        {"Sort", "Sort"},
    };

    @Test
    void labelsAsExplainPrintsThem() {
        for (String[] c : LABELS) {
            PgPlanNode n = new PgPlanNode(7);
            PgTextPlanReader.label(n, c[0]);
            assertThat(n.label()).as(c[0]).isEqualTo(c[1]);
            assertThat(n.ref()).isEqualTo(c[1] + " (node 7)");
            assertThat(n.toString()).isEqualTo(n.ref());
        }
        PgPlanNode none = new PgPlanNode(1);
        assertThat(none.label()).isEqualTo("?");
        PgPlanNode gather = new PgPlanNode(2);
        gather.put("Node Type", "Gather");
        gather.put("Partial Mode", "Simple");
        assertThat(gather.label()).isEqualTo("Gather");
    }

    @Test
    void typedPropertiesAndKinds() {
        PgPlan p = PgPlans.parse(String.join("\n",
            "Hash Join  (cost=1.50..20.25 rows=10 width=8) (actual time=0.5..2.5 rows=4 loops=3)",
            "  Hash Cond: (o.c = c.id)",
            "  Join Filter: (o.x > c.y)",
            "  ->  Index Scan using i on public.orders o  (cost=0.42..8.44 rows=5 width=8) (actual time=0.1..0.2 rows=2 loops=3)",
            "        Index Cond: (o.id > 5)",
            "        Filter: (o.z = 1)",
            "        Rows Removed by Filter: 7",
            "  ->  Hash  (cost=1.00..1.00 rows=4 width=4) (never executed)",
            "        ->  Bitmap Heap Scan on customers c  (cost=0.1..1.0 rows=4 width=4) (never executed)",
            "              Recheck Cond: (c.id < 3)",
            "              Rows Removed by Filter: 4"));
        PgPlanNode join = p.node(1);
        PgPlanNode scan = p.node(2);
        PgPlanNode hash = p.node(3);
        PgPlanNode heap = p.node(4);
        assertThat(p.analyzed()).isTrue();
        assertThat(p.totalCost()).isEqualTo(20.25);
        assertThat(join.startupCost()).isEqualTo(1.5);
        assertThat(join.actualTotalTime()).isEqualTo(2.5);
        assertThat(join.hashCond()).isEqualTo("(o.c = c.id)");
        assertThat(join.joinFilter()).isEqualTo("(o.x > c.y)");
        assertThat(join.mergeCond()).isNull();
        assertThat(scan.indexCond()).isEqualTo("(o.id > 5)");
        assertThat(heap.recheckCond()).isEqualTo("(c.id < 3)");
        assertThat(scan.qualifiedRelation()).isEqualTo("public.orders");
        assertThat(heap.qualifiedRelation()).isEqualTo("customers");
        assertThat(hash.qualifiedRelation()).isNull();

        // text: numbers as printed, lists joined; number: NaN for text; list: a text value as one item
        assertThat(join.text("Actual Rows")).isEqualTo("4");
        assertThat(join.text("Parallel Aware")).isEqualTo("false");
        assertThat(join.text("Nothing")).isNull();
        assertThat(join.number("Hash Cond")).isNaN();
        assertThat(join.list("Hash Cond")).containsExactly("(o.c = c.id)");
        assertThat(join.list("Total Cost")).isEmpty();
        assertThat(join.flag("Parallel Aware")).isFalse();
        assertThat(join.flag("Join Type")).isFalse();

        // per-loop counts over all loops; a node that never ran counts once (its own numbers are per plan)
        assertThat(join.totalActualRows()).isEqualTo(12);
        assertThat(scan.totalOverLoops("Rows Removed by Filter")).isEqualTo(21);
        assertThat(scan.totalOverLoops("Rows Removed by Index Recheck")).isNaN();
        assertThat(heap.totalOverLoops("Rows Removed by Filter")).isEqualTo(4);
        assertThat(heap.neverExecuted()).isTrue();
        assertThat(scan.neverExecuted()).isFalse();
        assertThat(PgPlans.parse("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)").root().neverExecuted()).isFalse();
        assertThat(PgPlans.parse("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)").root().totalActualRows()).isNaN();
        assertThat(PgPlans.parse("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)").analyzed()).isFalse();

        assertThat(List.of(join, scan, hash, heap)).extracting(PgPlanNode::isScan).containsExactly(false, true, false, true);
        assertThat(List.of(join, scan, hash, heap)).extracting(PgPlanNode::isJoin).containsExactly(true, false, false, false);
        assertThat(PgPlans.parse("Nested Loop\n  ->  Seq Scan on a\n  ->  Seq Scan on b").root().isJoin()).isTrue();
        assertThat(PgPlans.parse("Merge Join\n  ->  Seq Scan on a\n  ->  Seq Scan on b").root().isJoin()).isTrue();
        assertThat(new PgPlanNode(1).isScan()).isFalse();
        assertThat(new PgPlanNode(1).isJoin()).isFalse();
    }

    @Test
    void identifiersQuotedOnlyWhereNeeded() {
        assertThat(PgIdentifiers.quote("orders")).isEqualTo("orders");
        assertThat(PgIdentifiers.quote("_x9")).isEqualTo("_x9");
        assertThat(PgIdentifiers.quote("a_z0_9")).isEqualTo("a_z0_9");
        assertThat(PgIdentifiers.quote("Orders")).isEqualTo("\"Orders\"");
        assertThat(PgIdentifiers.quote("oRders")).isEqualTo("\"oRders\"");
        assertThat(PgIdentifiers.quote("9lives")).isEqualTo("\"9lives\"");
        assertThat(PgIdentifiers.quote("a-b")).isEqualTo("\"a-b\"");
        assertThat(PgIdentifiers.quote("a`b")).isEqualTo("\"a`b\"");
        assertThat(PgIdentifiers.quote("a{b")).isEqualTo("\"a{b\"");
        assertThat(PgIdentifiers.quote("a/b")).isEqualTo("\"a/b\"");
        assertThat(PgIdentifiers.quote("a:b")).isEqualTo("\"a:b\"");
        assertThat(PgIdentifiers.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(PgIdentifiers.quote("")).isEqualTo("\"\"");
        assertThat(PgIdentifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(PgIdentifiers.quote("users")).isEqualTo("users");
        assertThat(PgIdentifiers.unquote("\"a\"\"b\"")).isEqualTo("a\"b");
        assertThat(PgIdentifiers.unquote("\"\"")).isEmpty();
        assertThat(PgIdentifiers.unquote("\"")).isEqualTo("\"");
        assertThat(PgIdentifiers.unquote("plain")).isEqualTo("plain");
        assertThat(PgIdentifiers.dotOutsideQuotes("\"a.b\".c")).isEqualTo(5);
        assertThat(PgIdentifiers.dotOutsideQuotes("a.b")).isEqualTo(1);
        assertThat(PgIdentifiers.dotOutsideQuotes("\"a.b\"")).isEqualTo(-1);
    }
}
