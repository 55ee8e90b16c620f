package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanParseException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the text reader makes of each part of PostgreSQL's text EXPLAIN: every node label decoded into the JSON
 * format's members (node type, join type, strategy, partial mode, scan direction, index, relation, alias, ...), and a
 * plan that uses every property line it reads (sort spill, buffers, hash and hash-aggregate batches, Memoize hits, an
 * InitPlan, settings, planning, JIT, psql's row count) compared node by node. {@link PgPlanReaderTest} checks the same
 * reader against the JSON of real fixture plans; this pins the forms those plans do not show.
 */
class PgTextPlanDetailsTest {
    /** A node label as EXPLAIN prints it, then the members it becomes. */
    private static final String[][] LABELS = {
        {"Parallel Seq Scan on public.orders o",
         "{Parallel Aware=true, Node Type=Seq Scan, Schema=public, Relation Name=orders, Alias=o}"},
        {"Async Foreign Scan on remote_orders",
         "{Parallel Aware=false, Node Type=Foreign Scan, Relation Name=remote_orders, Alias=remote_orders}"},
        {"Partial HashAggregate",
         "{Parallel Aware=false, Strategy=Hashed, Partial Mode=Partial, Node Type=Aggregate}"},
        {"Finalize GroupAggregate",
         "{Parallel Aware=false, Strategy=Sorted, Partial Mode=Finalize, Node Type=Aggregate}"},
        {"MixedAggregate",
         "{Parallel Aware=false, Strategy=Mixed, Partial Mode=Simple, Node Type=Aggregate}"},
        {"Aggregate",
         "{Parallel Aware=false, Strategy=Plain, Partial Mode=Simple, Node Type=Aggregate}"},
        {"WindowAgg",
         "{Parallel Aware=false, Node Type=WindowAgg}"},
        {"HashSetOp Except All",
         "{Parallel Aware=false, Strategy=Hashed, Command=Except All, Node Type=SetOp}"},
        {"SetOp Intersect",
         "{Parallel Aware=false, Strategy=Sorted, Command=Intersect, Node Type=SetOp}"},
        {"Nested Loop",
         "{Parallel Aware=false, Join Type=Inner, Node Type=Nested Loop}"},
        {"Nested Loop Left Join",
         "{Parallel Aware=false, Join Type=Left, Node Type=Nested Loop}"},
        {"Nested Loop Anti Join",
         "{Parallel Aware=false, Join Type=Anti, Node Type=Nested Loop}"},
        {"Hash Join",
         "{Parallel Aware=false, Join Type=Inner, Node Type=Hash Join}"},
        {"Hash Right Anti Join",
         "{Parallel Aware=false, Join Type=Right Anti, Node Type=Hash Join}"},
        {"Merge Full Join",
         "{Parallel Aware=false, Join Type=Full, Node Type=Merge Join}"},
        {"Insert on orders",
         "{Parallel Aware=false, Operation=Insert, Node Type=ModifyTable, Relation Name=orders, Alias=orders}"},
        {"Update on public.orders o",
         "{Parallel Aware=false, Operation=Update, Node Type=ModifyTable, Schema=public, Relation Name=orders, Alias=o}"},
        {"Delete on \"Order Items\" oi",
         "{Parallel Aware=false, Operation=Delete, Node Type=ModifyTable, Relation Name=Order Items, Alias=oi}"},
        {"Merge on t",
         "{Parallel Aware=false, Operation=Merge, Node Type=ModifyTable, Relation Name=t, Alias=t}"},
        {"Custom Scan (ColumnarScan) on events",
         "{Parallel Aware=false, Custom Plan Provider=ColumnarScan, Node Type=Custom Scan, Relation Name=events, Alias=events}"},
        {"Custom Scan",
         "{Parallel Aware=false, Node Type=Custom Scan}"},
        {"Index Scan Backward using orders_pkey on orders",
         "{Parallel Aware=false, Index Name=orders_pkey, Scan Direction=Backward, Node Type=Index Scan, Relation Name=orders, Alias=orders}"},
        {"Index Only Scan using \"Idx A\" on public.\"Order Items\" \"x y\"",
         "{Parallel Aware=false, Index Name=Idx A, Scan Direction=Forward, Node Type=Index Only Scan, Schema=public, Relation Name=Order Items, Alias=x y}"},
        {"Bitmap Index Scan on orders_date_idx",
         "{Parallel Aware=false, Node Type=Bitmap Index Scan, Index Name=orders_date_idx}"},
        {"CTE Scan on recent r",
         "{Parallel Aware=false, Node Type=CTE Scan, CTE Name=recent, Alias=r}"},
        {"Function Scan on generate_series g",
         "{Parallel Aware=false, Node Type=Function Scan, Function Name=generate_series, Alias=g}"},
        {"Table Function Scan on \"xmltable\"",
         "{Parallel Aware=false, Node Type=Table Function Scan, Function Name=xmltable, Alias=xmltable}"},
        {"Subquery Scan on s",
         "{Parallel Aware=false, Node Type=Subquery Scan, Alias=s}"},
        {"Values Scan on \"*VALUES*\"",
         "{Parallel Aware=false, Node Type=Values Scan, Alias=*VALUES*}"},
        {"WorkTable Scan on r",
         "{Parallel Aware=false, Node Type=WorkTable Scan, Alias=r}"},
        {"Named Tuplestore Scan",
         "{Parallel Aware=false, Node Type=Named Tuplestore Scan}"},
        {"Seq Scan on t",
         "{Parallel Aware=false, Node Type=Seq Scan, Relation Name=t, Alias=t}"},
        {"Sort",
         "{Parallel Aware=false, Node Type=Sort}"},
    };

    @Test
    void everyLabelFormIsDecoded() {
        for (String[] c : LABELS) {
            PgPlanNode n = new PgPlanNode(1);
            PgTextPlanReader.label(n, c[0]);
            assertThat(n.properties()).as(c[0]).hasToString(c[1]);
        }
    }

    private static final String PLAN = String.join("\n",
        "Gather Merge  (cost=1000.45..2000.50 rows=10 width=8) (actual time=0.5..1.5 rows=10 loops=1)",
        "  Workers Planned: 2",
        "  Buffers: shared hit=6618 read=11 dirtied=1 written=2, local hit=3, temp read=17 written=23",
        "  InitPlan 1 (returns $0)",
        "    ->  Result  (cost=0.00..0.01 rows=1 width=4) (never executed)",
        "  ->  Sort  (cost=1000.43..1000.45 rows=5 width=8) (actual time=0.1..0.2 rows=3 loops=3)",
        "        Sort Key: a, (lower(b))",
        "        Sort Method: external merge  Disk: 34408kB",
        "        Worker 0:  Sort Method: quicksort  Memory: 25kB",
        "        ->  Hash Join  (cost=1.00..2.00 rows=5 width=8) (actual time=0.01..0.02 rows=3 loops=3)",
        "              Hash Cond: (o.c = c.id)",
        "              Rows Removed by Join Filter: 12",
        "              ->  Memoize  (cost=0.1..0.2 rows=1 width=4)",
        "                    Cache Key: o.c",
        "                    Hits: 10  Misses: 5  Evictions: 0  Overflows: 0  Memory Usage: 1kB",
        "                    ->  Parallel Seq Scan on orders o  (cost=0.00..1.00 rows=100 width=8) (actual time=0.003..0.004 rows=33 loops=3)",
        "                          Filter: (amount > 0)",
        "              ->  Hash  (cost=0.5..0.5 rows=40 width=4) (actual time=0.01..0.01 rows=40 loops=3)",
        "                    Buckets: 2048 (originally 1024)  Batches: 2 (originally 1)  Memory Usage: 31kB",
        "                    ->  HashAggregate  (cost=0.1..0.4 rows=40 width=4) (actual time=0.01..0.01 rows=40 loops=3)",
        "                          Group Key: c.id",
        "                          Planned Partitions: 4  Batches: 5  Memory Usage: 4145kB  Disk Usage: 16384kB",
        "                          ->  Seq Scan on customers c  (cost=0.00..0.3 rows=40 width=4) (actual time=0.001..0.002 rows=40 loops=3)",
        "Settings: work_mem = '64MB', random_page_cost = '1.1'",
        "Planning:",
        "  Buffers: shared hit=12",
        "Planning Time: 0.250 ms",
        "JIT:",
        "  Functions: 3",
        "  Options: Inlining false, Optimization true, Expressions true, Deforming true",
        "  Timing: Generation 0.5 ms, Inlining 0.0 ms, Optimization 1.5 ms, Emission 2.0 ms, Total 4.0 ms",
        "Execution Time: 12.5 ms",
        "(33 rows)");

    /** Each node: id, parent id, the text its position covers, every member read. Then the statement-level parts. */
    private static final List<String> READ = List.of(
        "1 parent=0 [Gather Merge] {Startup Cost=1000.45, Total Cost=2000.5, Plan Rows=10.0, Plan Width=8.0, Actual Startup Time=0.5, Actual Total Time=1.5, Actual Rows=10.0, Actual Loops=1.0, Parallel Aware=false, Node Type=Gather Merge, Workers Planned=2.0, Shared Hit Blocks=6618.0, Shared Read Blocks=11.0, Shared Dirtied Blocks=1.0, Shared Written Blocks=2.0, Local Hit Blocks=3.0, Temp Read Blocks=17.0, Temp Written Blocks=23.0}",
        "2 parent=1 [Result] {Startup Cost=0.0, Total Cost=0.01, Plan Rows=1.0, Plan Width=4.0, Actual Rows=0.0, Actual Loops=0.0, Parallel Aware=false, Node Type=Result, Parent Relationship=InitPlan, Subplan Name=InitPlan 1 (returns $0)}",
        "3 parent=1 [Sort] {Startup Cost=1000.43, Total Cost=1000.45, Plan Rows=5.0, Plan Width=8.0, Actual Startup Time=0.1, Actual Total Time=0.2, Actual Rows=3.0, Actual Loops=3.0, Parallel Aware=false, Node Type=Sort, Sort Key=[a, (lower(b))], Sort Method=external merge, Sort Space Type=Disk, Sort Space Used=34408.0, Parent Relationship=Outer}",
        "4 parent=3 [Hash Join] {Startup Cost=1.0, Total Cost=2.0, Plan Rows=5.0, Plan Width=8.0, Actual Startup Time=0.01, Actual Total Time=0.02, Actual Rows=3.0, Actual Loops=3.0, Parallel Aware=false, Join Type=Inner, Node Type=Hash Join, Hash Cond=(o.c = c.id), Rows Removed by Join Filter=12.0, Parent Relationship=Outer}",
        "5 parent=4 [Memoize] {Startup Cost=0.1, Total Cost=0.2, Plan Rows=1.0, Plan Width=4.0, Parallel Aware=false, Node Type=Memoize, Cache Key=o.c, Cache Hits=10.0, Cache Misses=5.0, Cache Evictions=0.0, Cache Overflows=0.0, Peak Memory Usage=1.0, Parent Relationship=Outer}",
        "6 parent=5 [Parallel Seq Scan on orders o] {Startup Cost=0.0, Total Cost=1.0, Plan Rows=100.0, Plan Width=8.0, Actual Startup Time=0.003, Actual Total Time=0.004, Actual Rows=33.0, Actual Loops=3.0, Parallel Aware=true, Node Type=Seq Scan, Relation Name=orders, Alias=o, Filter=(amount > 0), Parent Relationship=Outer}",
        "7 parent=4 [Hash] {Startup Cost=0.5, Total Cost=0.5, Plan Rows=40.0, Plan Width=4.0, Actual Startup Time=0.01, Actual Total Time=0.01, Actual Rows=40.0, Actual Loops=3.0, Parallel Aware=false, Node Type=Hash, Hash Buckets=2048.0, Original Hash Buckets=1024.0, Hash Batches=2.0, Original Hash Batches=1.0, Peak Memory Usage=31.0, Parent Relationship=Inner}",
        "8 parent=7 [HashAggregate] {Startup Cost=0.1, Total Cost=0.4, Plan Rows=40.0, Plan Width=4.0, Actual Startup Time=0.01, Actual Total Time=0.01, Actual Rows=40.0, Actual Loops=3.0, Parallel Aware=false, Strategy=Hashed, Partial Mode=Simple, Node Type=Aggregate, Group Key=[c.id], Planned Partitions=4.0, HashAgg Batches=5.0, Peak Memory Usage=4145.0, Disk Usage=16384.0, Parent Relationship=Outer}",
        "9 parent=8 [Seq Scan on customers c] {Startup Cost=0.0, Total Cost=0.3, Plan Rows=40.0, Plan Width=4.0, Actual Startup Time=0.001, Actual Total Time=0.002, Actual Rows=40.0, Actual Loops=3.0, Parallel Aware=false, Node Type=Seq Scan, Relation Name=customers, Alias=c, Parent Relationship=Outer}",
        "planning=0.25 execution=12.5",
        "settings={work_mem=64MB, random_page_cost=1.1}",
        "jit=PgJit[functions=3.0, generation=0.5, inlining=0.0, optimization=1.5, emission=2.0, total=4.0, inliningOn=false, optimizationOn=true]");

    private static List<String> read(String text) {
        PgPlan plan = PgPlans.parse(text);
        List<String> out = new ArrayList<>();
        for (PgPlanNode n : plan.nodes()) {
            out.add(n.id() + " parent=" + (n.parent() == null ? 0 : n.parent().id()) + " [" + text.substring(n.start(), n.end())
                + "] " + n.properties());
        }
        out.add("planning=" + plan.planningTime() + " execution=" + plan.executionTime());
        out.add("settings=" + plan.settings());
        out.add("jit=" + plan.jit());
        return out;
    }

    @Test
    void everyPropertyLineIsRead() {
        assertThat(read(PLAN)).containsExactlyElementsOf(READ);
    }

    @Test
    void crlfTabsAndTrailingBlanksReadTheSame() {
        // a plan copied from a Windows tool: CRLF line ends, trailing blanks; positions still cover the labels
        String crlf = PLAN.replace("\n", "  \r\n") + "\r\n\r\n";
        assertThat(read(crlf)).containsExactlyElementsOf(READ);
        // a plan indented as a whole (pasted into a log or a mail): the statement lines still return to the root's
        // indentation (they were once read as properties of the root)
        String tabbed = "\t" + PLAN.replace("\n", "\n\t");
        assertThat(read(tabbed)).containsExactlyElementsOf(READ);
    }

    @Test
    void aPlanWithoutCostsAndTheNodeOfEveryRelationship() {
        // EXPLAIN (COSTS OFF): labels only; an Append's children are members, a subquery scan's its subquery
        String plan = String.join("\n",
            "Append",
            "  ->  Subquery Scan on s",
            "        ->  Seq Scan on a",
            "  ->  Seq Scan on b",
            "  ->  Seq Scan on c");
        assertThat(PgPlans.parse(plan).nodes()).extracting(n -> n.label() + "/" + n.parentRelationship() + "/" + n.has("Plan Rows"))
            .containsExactly("Append/null/false", "Subquery Scan on s/Member/false", "Seq Scan on a/Subquery/false",
                "Seq Scan on b/Member/false", "Seq Scan on c/Member/false");
        // three plain children of a node that is not an Append are members too; two are outer and inner
        String three = String.join("\n", "Nested Loop", "  ->  Seq Scan on a", "  ->  Seq Scan on b", "  ->  Seq Scan on c");
        assertThat(PgPlans.parse(three).nodes()).extracting(PgPlanNode::parentRelationship)
            .containsExactly(null, "Member", "Member", "Member");
    }

    @Test
    void whatIsNoPlanSaysWhereAndWhat() {
        String badNode = "Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n  ->  not a node here";
        assertThatThrownBy(() -> PgPlans.parse(badNode)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("line 2: not a PostgreSQL plan node: 'not a node here'");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(7);
        });
        String tail = "Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\nsomething else entirely " + "x".repeat(80);
        assertThatThrownBy(() -> PgPlans.parse(tail)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("line 2: unexpected text after the plan: 'something else entirely "
                + "x".repeat(80 - "something else entirely ".length()) + "...'");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
        });
    }
}
