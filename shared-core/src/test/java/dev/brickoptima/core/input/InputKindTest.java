package dev.brickoptima.core.input;

import org.junit.jupiter.api.Test;

import static dev.brickoptima.core.input.InputKind.PLAN_TEXT;
import static dev.brickoptima.core.input.InputKind.POSTGRES_PLAN;
import static dev.brickoptima.core.input.InputKind.SPARK_REST_JSON;
import static dev.brickoptima.core.input.InputKind.SQL;
import static org.assertj.core.api.Assertions.assertThat;

/** What {@link InputKind#detect} takes a text for, by content alone: each kind's markers and the near misses. */
class InputKindTest {

    @Test
    void sparkRestJsonByItsPlanOrItsGraphNodes() {
        assertThat(InputKind.detect("{\"id\": 3, \"planDescription\": \"== Physical Plan ==\"}")).isEqualTo(SPARK_REST_JSON);
        assertThat(InputKind.detect("  \n[{\"nodes\": [{\"nodeId\": 0, \"nodeName\": \"Scan\"}]}]")).isEqualTo(SPARK_REST_JSON);
        // nodes without names, or other JSON: not Spark (and not a plan), so the SQL engine says it does not parse
        assertThat(InputKind.detect("{\"nodes\": []}")).isEqualTo(SQL);
        assertThat(InputKind.detect("{\"nodeName\": \"x\"}")).isEqualTo(SQL);
        assertThat(InputKind.detect("[1, 2]")).isEqualTo(SQL);
    }

    @Test
    void planTextByHeaderOrAdaptiveRootOrLogicalSection() {
        assertThat(InputKind.detect("== Physical Plan ==\n*(1) Range (0, 1, step=1, splits=1)")).isEqualTo(PLAN_TEXT);
        assertThat(InputKind.detect("AdaptiveSparkPlan isFinalPlan=false\n+- Project [a]")).isEqualTo(PLAN_TEXT);
        assertThat(InputKind.detect("== Parsed Logical Plan ==\n'Project [*]")).isEqualTo(PLAN_TEXT);
        // markers further in than the first 20,000 characters are not looked for
        assertThat(InputKind.detect("-- " + "x".repeat(20_000) + "\n== Physical Plan ==")).isEqualTo(SQL);
        assertThat(InputKind.detect("-- " + "x".repeat(19_000) + "\n== Physical Plan ==")).isEqualTo(PLAN_TEXT);
    }

    @Test
    void planTextByItsTreeLines() {
        assertThat(InputKind.detect("*(2) HashAggregate(keys=[a#1], functions=[])\n+- Exchange hashpartitioning(a#1, 200)")).isEqualTo(PLAN_TEXT);
        assertThat(InputKind.detect("* Project (3)\n+- * Filter (2)\n   +- Scan parquet t (1)")).isEqualTo(PLAN_TEXT);
        assertThat(InputKind.detect("SortMergeJoin [a], [b], Inner\n:- Sort [a]\n:  +- Exchange x\n+- Sort [b]")).isEqualTo(PLAN_TEXT);
        assertThat(InputKind.detect("(1) Filter x\nFileScan parquet t")).isEqualTo(PLAN_TEXT);
        // one tree line is not enough, nor are tree lines lost among many others
        assertThat(InputKind.detect("SELECT a\n+- b")).isEqualTo(SQL);
        assertThat(InputKind.detect("a\nb\nc\nd\ne\nf\n+- Project x\n+- Filter y")).isEqualTo(SQL);
        assertThat(InputKind.detect("a\nb\nc\n+- Project x\n+- Filter y\n+- Scan z")).isEqualTo(PLAN_TEXT);
        // an operator name must be the whole word at the start
        assertThat(InputKind.detect("Projection x\nFilters y")).isEqualTo(SQL);
        assertThat(InputKind.detect("\n\n   \n")).isEqualTo(SQL);
    }

    @Test
    void postgresPlansComeFirst() {
        assertThat(InputKind.detect("Seq Scan on orders  (cost=0.00..35.50 rows=2550 width=4)")).isEqualTo(POSTGRES_PLAN);
        assertThat(InputKind.detect("[{\"Plan\": {\"Node Type\": \"Seq Scan\"}}]")).isEqualTo(POSTGRES_PLAN);
    }

    @Test
    void everythingElseIsSql() {
        assertThat(InputKind.detect("SELECT * FROM t")).isEqualTo(SQL);
        assertThat(InputKind.detect("")).isEqualTo(SQL);
    }
}
