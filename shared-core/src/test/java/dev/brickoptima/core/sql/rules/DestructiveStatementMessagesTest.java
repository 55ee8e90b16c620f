package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the read-only guard says about each kind of statement: the text it underlines, the message naming the
 * statement kind and its target as written, and the hint; and which statements pass (queries, inspection, session and
 * transaction commands, cache commands).
 */
class DestructiveStatementMessagesTest {
    /** Statement; underlined text, message and hint (null: no finding). */
    private static final String[][] SPARK = {
        {"DROP TABLE IF EXISTS db.sales", "DROP TABLE IF EXISTS db.sales", "DROP TABLE db.sales is not allowed under the read-only profile", "Run DROP TABLE through a reviewed migration or admin path, not through the read-only channel"},
        {"TRUNCATE TABLE sales", "TRUNCATE TABLE sales", "TRUNCATE TABLE sales is not allowed under the read-only profile", "Run TRUNCATE TABLE through a reviewed migration or admin path, not through the read-only channel"},
        {"DELETE FROM sales WHERE dt < '2020-01-01'", "DELETE FROM sales", "DELETE FROM sales is not allowed under the read-only profile", "Run DELETE FROM through a reviewed migration or admin path, not through the read-only channel"},
        {"ALTER TABLE sales ADD COLUMNS (note STRING)", "ALTER TABLE sales", "ALTER TABLE sales is not allowed under the read-only profile", "Run ALTER TABLE through a reviewed migration or admin path, not through the read-only channel"},
        {"UPDATE sales SET amount = 0 WHERE id = 1", "UPDATE sales", "UPDATE sales is not allowed under the read-only profile", "Run UPDATE through a reviewed migration or admin path, not through the read-only channel"},
        {"INSERT INTO sales (id, amount) VALUES (1, 2.0)", "INSERT INTO sales", "INSERT INTO sales is not allowed under the read-only profile", "Run INSERT INTO through a reviewed migration or admin path, not through the read-only channel"},
        {"INSERT OVERWRITE TABLE sales SELECT * FROM staged", "INSERT OVERWRITE TABLE sales", "INSERT OVERWRITE sales is not allowed under the read-only profile", "Run INSERT OVERWRITE through a reviewed migration or admin path, not through the read-only channel"},
        {"MERGE INTO sales t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.amount = s.amount", "MERGE INTO sales", "MERGE INTO sales is not allowed under the read-only profile", "Run MERGE INTO through a reviewed migration or admin path, not through the read-only channel"},
        {"CREATE OR REPLACE TEMP VIEW v AS SELECT id FROM sales", "CREATE OR REPLACE TEMP VIEW v", "CREATE VIEW v is not allowed under the read-only profile", "Run CREATE VIEW through a reviewed migration or admin path, not through the read-only channel"},
        {"CREATE TABLE t2 AS SELECT id FROM sales", "CREATE TABLE t2", "CREATE TABLE t2 is not allowed under the read-only profile", "Run CREATE TABLE through a reviewed migration or admin path, not through the read-only channel"},
        {"CREATE EXTERNAL TABLE IF NOT EXISTS t3 (a INT)", "CREATE EXTERNAL TABLE IF NOT EXISTS t3", "CREATE TABLE t3 is not allowed under the read-only profile", "Run CREATE TABLE through a reviewed migration or admin path, not through the read-only channel"},
        {"GRANT SELECT ON TABLE sales TO analysts", "GRANT SELECT", "GRANT on sales is not allowed under the read-only profile", "Run GRANT through a reviewed migration or admin path, not through the read-only channel"},
        {"/* generated */ drop view v", "drop view v", "DROP VIEW v is not allowed under the read-only profile", "Run DROP VIEW through a reviewed migration or admin path, not through the read-only channel"},
        {"SELECT id INTO backup_sales FROM sales", "INTO backup_sales", "SELECT ... INTO backup_sales creates a table; not allowed under the read-only profile", "Remove the INTO clause: a read-only connection may only query"},
        {"EXPLAIN DELETE FROM sales", "EXPLAIN DELETE FROM sales", "DELETE FROM sales is not allowed under the read-only profile", "Run DELETE FROM through a reviewed migration or admin path, not through the read-only channel"},
        {"EXPLAIN ANALYZE DELETE FROM sales", "EXPLAIN ANALYZE DELETE FROM sales", "DELETE FROM sales is not allowed under the read-only profile", "Run DELETE FROM through a reviewed migration or admin path, not through the read-only channel"},
        {"SELECT id FROM sales", null, null, null},
        {"SHOW TABLES", null, null, null},
        {"DESCRIBE sales", null, null, null},
        {"USE db", null, null, null},
        {"SET x = 1", null, null, null},
        {"VACUUM `db`.sales.orders RETAIN 0 HOURS", "VACUUM `db`.sales.orders", "Spark VACUUM command is not allowed under the read-only profile", "Run VACUUM through a reviewed maintenance job, not through the read-only channel"},
        {"VACUUM sales RETAIN 0 HOURS", "VACUUM sales RETAIN", "Spark VACUUM command is not allowed under the read-only profile", "Run VACUUM through a reviewed maintenance job, not through the read-only channel"},
        {"OPTIMIZE sales", "OPTIMIZE sales", "Spark OPTIMIZE command is not allowed under the read-only profile", "Run OPTIMIZE through a reviewed maintenance job, not through the read-only channel"},
        {"CACHE TABLE sales", null, null, null},
        {"REFRESH TABLE sales", "REFRESH TABLE sales", "Spark REFRESH command is not allowed under the read-only profile", "Run REFRESH through a reviewed maintenance job, not through the read-only channel"},
        {"COPY INTO sales FROM (SELECT a FROM 's3://b/p') FILEFORMAT = CSV", "COPY INTO", "COPY is not allowed under the read-only profile", "Run COPY through a reviewed migration or admin path, not through the read-only channel"},
        {"CREATE MATERIALIZED VIEW mv AS SELECT a FROM t", "CREATE MATERIALIZED VIEW mv", "CREATE VIEW mv is not allowed under the read-only profile", "Run CREATE VIEW through a reviewed migration or admin path, not through the read-only channel"},
        {"COMMIT", null, null, null},
    };

