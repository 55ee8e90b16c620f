package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.SqlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark literal, operator and name spellings JSqlParser lacks ({@link SparkLiterals}, {@link SparkNames}): the exact
 * same-length text each becomes, and the look-alikes that must stay as written (a name starting with digits, a
 * binary minus before a negative number, a qualified or typed call, a LIKE operator, DDL types).
 */
class SparkLiteralRewritesTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    /** Spark SQL as written, then the text JSqlParser parses. */
    private static final String[][] REWRITES = {
        {"SELECT 1.0D, 10L, 1Y, 2S, 1.5F, 1BD, 1e10d, .5e+2D, 3.25bd FROM t",
         "SELECT 1.0 , 10 , 1 , 2 , 1.5 , 1  , 1e10 , .5e+2 , 3.25   FROM t"},
        {"SELECT 1.5e+5D + 2e-3F FROM t",
         "SELECT 1.5e+5  + 2e-3  FROM t"},
        {"SELECT 2d_points, x1L FROM t",
         "SELECT 2d_points, x1L FROM t"},
        {"SELECT 1e FROM t",
         "SELECT 1e FROM t"},
        {"SELECT timestamp_ntz'2016-12-31 00:12:00', timestamp_ltz '2016-12-31', timestamp_ntz FROM t",
         "SELECT              '2016-12-31 00:12:00',               '2016-12-31', timestamp_ntz FROM t"},
        {"SELECT interval 1 year 2 months 3 days, interval -1 day, interval '1' hour '30' minutes, interval 5 seconds FROM t",
         "SELECT interval 1 year                , interval -1 day, interval '1' hour             , interval 5 seconds FROM t"},
        {"SELECT interval 1 year + interval 2 month FROM t",
         "SELECT interval 1 year + interval 2 month FROM t"},
        {"SELECT CAST(a AS ARRAY<MAP<INT, STRING>>), CAST(b AS STRUCT<x: INT>), CAST(c AS MAP<INT, ARRAY<INT>>) FROM t",
         "SELECT CAST(a AS ARRAY__________________), CAST(b AS STRUCT________), CAST(c AS MAP_________________) FROM t"},
        {"SELECT CAST(g AS GEOGRAPHY(4326)), CAST(h AS GEOMETRY(ANY)) FROM t",
         "SELECT CAST(g AS GEOGRAPHY______), CAST(h AS GEOMETRY_____) FROM t"},
        {"CREATE TABLE s (loc GEOGRAPHY(4326), p STRUCT<a: GEOMETRY(ANY)>)",
         "CREATE TABLE s (loc GEOGRAPHY(4326), p STRUCT__________________)"},
        {"SELECT a == b, a <=> b, a >= b, a != b, a <= b FROM t WHERE x == 1",
         "SELECT a =  b, a <=> b, a >= b, a != b, a <= b FROM t WHERE x =  1"},
        {"SELECT - - 3, + - 3, - + 3, + + 3, (- -3), f(1, - - 2) FROM t WHERE - - a > 0",
         "SELECT     3,   - 3,   - 3,     3, (   3), f(1,     2) FROM t WHERE     a > 0"},
        {"SELECT a - -3 FROM t",
         "SELECT a - -3 FROM t"},
        {"SELECT 'a' 'b', \"c\" 'd', 'e' /* x */ 'f', 'g' \"h'\" FROM t",
         "SELECT 'a   b', \"c   d\", 'e           f', 'g' \"h'\" FROM t"},
        {"SELECT decimal(1), dec(1), numeric(1), float(1), real(1), double(1), map(1, 2), smallint(1), tinyint(1), bigint(1), integer(1), int(1), varchar(1), long(1), short(1)",
         "SELECT decima_(1), de_(1), numeri_(1), floa_(1), rea_(1), doubl_(1), ma_(1, 2), smallin_(1), tinyin_(1), bigin_(1), intege_(1), in_(1), varcha_(1), lon_(1), shor_(1)"},
        {"SELECT a FROM t WHERE int(a) > 1 AND map(1, 2) IS NOT NULL OR NOT bigint(a) = 1",
         "SELECT a FROM t WHERE in_(a) > 1 AND ma_(1, 2) IS NOT NULL OR NOT bigin_(a) = 1"},
        {"SELECT CASE WHEN int(a) = 1 THEN double(b) ELSE float(c) END FROM t",
         "SELECT CASE WHEN in_(a) = 1 THEN doubl_(b) ELSE floa_(c) END FROM t"},
        {"SELECT like(a, 'x%'), ilike(a, 'y') FROM t WHERE like(a, 'z') AND a LIKE ('w%')",
         "SELECT lik_(a, 'x%'), ilik_(a, 'y') FROM t WHERE lik_(a, 'z') AND a LIKE ('w%')"},
        {"SELECT a FROM t WHERE a LIKE (b)",
         "SELECT a FROM t WHERE a LIKE (b)"},
        {"SELECT t.int(a), x:int(1) FROM t",
         "SELECT t.int(a), x:int(1) FROM t"},
        {"CREATE TABLE x (d DECIMAL(10, 2), v VARCHAR(10))",
         "CREATE TABLE x (d DECIMAL(10, 2), v VARCHAR(10))"},
        {"SELECT * FROM IDENTIFIER('my' || 'table'), IDENTIFIER(:name)",
         "SELECT * FROM ___________________________, _________________"},
        {"SELECT IDENTIFIER('col') FROM t",
         "SELECT _________________ FROM t"},
        {"SELECT a >>> 2, a >> 2 FROM t",
         "SELECT a >>  2, a >> 2 FROM t"},
        {"SELECT interval 1 year 2 months FROM t",
         "SELECT interval 1 year          FROM t"},
    };

    @Test
    void eachSpellingIsRewrittenToTheSameLengthTextJSqlParserReads() {
        for (String[] c : REWRITES) {
            ParseOutcome o = SPARK.parse(c[0]);
            assertThat(o.ok()).as("%s: %s", c[0], o.error()).isTrue();
            assertThat(o.parsedText()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
