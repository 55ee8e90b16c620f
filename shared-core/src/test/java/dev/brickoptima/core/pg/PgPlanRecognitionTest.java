package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanParseException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which texts are taken for PostgreSQL EXPLAIN output (the sniffing that routes an input to the PostgreSQL reader), how
 * psql's decoration is blanked in place, and the input-size limit.
 */
class PgPlanRecognitionTest {
    @Test
    void planTextsByTheirNumbersOrTheirNodeLines() {
        assertThat(PgPlans.looksLikePlan("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)")).isTrue();
        assertThat(PgPlans.looksLikePlan("Seq Scan on t  (actual time=0.01..0.02 rows=1 loops=1)")).isTrue();
        // EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF)
        assertThat(PgPlans.looksLikePlan("Seq Scan on t (actual rows=1 loops=1)")).isTrue();
        assertThat(PgPlans.looksLikePlan("Hash Join\n  ->  Seq Scan on a\n  ->  Hash\n")).isTrue();
        assertThat(PgPlans.looksLikePlan("Limit\n  ->  Merge on t\n")).isTrue();
        // each of the numbers' parts is needed
        assertThat(PgPlans.looksLikePlan("x (cost=0.00..1.00 rows=1)")).isFalse();
        assertThat(PgPlans.looksLikePlan("x (cost=0.00 rows=1 width=4)")).isFalse();
        assertThat(PgPlans.looksLikePlan("x (cost=0.00..1.00 width=4)")).isFalse();
        assertThat(PgPlans.looksLikePlan("x (actual time=1 rows=1)")).isFalse();
        // an arrow before something that is no node, or a node word without the arrow
        assertThat(PgPlans.looksLikePlan("a\n  ->  b\n")).isFalse();
        assertThat(PgPlans.looksLikePlan("Seq Scan on t\n")).isFalse();
        assertThat(PgPlans.looksLikePlan("->Seq Scan on t")).isFalse();
        assertThat(PgPlans.looksLikePlan(null)).isFalse();
        assertThat(PgPlans.looksLikePlan("  \n ")).isFalse();
    }

    @Test
    void onlyTheFirstFiftyNonBlankLinesAreSniffed() {
        String filler = "word\n\n".repeat(50);
        assertThat(PgPlans.looksLikePlan(filler + "Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n")).isFalse();
        assertThat(PgPlans.looksLikePlan("word\n\n".repeat(49) + "Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n")).isTrue();
        // the numbers must be on one line, however many blank lines come first (they were once read as one line from
        // the 60th on)
        assertThat(PgPlans.looksLikePlan("\n".repeat(59) + "-- (cost=\n-- 0..1\n-- rows=1\n-- width=4\n")).isFalse();
    }

    @Test
    void jsonPlansNeedBothMembersWithinTheSniffedHead() {
        assertThat(PgPlans.looksLikePlan("[{\"Plan\": {\"Node Type\": \"Result\"}}]")).isTrue();
        assertThat(PgPlans.looksLikePlan("  {\"Plan\": {\"Node Type\": \"Result\"}}")).isTrue();
        assertThat(PgPlans.looksLikePlan("[{\"Node Type\": \"Result\"}]")).isFalse();
        assertThat(PgPlans.looksLikePlan("{\"Plan\": {}}")).isFalse();
        String late = "[{\"Plan\": {\"Comment\": \"" + "x".repeat(8000) + "\", \"Node Type\": \"Result\"}}]";
        assertThat(PgPlans.looksLikePlan(late)).isFalse();
    }

    @Test
    void psqlDecorationIsBlankedInPlace() {
        String decorated = "                 QUERY PLAN\n"
            + "---------------------------------------------\n"
            + " Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"
            + "(1 row)\n";
        String clean = PgPlans.undecorate(decorated);
        assertThat(clean).hasSameSizeAs(decorated);
        assertThat(clean).isEqualTo(" ".repeat(27) + "\n" + " ".repeat(45) + "\n"
            + " Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n" + " ".repeat(7) + "\n");
        // the row count in any line count, CR kept
        assertThat(PgPlans.undecorate("QUERY PLAN\r\n----\r\nResult\r\n(12 rows)\r\n")).isEqualTo("          \r\n    \r\nResult\r\n         \r\n");
        // a header without dashes under it keeps the next line; a second header line is plan text
        assertThat(PgPlans.undecorate("QUERY PLAN\nResult\nQUERY PLAN\n")).isEqualTo("          \nResult\nQUERY PLAN\n");
        // not a row count: no number, letters in it, other words
        for (String s : new String[]{"QUERY PLAN\n(rows)\n", "QUERY PLAN\n(1x rows)\n", "QUERY PLAN\n(1 rowz)\n", "QUERY PLAN\n( rows)\n"}) {
            assertThat(PgPlans.undecorate(s)).as(s).endsWith(s.substring(11));
        }
        // text without decoration is returned as is
        String plain = "Result  (cost=0.00..0.01 rows=1 width=4)\n";
        assertThat(PgPlans.undecorate(plain)).isSameAs(plain);
    }

    @Test
    void jsonContinuationPlusesAreBlankedWhenMostLinesEndWithOne() {
        String psql = "[                              +\n  {                            +\n    \"Plan\": {                  +\n"
            + "      \"Node Type\": \"Result\"   +\n    }                          +\n  }                            +\n]\n";
        String clean = PgPlans.undecorate(psql);
        assertThat(clean).hasSameSizeAs(psql).doesNotContain("+");
        assertThat(PgPlans.parse(psql).root().nodeType()).isEqualTo("Result");
        // a '+' inside a plan line (an expression) is not a continuation mark
        String expr = "Result  (cost=0.00..0.01 rows=1 width=4)\n  Output: (1 +\n  2)\n";
        assertThat(PgPlans.undecorate(expr)).isSameAs(expr);
        // a single line never counts as continued
        assertThat(PgPlans.undecorate("x +")).isEqualTo("x +");
    }

    @Test
    void inputLimitAndEmptyInput() {
        assertThatThrownBy(() -> PgPlans.parse("Result  (cost=0.00..0.01 rows=1 width=4)", 20)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("line 1: the plan is 40 characters, more than the limit of 20");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
        });
        assertThat(PgPlans.parse("Result  (cost=0.00..0.01 rows=1 width=4)", 40).root().nodeType()).isEqualTo("Result");
        assertThatThrownBy(() -> PgPlans.parse(" \n\t ")).hasMessage("line 1: no plan in the text");
        assertThatThrownBy(() -> PgPlans.parse("QUERY PLAN\n----------\n(0 rows)\n")).hasMessage("line 1: no plan in the text");
    }
}