    private static final String[][] POSTGRES = {
        {"EXPLAIN (ANALYZE, FORMAT JSON) DELETE FROM t", "EXPLAIN (ANALYZE, FORMAT JSON) DELETE FROM t", "DELETE FROM t is not allowed under the read-only profile", "Run DELETE FROM through a reviewed migration or admin path, not through the read-only channel"},
        {"REVOKE SELECT ON t FROM u", "REVOKE SELECT", "REVOKE is not allowed under the read-only profile", "Run REVOKE through a reviewed migration or admin path, not through the read-only channel"},
        {"CALL refresh_all()", "CALL refresh_all", "CALL is not allowed under the read-only profile", "Run CALL through a reviewed migration or admin path, not through the read-only channel"},
        {"SAVEPOINT s1", null, null, null},
        {"ROLLBACK", null, null, null},
        {"RESET ALL", null, null, null},
        {"SHOW search_path", null, null, null},
        {"CREATE UNIQUE INDEX i ON t (a)", "CREATE UNIQUE", "CREATE INDEX is not allowed under the read-only profile", "Run CREATE INDEX through a reviewed migration or admin path, not through the read-only channel"},
        {"CREATE UNLOGGED TABLE u (a int)", "CREATE UNLOGGED TABLE u", "CREATE TABLE u is not allowed under the read-only profile", "Run CREATE TABLE through a reviewed migration or admin path, not through the read-only channel"},
    };

    private static void check(Dialect dialect, String[][] cases) {
        SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.builder().dialect(dialect).profile(Profile.READ_ONLY)
            .only(DestructiveStatementRule.METADATA.id()).build());
        for (String[] c : cases) {
            List<Finding> found = analyzer.analyze(c[0]).findings();
            if (c[1] == null) {
                assertThat(found).as(c[0]).isEmpty();
                continue;
            }
            assertThat(found).as(c[0]).hasSize(1);
            Finding f = found.get(0);
            assertThat(f.ruleId()).isEqualTo("destructive-statement");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(c[0].substring(f.location().start(), f.location().end())).as(c[0]).isEqualTo(c[1]);
            assertThat(f.message()).as(c[0]).isEqualTo(c[2]);
            assertThat(f.fixes()).as(c[0]).hasSize(1);
            assertThat(f.fixes().get(0).isHint()).isTrue();
            assertThat(f.fixes().get(0).description()).as(c[0]).isEqualTo(c[3]);
        }
    }

    @Test
    void sparkStatementsAndCommands() {
        check(Dialect.SPARK, SPARK);
    }

    @Test
    void postgresStatements() {
        check(Dialect.POSTGRES, POSTGRES);
    }
}
