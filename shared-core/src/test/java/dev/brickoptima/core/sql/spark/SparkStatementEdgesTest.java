package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.SqlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edges of the statement forms {@link SparkStatements} rewrites, beyond {@link SparkStatementRewritesTest}: a SQL
 * function body in parentheses (a query or an expression) or missing, inline-table aliases in each position (quoted,
 * without AS, before ORDER BY, not before LIMIT), Databricks REPLACE WHERE conditions holding a subquery or
 * parentheses, and a COPY INTO query whose only path is the FROM one.
 */
class SparkStatementEdgesTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** Spark SQL as written, then the text JSqlParser parses. */
    private static final String[][] REWRITES = {
        {"CREATE FUNCTION f() RETURNS TABLE RETURN ((SELECT 1))",
         "                                         ((SELECT 1))"},
        {"CREATE FUNCTION f(x INT) RETURNS INT RETURN (x + 1)",
         "                                     SELECT (x + 1)"},
        {"SELECT * FROM VALUES (1 AS `id`), (2)",
         "SELECT * FROM VALUES (1        ), (2)"},
        {"VALUES (1, 2) AS t(a, b) ORDER BY a",
         "VALUES (1, 2)            ORDER BY a"},
        {"VALUES (1), (2) LIMIT 1",
         "VALUES (1), (2) LIMIT 1"},
        {"SELECT * FROM (VALUES (1), (2) t(a))",
         "SELECT * FROM (VALUES (1), (2)     )"},
        {"VALUES ('a', 2) x",
         "VALUES ('a', 2)  "},
        {"INSERT INTO t REPLACE WHERE EXISTS (SELECT 1) SELECT * FROM s",
         "INSERT INTO t                                 SELECT * FROM s"},
        {"INSERT INTO t REPLACE WHERE a > 1 AND (b < 2) SELECT * FROM s",
         "INSERT INTO t                                 SELECT * FROM s"},
        {"COPY INTO t FROM (SELECT a FROM 's3://x' WHERE b = 'c') FILEFORMAT = CSV",
         "                  SELECT a FROM ________ WHERE b = 'c'                  "},
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

    @Test
    void aFunctionWhoseReturnHasNoBodyIsACommand() {
        ParseOutcome o = SPARK.parse("CREATE FUNCTION f() RETURNS INT RETURN");
        assertThat(o.isSkipped()).isTrue();
        assertThat(o.skipReason()).isEqualTo("Spark CREATE FUNCTION command");
    }
}
