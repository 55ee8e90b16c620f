package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlAnalyzerTest {
    private final SqlAnalyzer spark = new SqlAnalyzer(AnalyzerConfig.defaults());

    @Test
    void parseErrorPointsAtTheFailingTokenAndOtherStatementsAreStillAnalysed() {
        String sql = "SELECT * FROM a;\nSELECT x FROM WHERE y = 1;\nDELETE FROM b;";
        SqlAnalysis r = spark.analyze(sql);
        assertThat(r.statements()).isEqualTo(3);
        assertThat(r.parsed()).isEqualTo(2);
        Finding parse = only(r.findings(), "parse-error");
        assertThat(parse.location().line()).isEqualTo(2);
        assertThat(sql.substring(parse.location().start(), parse.location().end())).isEqualTo("FROM WHERE");
        assertThat(parse.message()).contains("FROM clause").contains("WHERE");
        assertThat(ids(r.findings())).containsExactly("select-star", "parse-error", "delete-update-without-where");
    }

    @Test
    void offsetsAreExactWithTabsCrlfAndCommentsBeforeTheStatement() {
        String sql = "-- header\r\n\t/* block */\tSELECT\t*\r\nFROM t";
        Finding f = only(spark.analyze(sql).findings(), "select-star");
        assertThat(sql.substring(f.location().start(), f.location().end())).isEqualTo("*");
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().column()).isEqualTo(21);
    }

    @Test
    void fixesApplyToTheScriptText() {
        String sql = "SELECT 1;\nSELECT id FROM users WHERE deleted_at = NULL";
        Finding f = only(spark.analyze(sql).findings(), "null-comparison");
        assertThat(f.fixes().get(0).applyTo(sql)).isEqualTo("SELECT 1;\nSELECT id FROM users WHERE deleted_at IS NULL");
    }

    @Test
    void suppressionCommentsSilenceNamedRulesForTheirStatementOnly() {
        String sql = "SELECT * FROM a; -- brickoptima:ignore select-star\n"
            + "-- brickoptima:ignore\nDELETE FROM b;\n"
            + "SELECT * FROM c /* brickoptima:ignore null-comparison */;\n";
        SqlAnalysis r = spark.analyze(sql);
        assertThat(ids(r.findings())).containsExactly("select-star");
        assertThat(r.findings().get(0).location().line()).isEqualTo(4);
    }

    @Test
    void sparkOnlySyntaxParsesWithOffsetsKept() {
        String sql = "SELECT a, count(*) FROM events e LEFT ANTI JOIN bots b ON e.uid = b.uid GROUP BY a DISTRIBUTE BY a SORT BY a;\n"
            + "SELECT a FROM t TABLESAMPLE (10 PERCENT) WHERE a = NULL;\n"
            + "SELECT * FROM ${source_table};\n"
            + "CACHE TABLE x AS SELECT * FROM big;\n"
            + "OPTIMIZE t ZORDER BY (a);\n"
            + "EXPLAIN FORMATTED SELECT * FROM big2;\n"
            + "WITH r AS (SELECT sum(x) AS returns FROM t) SELECT returns FROM r;\n"
            + "SELECT * FROM ((SELECT a FROM x) UNION ALL (SELECT a FROM y)) z;";
        SqlAnalysis r = spark.analyze(sql);
        assertThat(ids(r.findings())).doesNotContain("parse-error");
        assertThat(r.skipped()).isEqualTo(1);
        Finding nul = only(r.findings(), "null-comparison");
        assertThat(sql.substring(nul.location().start(), nul.location().end())).isEqualTo("a = NULL");
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("select-star")).count()).isEqualTo(3);
    }

    @Test
    void sparkReservedWordTablesAndInsertByNameParse() {
        SqlAnalysis r = spark.analyze("SELECT r.id FROM returns r JOIN orders o ON r.oid = o.id;\n"
            + "INSERT INTO t BY NAME SELECT a, b FROM s WHERE a = NULL");
        assertThat(ids(r.findings())).containsExactly("null-comparison");
        assertThat(r.parsed()).isEqualTo(2);
    }

    @Test
    void deltaMergeWithStarActionsParses() {
        String sql = "MERGE INTO target t USING updates s ON t.id = s.id AND s.dt = NULL\n"
            + "WHEN MATCHED THEN UPDATE SET *\nWHEN NOT MATCHED THEN INSERT *";
        SqlAnalysis r = spark.analyze(sql);
        assertThat(ids(r.findings())).containsExactly("null-comparison");
        assertThat(sql.substring(r.findings().get(0).location().start(), r.findings().get(0).location().end())).isEqualTo("s.dt = NULL");
        SqlAnalysis guarded = new SqlAnalyzer(AnalyzerConfig.builder().profile("read-only").build()).analyze(sql);
        assertThat(ids(guarded.findings())).contains("destructive-statement");
    }

    @Test
    void partitionMaintenanceIsACommandInEveryDialect() {
        String sql = "ALTER TABLE events DROP IF EXISTS PARTITION (dt = '2024-01-01');\n"
            + "ALTER TABLE events ADD PARTITION (dt = '2024-01-02') LOCATION '/data/events/2024-01-02';\n"
            + "ALTER TABLE events DROP PARTITION (dt = '2024-01-01'), PARTITION (dt = '2024-01-02')";
        for (Dialect d : Dialect.values()) {
            SqlAnalysis r = new SqlAnalyzer(AnalyzerConfig.builder().dialect(d).build()).analyze(sql);
            assertThat(r.findings()).as(d.label()).isEmpty();
        }
        // other statements JSqlParser cannot read still report where
        SqlAnalysis bad = new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.ANSI).build()).analyze("ALTER TABLE events RENAME TO");
        assertThat(ids(bad.findings())).containsExactly("parse-error");
    }

    @Test
    void dataModifyingCtesAndInsertValuesAreWalked() {
        SqlAnalyzer pg = new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.POSTGRES).build());
        SqlAnalysis r = pg.analyze("WITH d AS (DELETE FROM t WHERE x = NULL RETURNING *) SELECT id FROM d;\n"
            + "INSERT INTO t (a, b) VALUES (1, (SELECT max(v) FROM u WHERE v = NULL))");
        assertThat(r.internalErrors()).isEmpty();
        assertThat(ids(r.findings())).containsExactly("null-comparison", "null-comparison");
    }

    @Test
    void postgresDollarQuotesAndDoubleQuotedIdentifiers() {
        SqlAnalyzer pg = new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.POSTGRES).build());
        SqlAnalysis r = pg.analyze("SELECT \"Order Id\" FROM \"Orders\" WHERE note = $$it's; fine$$;\nSELECT 1");
        assertThat(r.statements()).isEqualTo(2);
        assertThat(ids(r.findings())).isEmpty();
    }

    @Test
    void templateFindingsMapToLiteralOffsetsAndHolesStayUnknown() {
        // "SELECT * FROM orders WHERE id = " + id + " AND deleted = NULL"  with literals at source offsets 100 and 140
        SqlTemplate t = SqlTemplate.builder()
            .literal("SELECT * FROM orders WHERE id = ", 100)
            .hole()
            .literal(" AND deleted = NULL", 140)
            .build();
        SqlAnalysis r = spark.analyze(t);
        assertThat(ids(r.findings())).doesNotContain("parse-error");
        Finding star = only(r.findings(), "select-star");
        assertThat(star.location().start()).isEqualTo(107);
        Finding nul = only(r.findings(), "null-comparison");
        assertThat(nul.location().start()).isEqualTo(145);
        assertThat(nul.location().end()).isEqualTo(159);
        assertThat(nul.fixes()).hasSize(1);
        assertThat(nul.fixes().get(0).edits().get(0).start()).isEqualTo(145);
    }

    @Test
    void holesAfterLimitBecomeParameters() {
        SqlTemplate t = SqlTemplate.builder().literal("SELECT a FROM t ORDER BY a LIMIT ", 0).hole().build();
        assertThat(t.text()).isEqualTo("SELECT a FROM t ORDER BY a LIMIT ?");
        assertThat(ids(spark.analyze(t).findings())).doesNotContain("parse-error");
    }

    @Test
    void disabledAndSeverityOverridesApply() {
        AnalyzerConfig c = AnalyzerConfig.builder().disable("select-star")
            .severity("null-comparison", dev.brickoptima.core.finding.Severity.INFO).build();
        SqlAnalysis r = new SqlAnalyzer(c).analyze("SELECT * FROM t WHERE a = NULL");
        assertThat(ids(r.findings())).containsExactly("null-comparison");
        assertThat(r.findings().get(0).severity()).isEqualTo(dev.brickoptima.core.finding.Severity.INFO);
    }

    private static Finding only(List<Finding> findings, String id) {
        List<Finding> f = findings.stream().filter(x -> x.ruleId().equals(id)).toList();
        assertThat(f).as("findings of %s in %s", id, findings).hasSize(1);
        return f.get(0);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
