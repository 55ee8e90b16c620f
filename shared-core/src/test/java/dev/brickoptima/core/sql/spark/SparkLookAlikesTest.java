package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.SqlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark SQL that looks like a form {@link SparkClauses} or {@link SparkLiterals} rewrites but is not, and must reach
 * JSqlParser as written (a higher-order {@code transform}, {@code UNPIVOT INCLUDE NULLS} outside a pipe,
 * {@code STREAM} as a name, {@code WITHIN GROUP} without a window, a FILTER of a plain aggregate); and the edges of
 * the clauses that are rewritten (a SORT BY list with calls, a SORT BY cut off, a spatial type after {@code ::}).
 */
class SparkLookAlikesTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** Spark SQL as written, then the text JSqlParser parses. */
    private static final String[][] CASES = {
        // a higher-order function, not a Hive script: no USING 'script' follows
        {"SELECT transform(xs, x -> x + 1) FROM t",
         "SELECT transform(xs, x -> x + 1) FROM t"},
        {"SELECT a, transform(xs, x -> x) FROM t",
         "SELECT a, transform(xs, x -> x) FROM t"},
        // JSqlParser reads UNPIVOT INCLUDE NULLS in a FROM clause; only the pipe step lacks it
        {"SELECT * FROM t UNPIVOT INCLUDE NULLS (v FOR k IN (a, b))",
         "SELECT * FROM t UNPIVOT INCLUDE NULLS (v FOR k IN (a, b))"},
        {"FROM t |> UNPIVOT EXCLUDE NULLS (v FOR k IN (a, b))",
         "FROM t |> UNPIVOT               (v FOR k IN (a, b))"},
        // STREAM as a column or table name, or a function, not the streaming-read keyword
        {"SELECT stream FROM t",
         "SELECT stream FROM t"},
        {"SELECT a FROM stream",
         "SELECT a FROM stream"},
        {"SELECT * FROM STREAM(events)",
         "SELECT * FROM STREAM(events)"},
        {"SELECT a FROM t WHERE max_recursion = 1",
         "SELECT a FROM t WHERE max_recursion = 1"},
        // an ordered-set aggregate without a window, and a FILTER of a plain aggregate: JSqlParser reads both
        {"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM t",
         "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM t"},
        {"SELECT count(*) FILTER (WHERE a > 0) FROM t",
         "SELECT count(*) FILTER (WHERE a > 0) FROM t"},
        // a table argument in a later position, and one followed by a named argument
        {"SELECT * FROM f(1, TABLE(t) PARTITION BY a)",
         "SELECT * FROM f(1, TABLE(t)               )"},
        {"SELECT * FROM f(TABLE(t) ORDER BY (a), x => 1)",
         "SELECT * FROM f(TABLE(t)             , x => 1)"},
        {"SELECT * FROM f(TABLE t)",
         "SELECT * FROM f(TABLE t)"},
        // COLLATE outside a CAST's type is JSqlParser syntax
        {"SELECT CAST(a AS STRING) COLLATE UTF8_LCASE FROM t",
         "SELECT CAST(a AS STRING) COLLATE UTF8_LCASE FROM t"},
        // the SORT BY list runs over calls and commas to the next clause; cut off, it runs to the end
        {"SELECT a FROM t SORT BY f(a, b) LIMIT 1",
         "SELECT a FROM t                 LIMIT 1"},
        {"SELECT a FROM t CLUSTER BY a, b LIMIT 3",
         "SELECT a FROM t                 LIMIT 3"},
        {"SELECT a FROM t SORT BY",
         "SELECT a FROM t        "},
        // a spatial type after the :: cast operator; the same word called as a function stays
        {"SELECT g::GEOGRAPHY(4326) FROM t",
         "SELECT g::GEOGRAPHY______ FROM t"},
        {"SELECT geography(x) FROM t",
         "SELECT geography(x) FROM t"},
        {"SELECT * FROM t1 LEFT ANTI JOIN t2 USING (k)",
         "SELECT * FROM t1 LEFT SEMI JOIN t2 USING (k)"},
        {"SELECT anti FROM t",
         "SELECT anti FROM t"},
        {"SELECT * FROM t GROUP BY a WITH ROLLUP",
         "SELECT * FROM t GROUP BY a WITH ROLLUP"},
    };

    @Test
    void eachReachesJSqlParserAsExpected() {
        for (String[] c : CASES) {
            assertThat(c[1]).as("test data: same length").hasSameSizeAs(c[0]);
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.ok()).as("%s: %s", c[0], o.error()).isTrue();
            assertThat(o.parsedText()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
