package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanParseException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the JSON reader keeps of {@code EXPLAIN (FORMAT JSON)}: every scalar and list member of each node (per-worker
 * details and nested group objects left out), the statement-level members, SETTINGS, JIT as PostgreSQL 15 and 17
 * print it, the one-object form, node positions, and each structural error with its line and column.
 * {@link PgPlanReaderTest} compares the reader with the text reader on real plans; this pins the forms they lack.
 */
class PgJsonPlanDetailsTest {
    private static final String PLAN = String.join("\n",
        "{",
        "  \"Plan\": {",
        "    \"Node Type\": \"Sort\",",
        "    \"Parallel Aware\": false,",
        "    \"Startup Cost\": 10.5,",
        "    \"Total Cost\": 12,",
        "    \"Plan Rows\": 100,",
        "    \"Sort Key\": [\"a\", \"(lower(b))\", {\"x\": 1}],",
        "    \"Full-sort Groups\": {\"Group Count\": 1, \"Sort Methods Used\": [\"quicksort\"]},",
        "    \"Subplan Name\": null,",
        "    \"Workers\": [{\"Worker Number\": 0, \"Actual Rows\": 5}],",
        "    \"Plans\": [",
        "      {\"Node Type\": \"Seq Scan\", \"Parent Relationship\": \"Outer\", \"Relation Name\": \"t\", \"Alias\": \"t\", \"Total Cost\": 5},",
        "      {\"Node Type\": \"Result\", \"Parent Relationship\": \"InitPlan\", \"Subplan Name\": \"InitPlan 1 (returns $0)\"}",
        "    ]",
        "  },",
        "  \"Settings\": {\"work_mem\": \"64kB\", \"jit\": \"on\", \"odd\": {\"x\": 1}, \"n\": 4},",
        "  \"Planning Time\": 0.25,",
        "  \"Triggers\": [],",
        "  \"Execution Time\": 12.5,",
        "  \"JIT\": {",
        "    \"Functions\": 3,",
        "    \"Options\": {\"Inlining\": false, \"Optimization\": true, \"Expressions\": true, \"Deforming\": true},",
        "    \"Timing\": {\"Generation\": {\"Deform\": 0.1, \"Total\": 0.5}, \"Inlining\": 0.0, \"Optimization\": 1.5, \"Emission\": 2.0, \"Total\": 4.0}",
        "  }",
        "}");

    @Test
    void theOneObjectFormWithEveryKindOfMember() {
        PgPlan p = PgPlans.parse(PLAN);
        assertThat(p.format()).isEqualTo(PgPlan.Format.JSON);
        assertThat(p.text()).isSameAs(PLAN);
        assertThat(p.nodes()).extracting(n -> n.id() + " " + n.properties()).containsExactly(
            "1 {Node Type=Sort, Parallel Aware=false, Startup Cost=10.5, Total Cost=12.0, Plan Rows=100.0, Sort Key=[a, (lower(b))]}",
            "2 {Node Type=Seq Scan, Parent Relationship=Outer, Relation Name=t, Alias=t, Total Cost=5.0}",
            "3 {Node Type=Result, Parent Relationship=InitPlan, Subplan Name=InitPlan 1 (returns $0)}");
        assertThat(p.node(2).parent()).isSameAs(p.root());
        assertThat(p.node(3).parent()).isSameAs(p.root());
        assertThat(p.node(0)).isNull();
        assertThat(p.node(4)).isNull();
        assertThat(p.settings()).containsExactly(Map.entry("work_mem", "64kB"), Map.entry("jit", "on"), Map.entry("n", "4"));
        assertThat(p.planningTime()).isEqualTo(0.25);
        assertThat(p.executionTime()).isEqualTo(12.5);
        assertThat(p.totalCost()).isEqualTo(12.0);
        assertThat(p.analyzed()).isFalse();
        // PostgreSQL 17 splits the generation time into deforming and the rest; its total counts
        assertThat(p.jit()).isEqualTo(new PgJit(3, 0.5, 0.0, 1.5, 2.0, 4.0, false, true));
        // each node's position is its "Node Type" member
        assertThat(p.nodes()).extracting(n -> PLAN.substring(n.start(), n.end()))
            .containsExactly("\"Node Type\": \"Sort\"", "\"Node Type\": \"Seq Scan\"", "\"Node Type\": \"Result\"");
    }

    @Test
    void jitAsOlderVersionsAndPlainExplainPrintIt() {
        String v15 = "[{\"Plan\": {\"Node Type\": \"Result\"}, \"JIT\": {\"Functions\": 2, \"Options\": {\"Inlining\": true, \"Optimization\": false},"
            + " \"Timing\": {\"Generation\": 0.3, \"Inlining\": 1.0, \"Optimization\": 0.0, \"Emission\": 2.0, \"Total\": 3.3}}}]";
        assertThat(PgPlans.parse(v15).jit()).isEqualTo(new PgJit(2, 0.3, 1.0, 0.0, 2.0, 3.3, true, false));
        // EXPLAIN without ANALYZE: no timing; options may be missing too
        PgJit plain = PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\"}, \"JIT\": {\"Functions\": \"x\"}}]").jit();
        assertThat(plain.functions()).isNaN();
        assertThat(plain.total()).isNaN();
        assertThat(plain.generation()).isNaN();
        assertThat(plain.inliningOn()).isFalse();
        assertThat(plain.optimizationOn()).isFalse();
        PgJit noFlags = PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\"}, \"JIT\": {\"Options\": {}, \"Timing\": {}}}]").jit();
        assertThat(noFlags.inliningOn()).isFalse();
        assertThat(noFlags.optimizationOn()).isFalse();
        assertThat(noFlags.emission()).isNaN();
        assertThat(PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\"}, \"JIT\": 1}]").jit()).isNull();
        assertThat(PgPlans.parse("[{\"Plan\": {\"Node Type\": \"Result\"}}]").jit()).isNull();
    }

    private static void fails(String json, String message, int line, int column) {
        assertThatThrownBy(() -> PgPlans.parse(json)).as(json).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("line " + line + ": " + message);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        });
    }

    @Test
    void structuralErrorsSayWhereAndWhat() {
        fails("[]", "the EXPLAIN JSON array is empty", 1, 1);
        fails("[\n  {\"Plan\": {\"Node Type\": \"Result\"}},\n  {\"Plan\": {\"Node Type\": \"Result\"}}\n]",
            "the JSON holds 2 plans; give one EXPLAIN output per input", 3, 3);
        fails("[3]", "not EXPLAIN (FORMAT JSON) output: no \"Plan\" object", 1, 2);
        fails("{\"Plan\": 3}", "not EXPLAIN (FORMAT JSON) output: no \"Plan\" object", 1, 1);
        fails("{\"Plan\": {\"Node Type\": \"Sort\",\n  \"Plans\": [7]}}", "a plan node must be a JSON object", 2, 13);
        fails("{\"Plan\": {\"Node Type\": 7}}", "plan node without a \"Node Type\"", 1, 10);
        fails("{\"Plan\": {\"Node Type\": \"Sort\", \"Plans\": {}}}", "\"Plans\" must be an array", 1, 41);
        fails("  {\"Plan\": {\"Node Type\": \"Sort\"}", "malformed EXPLAIN JSON: unexpected end of input in an object", 1, 33);
    }
}
