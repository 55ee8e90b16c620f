package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.SqlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark statement forms JSqlParser lacks ({@link SparkStatements}, {@link SparkCommands}): the exact same-length
 * text each becomes (variables, SQL functions, inline tables, Databricks inserts, COPY INTO, EXPLAIN and CACHE), and
 * the reason for each one that is a command. Clause-level rewrites are in {@link SparkRewritesTest}.
 */
class SparkStatementRewritesTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** Spark SQL as written, then the text JSqlParser parses. */
    private static final String[][] REWRITES = {
        {"DECLARE v INT DEFAULT 5 + 1",
         "SELECT                5 + 1"},
        {"DECLARE OR REPLACE VARIABLE v = (SELECT max(a) FROM t)",
         "SELECT                          (SELECT max(a) FROM t)"},
        {"DECLARE v MAP<STRING, INT> DEFAULT map('a', 1)",
         "SELECT                             ma_('a', 1)"},
        {"SET VAR v = 1 + 2",
         "SELECT      1 + 2"},
        {"SET VARIABLE (a, b) = (SELECT 1, 2)",
         "SELECT                (SELECT 1, 2)"},
        {"SET n = n + 1",
         "SELECT  n + 1"},
        {"CREATE FUNCTION f(x INT) RETURNS INT RETURN x + 1",
         "                                     SELECT x + 1"},
        {"CREATE FUNCTION f(x INT) RETURNS INT LANGUAGE SQL RETURN x + 1",
         "                                                  SELECT x + 1"},
        {"CREATE OR REPLACE TEMPORARY FUNCTION f(x INT) RETURNS TABLE (y INT) RETURN SELECT x FROM t",
         "                                                                           SELECT x FROM t"},
        {"CREATE TEMP FUNCTION f() RETURNS INT RETURN (SELECT 1)",
         "                                            (SELECT 1)"},
        {"VALUES (1, 2), (3, 4) AS t(a, b)",
         "VALUES (1, 2), (3, 4)           "},
        {"VALUES (1, 2) t(a, b)",
         "VALUES (1, 2)        "},
        {"VALUES 1, 2 AS t",
         "VALUES 1, 2     "},
        {"SELECT * FROM (VALUES (1) AS t(a)) x",
         "SELECT * FROM (VALUES (1)        ) x"},
        {"SELECT 1 UNION ALL VALUES (2) AS t(a) ORDER BY 1",
         "SELECT 1 UNION ALL VALUES (2)         ORDER BY 1"},
        {"SELECT * FROM VALUES (1 AS id, 'a' AS name), (2, 'b')",
         "SELECT * FROM VALUES (1      , 'a'        ), (2, 'b')"},
        {"INSERT INTO t REPLACE WHERE d >= '2024-01-01' SELECT * FROM s",
         "INSERT INTO t                                 SELECT * FROM s"},
        {"INSERT INTO t REPLACE WHERE d IN (SELECT d FROM u) SELECT * FROM s",
         "INSERT INTO t                                      SELECT * FROM s"},
        {"INSERT INTO t REPLACE USING (d) SELECT * FROM s",
         "INSERT INTO t                   SELECT * FROM s"},
        {"INSERT INTO t REPLACE ON t.d = s.d SELECT * FROM s",
         "INSERT INTO t                      SELECT * FROM s"},
        {"INSERT OVERWRITE TABLE t SELECT a FROM u",
         "INSERT OVERWRITE TABLE t SELECT a FROM u"},
        {"INSERT OVERWRITE DIRECTORY '/out' USING parquet SELECT a FROM t",
         "INSERT INTO      _________                      SELECT a FROM t"},
        {"INSERT OVERWRITE LOCAL DIRECTORY '/tmp/x' ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' SELECT a FROM t",
         "INSERT INTO            _________                                                        SELECT a FROM t"},
        {"INSERT OVERWRITE DIRECTORY USING parquet OPTIONS ('path' = '/o') SELECT a FROM t",
         "INSERT INTO      _________                                       SELECT a FROM t"},
        {"INSERT OVERWRITE DIRECTORY '/o' (SELECT a FROM t)",
         "INSERT INTO      _________      (SELECT a FROM t)"},
        {"COPY INTO t FROM (SELECT a, b FROM 's3://bucket/path') FILEFORMAT = PARQUET",
         "                  SELECT a, b FROM __________________                      "},
        {"EXPLAIN EXTENDED SELECT a FROM t",
         "                 SELECT a FROM t"},
        {"EXPLAIN FORMATTED COST SELECT a FROM t",
         "                       SELECT a FROM t"},
        {"CACHE TABLE c AS SELECT 'a' 'b' FROM t",
         "                 SELECT 'a   b' FROM t"},
        // adjacent strings in the blanked CACHE prefix once left a stray quote here: a parse error on valid Spark
        {"CACHE LAZY TABLE c OPTIONS ('storageLevel' 'DISK_ONLY') AS SELECT a FROM t",
         "                                                           SELECT a FROM t"},
    };

    @Test
    void eachStatementFormIsRewrittenToTheSameLengthTextJSqlParserReads() {
        for (String[] c : REWRITES) {
            assertThat(c[1]).as("test data: same length").hasSameSizeAs(c[0]);
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.ok()).as("%s: %s", c[0], o.error()).isTrue();
            assertThat(o.parsedText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    /** Statements that are commands, with the reason the analysis gives for skipping them. */
    private static final String[][] SKIPPED = {
        {"DECLARE EXIT HANDLER FOR SQLEXCEPTION SELECT 1", "Spark scripting declaration"},
        {"DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = true", "Spark scripting declaration"},
        {"DECLARE overflow CONDITION FOR SQLSTATE '22003'", "Spark scripting declaration"},
        {"DECLARE v INT", "variable declaration"},
        {"SET spark.sql.ansi.enabled = true", "SET command"},
        {"SET", "SET command"},
        {"SET VAR v", "SET VARIABLE command"},
        // a configuration value that is no expression (SET key = any text): once a parse error quoting the SELECT
        // the value was read as
        {"SET foo = a b c", "SET command"},
        {"SET VARIABLE v = )", "SET command"},
        {"CREATE FUNCTION f AS 'com.example.F' USING JAR '/f.jar'", "Spark CREATE FUNCTION command"},
        // the Python body's 'return x' was once read as the SQL body RETURN x
        {"CREATE FUNCTION f(x INT) RETURNS INT LANGUAGE PYTHON AS $$ return x $$", "Spark CREATE FUNCTION command"},
        {"COPY INTO t FROM 's3://bucket/path' FILEFORMAT = CSV", "Spark COPY command"},
        {"COPY INTO t FROM (SELECT a FROM 's3://x'", "Spark COPY command"},
        {"COPY t", "Spark COPY command"},
        {"USE catalog main", "USE command"},
        {"DESC t", "DESC command"},
        {"UNCACHE TABLE t", "Spark UNCACHE command"},
        {"MSCK REPAIR TABLE t", "Spark MSCK command"},
        {"EXECUTE IMMEDIATE 'SELECT 1'", "EXECUTE IMMEDIATE command"},
        {"DROP TEMPORARY VARIABLE v", "DROP VARIABLE command"},
        {"DROP TEMP VAR v", "DROP VARIABLE command"},
        {"DROP VARIABLE v", "DROP VARIABLE command"},
        {"DROP VAR v", "DROP VARIABLE command"},
        {"EXPLAIN", "EXPLAIN command"},
        {"EXPLAIN EXTENDED", "EXPLAIN command"},
        {"EXPLAIN DESCRIBE t", "EXPLAIN command"},
        {"EXPLAIN FORMATTED DESC t", "EXPLAIN command"},
        {"CACHE TABLE t", "Spark CACHE command"},
        {"CACHE TABLE AS", "Spark CACHE command"},
    };

    @Test
    void commandsAreSkippedWithTheirReason() {
        for (String[] c : SKIPPED) {
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.isSkipped()).as("%s: %s", c[0], o).isTrue();
            assertThat(o.skipReason()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
