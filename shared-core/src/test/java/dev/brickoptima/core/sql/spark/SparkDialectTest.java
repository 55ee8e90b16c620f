package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.ParserWatch;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlParser;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark SQL syntax beyond JSqlParser: what parses, how it is read, and that findings keep the user's offsets. */
class SparkDialectTest {
    private final SqlParser parser = new SqlParser(Dialect.SPARK, ParserWatch.NONE);
    private final SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.defaults());

    @Test
    void numericSuffixesAreLiteralsNotAliases() {
        // JSqlParser alone reads SELECT 1.0D as SELECT 1.0 AS D: a silent misparse
        ParseOutcome out = parser.parse("SELECT 1.0D, 10L, 1Y, 2S, 1.5F, 1BD, 1e10d, .5e+2D");
        assertThat(out.ok()).as(out.error()).isTrue();
        List<SelectItem<?>> items = ((PlainSelect) out.statement()).getSelectItems();
        assertThat(items).hasSize(8).allMatch(i -> i.getAlias() == null);
        assertThat(parser.parse("SELECT 1.0d + 1").ok()).isTrue();
        assertThat(parser.parse("SELECT bool_or(1.0D)").ok()).isTrue();
        // a real alias after a space stays an alias
        assertThat(((PlainSelect) parser.parse("SELECT 1.0 D").statement()).getSelectItems().get(0).getAlias().getName()).isEqualTo("D");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT decimal(0), float(15), map(1, 2), int('2'), double(1), bigint(1)",
        "SELECT a == b FROM t",
        "SELECT * FROM VALUES (1, 2) AS t(a, b)",
        "VALUES (1, 2), (3, 4) AS t(a, b)",
        "SELECT c1 FROM IDENTIFIER('my_table')",
        "SELECT TRANSFORM(a, b) USING 'cat' AS (x, y) FROM t",
        "SELECT timestamp_ntz'2016-12-31 00:12:00', timestamp_ltz'2016-12-31'",
        "SELECT interval 2 years 4 months, interval '30' year '25' month",
        "SELECT a, b, count(1) FROM t GROUP BY a, GROUPING SETS ((a, b), (a), ())",
        "SELECT a, b, count(1) FROM t GROUP BY a, b WITH CUBE",
        "SELECT a, b, count(1) FROM t GROUP BY a, b GROUPING SETS ((a), (b))",
        "SELECT CAST(x AS ARRAY<MAP<INT, STRUCT<a: INT, b: STRING>>>) FROM t",
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a) FILTER (WHERE b > 1) FROM t",
        "/* outer /* nested */ still a comment */ SELECT 1",
        "SELECT 'hello' ' ' 'world'",
        "SELECT - - 3",
        "SELECT sum(v) OVER (w) FROM t WINDOW w AS (PARTITION BY k)",
        "TABLE t |> WHERE x > 1 |> AGGREGATE sum(y) AS s GROUP BY x",
        "SELECT * FROM (TABLE t)",
        "TABLE main.sales.orders",
        "FROM t |> SELECT x, y |> EXTEND x + y AS z |> ORDER BY z |> LIMIT 3",
        "DECLARE OR REPLACE VARIABLE v INT DEFAULT (SELECT max(x) FROM t)",
        "SET VAR v = 5",
        "CREATE TEMPORARY FUNCTION area(x DOUBLE, y DOUBLE) RETURNS DOUBLE RETURN x * y",
        "CREATE FUNCTION f() RETURNS TABLE (a INT) RETURN SELECT a FROM t",
        "CREATE TABLE t (x INT, s STRUCT<a: INT>) USING csv",
        "CREATE VIEW v WITH SCHEMA BINDING TBLPROPERTIES ('k' = 'v') AS SELECT a FROM t",
        "EXECUTE IMMEDIATE 'SELECT ?' USING 1",
        "DROP TEMPORARY VARIABLE v",
        "SELECT * FROM t1 JOIN t2 APPROX NEAREST 1 BY SIMILARITY -abs(t1.x - t2.x)",
    })
    void sparkSyntaxParses(String sql) {
        SqlAnalysis a = analyzer.analyze(sql);
        assertThat(a.findings()).as(sql).noneMatch(f -> f.ruleId().equals("parse-error"));
        assertThat(a.internalErrors()).isEmpty();
    }

    @Test
    void anUnterminatedStringAfterAStringIsAParseErrorNotACrash() {
        // found by fuzzing: joining adjacent strings cut the unterminated last one at a negative length
        for (String sql : new String[] {"SELECT 'a' \"", "SELECT 'a' 'b", "SELECT x FROM t WHERE a = 'ReRE'\""}) {
            SqlAnalysis a = analyzer.analyze(sql);
            assertThat(a.internalErrors()).as(sql).isEmpty();
            assertThat(a.findings()).as(sql).anyMatch(f -> f.ruleId().equals("parse-error"));
        }
        assertThat(parser.parse("SELECT 'a' 'b' \"c\"").ok()).as("closed parts are still joined").isTrue();
    }

    @Test
    void scriptingBlockIsSplitAtItsStructureAndFindingsKeepTheirOffsets() {
        String script = "BEGIN\n"
            + "  DECLARE n INT DEFAULT 0;\n"
            + "  lbl: WHILE n < 3 DO\n"
            + "    SET n = n + 1;\n"
            + "    IF status = NULL THEN\n"
            + "      SELECT id FROM orders WHERE amount = NULL;\n"
            + "    END IF;\n"
            + "  END WHILE lbl;\n"
            + "END";
        SqlAnalysis a = analyzer.analyze(script);
        assertThat(a.findings()).noneMatch(f -> f.ruleId().equals("parse-error"));
        List<Finding> nulls = a.findings().stream().filter(f -> f.ruleId().equals("null-comparison")).toList();
        assertThat(nulls).hasSize(2);
        assertThat(script.substring(nulls.get(0).location().start(), nulls.get(0).location().end())).isEqualTo("status = NULL");
        assertThat(script.substring(nulls.get(1).location().start(), nulls.get(1).location().end())).isEqualTo("amount = NULL");
        assertThat(nulls.get(1).location().line()).isEqualTo(6);
        // DECLARE, WHILE condition, SET, IF condition, SELECT
        assertThat(a.statements()).isEqualTo(5);
    }

    @Test
    void brokenScriptingBlockIsAParseErrorNotASilentSkip() {
        SqlAnalysis a = analyzer.analyze("BEGIN\n  IF x > 1 THEN\n    SELECT 1;\n  END WHILE;\nEND");
        assertThat(a.findings()).anyMatch(f -> f.ruleId().equals("parse-error"));
    }

    @Test
    void pipeSyntaxFindingsPointAtTheStep() {
        String sql = "FROM orders |> WHERE amount = NULL |> AGGREGATE count(*) AS n GROUP BY customer_id";
        Finding f = analyzer.analyze(sql).findings().stream().filter(x -> x.ruleId().equals("null-comparison")).findFirst().orElseThrow();
        assertThat(sql.substring(f.location().start(), f.location().end())).isEqualTo("amount = NULL");
    }

    @Test
    void ddlThatCarriesAQueryIsAnalysedAndStillAWriteUnderReadOnly() {
        String sql = "CREATE OR REFRESH MATERIALIZED VIEW mv AS SELECT * FROM sales";
        SqlAnalysis a = new SqlAnalyzer(AnalyzerConfig.builder().profile(Profile.READ_ONLY).build()).analyze(sql);
        assertThat(a.findings()).extracting(Finding::ruleId).contains("select-star", "destructive-statement");
        Finding star = a.findings().stream().filter(x -> x.ruleId().equals("select-star")).findFirst().orElseThrow();
        assertThat(star.location().start()).isEqualTo(sql.indexOf('*'));
    }

    @Test
    void messagesQuoteTheUsersTextNotTheRewrite() {
        Finding f = analyzer.analyze("SELECT id FROM t WHERE decimal(x) = NULL").findings().stream()
            .filter(x -> x.ruleId().equals("null-comparison")).findFirst().orElseThrow();
        assertThat(f.message()).contains("decimal(x) = NULL");
    }

    @Test
    void commandsAreRecognisedAndSkipped() {
        SqlAnalysis a = analyzer.analyze("VACUUM t RETAIN 168 HOURS; DESCRIBE HISTORY t; OPTIMIZE t ZORDER BY (a); SET spark.sql.shuffle.partitions = 8");
        assertThat(a.findings()).isEmpty();
        assertThat(a.skipped()).isEqualTo(4);
    }
}
