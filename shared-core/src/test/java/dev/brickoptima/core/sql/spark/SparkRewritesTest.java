package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.SqlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact same-length text {@link SparkRewriter} hands JSqlParser for each Spark and Databricks form it rewrites:
 * what is blanked, what is kept (a LIMIT, a UNION, an OFFSET after DISTRIBUTE/SORT BY), what a word becomes; and the
 * reason given for each statement it skips. A wrong rewrite either breaks the parse or moves a finding, so the text
 * is compared whole.
 */
class SparkRewritesTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** Spark SQL as written, then the text JSqlParser parses. */
    private static final String[][] REWRITES = {
        {"SELECT a FROM t DISTRIBUTE BY a SORT BY b LIMIT 10",
         "SELECT a FROM t                           LIMIT 10"},
        {"SELECT a FROM t DISTRIBUTE BY a UNION ALL SELECT b FROM u",
         "SELECT a FROM t                 UNION ALL SELECT b FROM u"},
        {"SELECT a FROM (SELECT a FROM t DISTRIBUTE BY a) x",
         "SELECT a FROM (SELECT a FROM t                ) x"},
        {"SELECT a FROM t CLUSTER BY a",
         "SELECT a FROM t             "},
        {"SELECT a FROM t SORT BY b OFFSET 5",
         "SELECT a FROM t           OFFSET 5"},
        {"SELECT a FROM t SORT BY b;",
         "SELECT a FROM t          ;"},
        {"FROM t |> DISTRIBUTE BY a |> SELECT a",
         "FROM t                    |> SELECT a"},
        {"MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *",
         "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE       WHEN     MATCHED THEN DELETE  "},
        {"MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT * WHEN NOT MATCHED BY SOURCE THEN DELETE",
         "MERGE INTO t USING s ON t.id = s.id                                          WHEN NOT MATCHED BY SOURCE THEN DELETE"},
        {"MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)",
         "MERGE INTO t USING s ON t.id = s.id WHEN     MATCHED           THEN DELETE       WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)"},
        {"MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id) WHEN NOT MATCHED BY SOURCE THEN DELETE",
         "MERGE INTO t USING s ON t.id = s.id                                                 WHEN NOT MATCHED BY SOURCE THEN DELETE"},
        {"SELECT a FROM t LEFT ANTI JOIN u ON t.a = u.a",
         "SELECT a FROM t LEFT SEMI JOIN u ON t.a = u.a"},
        {"SELECT a FROM t TABLESAMPLE (10 PERCENT)",
         "SELECT a FROM t                         "},
        {"SELECT a FROM t TABLESAMPLE (10 ROWS) REPEATABLE (1)",
         "SELECT a FROM t                                     "},
        {"SELECT a, b, count(*) FROM t GROUP BY a, b WITH CUBE",
         "SELECT a, b, count(*) FROM t GROUP BY a, b          "},
        {"SELECT a, b FROM t GROUP BY a, GROUPING SETS ((a, b), ())",
         "SELECT a, b FROM t GROUP BY a, GROUPING      ((a, b), __)"},
        {"SELECT a, b FROM t GROUP BY a, b GROUPING SETS ((a), (b))",
         "SELECT a, b FROM t GROUP BY a, b                         "},
        {"SELECT sum(a) OVER (w) FROM t WINDOW w AS (PARTITION BY b)",
         "SELECT sum(a) OVER  w  FROM t WINDOW w AS (PARTITION BY b)"},
        {"INSERT INTO t BY NAME SELECT a FROM u",
         "INSERT INTO t         SELECT a FROM u"},
        {"SELECT * FROM STREAM events",
         "SELECT * FROM        events"},
        {"SELECT CAST(a AS STRING COLLATE UTF8_LCASE) FROM t",
         "SELECT CAST(a AS STRING                   ) FROM t"},
        {"TABLE t |> WHERE a > 1",
         "FROM  t |> WHERE a > 1"},
        {"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) OVER (PARTITION BY g) FROM t",
         "SELECT percentile_cont(0.5)                           OVER (PARTITION BY g) FROM t"},
        {"SELECT TRANSFORM (a, b) USING 'cat' AS (x, y) FROM t",
         "SELECT TRANSFORM (a, b)                       FROM t"},
        {"SELECT MAP (a, b) USING 'cat' AS (x, y) FROM t",
         "SELECT ma_ (a, b)                       FROM t"},
        {"SELECT a FROM t JOIN p APPROX NEAREST 5 BY SIMILARITY t.v <=> p.v",
         "SELECT a FROM t JOIN p ON                             t.v <=> p.v"},
        {"SELECT aggregate(xs, (0 AS s, 0 AS n), (acc, x) -> acc) FROM t",
         "SELECT aggregate(xs, (0     , 0     ), (acc, x) -> acc) FROM t"},
        {"SELECT ${var} FROM t",
         "SELECT ______ FROM t"},
        {"WITH RECURSIVE r MAX RECURSION LEVEL 100 AS (SELECT 1) SELECT * FROM r",
         "WITH RECURSIVE r                         AS (SELECT 1) SELECT * FROM r"},
        {"SELECT * FROM f(TABLE(t) PARTITION BY a ORDER BY b)",
         "SELECT * FROM f(TABLE(t)                          )"},
        // pipe steps, table arguments, Hive script tails, grouping sets, row aliases: each branch of SparkClauses
        {"FROM t |> TABLESAMPLE (10 PERCENT) |> SELECT a",
         "FROM t                             |> SELECT a"},
        {"FROM t |> SELECT a, sum(b) OVER w AS s WINDOW w AS (PARTITION BY a), w2 AS (ORDER BY b)",
         "FROM t |> SELECT a, sum(b) OVER w AS s                                                 "},
        {"FROM t |> EXTEND sum(b) OVER w AS s WINDOW w AS (PARTITION BY a)",
         "FROM t |> EXTEND sum(b) OVER w AS s                             "},
        {"FROM t |> UNPIVOT INCLUDE NULLS (v FOR k IN (a, b))",
         "FROM t |> UNPIVOT               (v FOR k IN (a, b))"},
        {"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FILTER (WHERE y > 0) FROM t",
         "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x)                      FROM t"},
        {"SELECT a FROM t JOIN p EXACT NEAREST BY DISTANCE t.v <-> p.v",
         "SELECT a FROM t JOIN p ON                        t.v <-> p.v"},
        {"SELECT * FROM a JOIN STREAM b ON a.k = b.k",
         "SELECT * FROM a JOIN        b ON a.k = b.k"},
        {"SELECT * FROM STREAM read_files('/x')",
         "SELECT * FROM        read_files('/x')"},
        {"SELECT REDUCE (a, b) USING 'r.py' AS (x) FROM t",
         "SELECT reduc_ (a, b)                     FROM t"},
        {"SELECT TRANSFORM (a) ROW FORMAT DELIMITED USING 'cat' AS (x) ROW FORMAT DELIMITED FROM t WHERE a > 1",
         "SELECT TRANSFORM (a)                                                              FROM t WHERE a > 1"},
        {"SELECT TRANSFORM (a) FROM t",
         "SELECT TRANSFORM (a) FROM t"},
        {"SELECT * FROM f(TABLE(t) WITH SINGLE PARTITION, 3)",
         "SELECT * FROM f(TABLE(t)                      , 3)"},
        {"SELECT * FROM f(TABLE(t) PARTITION BY (a, b))",
         "SELECT * FROM f(TABLE(t)                    )"},
        {"TABLE db.t |> WHERE a > 1",
         "FROM  db.t |> WHERE a > 1"},
        {"TABLE `t` |> SELECT a",
         "FROM  `t` |> SELECT a"},
        {"CREATE TABLE x (a INT) USING delta CLUSTER BY (a)",
         "CREATE TABLE x (a INT) USING delta CLUSTER BY (a)"},
        {"SELECT a FROM t DISTRIBUTE BY a SORT BY a",
         "SELECT a FROM t                          "},
        {"SELECT a FROM t SORT BY a WINDOW w AS (PARTITION BY a)",
         "SELECT a FROM t           WINDOW w AS (PARTITION BY a)"},
        {"SELECT * FROM (SELECT a FROM t SORT BY a) x SORT BY a",
         "SELECT * FROM (SELECT a FROM t          ) x          "},
        {"SELECT CAST((1, 2) AS STRUCT<a: INT, b: INT>) FROM t",
         "SELECT CAST((1, 2) AS STRUCT________________) FROM t"},
        {"SELECT struct(1 AS a, 2 AS b), named_struct('a', 1) FROM t",
         "SELECT struct(1 AS a, 2 AS b), named_struct('a', 1) FROM t"},
        {"SELECT (a AS x, b AS y) FROM t",
         "SELECT (a     , b     ) FROM t"},
        {"SELECT ${a.b}, ${abcdefghijkl} FROM t",
         "SELECT ______, _______________ FROM t"},
        {"SELECT a FROM t GROUP BY a, GROUPING SETS ((a), (b, c)), b",
         "SELECT a FROM t GROUP BY a, GROUPING      ((a), (b, c)), b"},
        {"SELECT a FROM t GROUP BY GROUPING SETS ((a), ())",
         "SELECT a FROM t GROUP BY GROUPING SETS ((a), ())"},
        {"SELECT a FROM t GROUP BY a GROUPING SETS ((a))",
         "SELECT a FROM t GROUP BY a                    "},
        {"SELECT sum(a) OVER (w), max(a) OVER (ORDER BY a) FROM t WINDOW w AS (PARTITION BY b)",
         "SELECT sum(a) OVER  w , max(a) OVER (ORDER BY a) FROM t WINDOW w AS (PARTITION BY b)"},
        {"SELECT CAST(a AS STRING COLLATE UTF8_LCASE), a COLLATE UTF8_LCASE FROM t",
         "SELECT CAST(a AS STRING                   ), a COLLATE UTF8_LCASE FROM t"},
        {"WITH RECURSIVE r MAX RECURSION LEVEL AS (SELECT 1) SELECT * FROM r",
         "WITH RECURSIVE r                     AS (SELECT 1) SELECT * FROM r"},
        {"SELECT a FROM t TABLESAMPLE (BUCKET 1 OUT OF 4 ON a) s",
         "SELECT a FROM t                                      s"},
        {"/* a /* nested */ b */ SELECT 1",
         "                       SELECT 1"},
        {"EXPLAIN SELECT 1",
         "        SELECT 1"},
        {"CREATE TABLE x AS SELECT a FROM t",
         "CREATE TABLE x AS SELECT a FROM t"},
        {"CREATE TABLE x (a INT) USING delta",
         "CREATE TABLE x (a INT) USING delta"},
        {"GRANT SELECT ON TABLE t TO `u`",
         "GRANT SELECT ON TABLE t TO `u`"},
    };

    @Test
    void eachFormIsRewrittenToTheSameLengthTextJSqlParserReads() {
        for (String[] c : REWRITES) {
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.ok()).as("%s: %s", c[0], o.error()).isTrue();
            assertThat(o.parsedText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void aNotMatchedInsertStarBeforeAnotherClauseIsBlankedNotTurnedIntoADelete() {
        // the INSERT * action of a clause that is blanked as a whole must not be rewritten into a stray DELETE
        ParseOutcome o = SPARK.parse("MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT * "
            + "WHEN NOT MATCHED BY SOURCE THEN UPDATE SET *");
        assertThat(o.ok()).as(o.error()).isTrue();
        assertThat(o.parsedText()).isEqualTo("MERGE INTO t USING s ON t.id = s.id                                "
            + "WHEN     MATCHED           THEN DELETE      ");
    }

    /** Statements that are commands, with the reason the analysis gives for skipping them. */
    private static final String[][] SKIPPED = {
        {"CACHE TABLE t", "Spark CACHE command"},
        {"SET spark.sql.shuffle.partitions = 10", "SET command"},
        {"VACUUM t RETAIN 168 HOURS", "Spark VACUUM command"},
        {"SHOW TABLES", "SHOW command"},
        {"DESCRIBE TABLE t", "DESCRIBE command"},
        {"OPTIMIZE t ZORDER BY (a)", "Spark OPTIMIZE command"},
        {"REFRESH TABLE t", "Spark REFRESH command"},
        {"DROP TABLE IF EXISTS t PURGE", "Spark DROP TABLE IF statement"},
        {"GRANT USE SCHEMA ON SCHEMA s TO `g`", "Spark GRANT USE SCHEMA statement"},
        {"   ", "empty statement"},
        {"-- only a comment", "empty statement"},
    };

    @Test
    void commandsAreSkippedWithTheirReason() {
        for (String[] c : SKIPPED) {
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.isSkipped()).as(c[0]).isTrue();
            assertThat(o.skipReason()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void aDdlStatementThatCarriesAQueryIsNotSkippedWhenItCannotBeParsed() {
        // a SELECT inside a DDL JSqlParser rejects: the parse error stands rather than a silent skip
        ParseOutcome o = SPARK.parse("CREATE TABLE x (a INT) USING delta TBLPROPERTIES ('k' = SELECT)");
        assertThat(o.isSkipped()).isFalse();
        assertThat(o.ok()).isFalse();
        assertThat(o.error()).isEqualTo("syntax error: unexpected 'SELECT'");
        assertThat(o.errorStart()).isEqualTo(56);
    }
}
