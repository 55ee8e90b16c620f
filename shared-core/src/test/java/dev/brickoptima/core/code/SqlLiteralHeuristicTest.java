package dev.brickoptima.core.code;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlLiteralHeuristicTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT id, name FROM users WHERE id = ?",
        "select a from t",
        "  SELECT * FROM t",
        "WITH x AS (SELECT 1 AS a FROM t) SELECT a FROM x",
        "INSERT INTO t (a, b) VALUES (?, ?)",
        "insert overwrite table t select * from s",
        "UPDATE accounts SET balance = balance - ? WHERE id = ?",
        "UPDATE accounts a SET balance = 0",
        "DELETE FROM sessions WHERE expires < now()",
        "DELETE FROM sessions",
        // a qualified table is one name (it used to split into two words and miss the statement)
        "DELETE FROM s.t",
        "DELETE FROM app.sessions WHERE expires < now()",
        "UPDATE app.accounts SET balance = 0",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v",
        "CREATE TABLE t (id INT, name STRING)",
        "CREATE OR REPLACE TEMPORARY VIEW v AS SELECT * FROM t",
        "create index idx_a on t (a)",
        "SELECT a FROM t WHERE s = 'The end.'",
    })
    void recognisesSql(String s) {
        assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isTrue();
        assertThat(SqlLiteralHeuristic.ON.looksLikeSql(s)).isTrue();
        assertThat(SqlLiteralHeuristic.OFF.looksLikeSql(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Select a file from the list",
        "select a file from the list",
        "Select one from several options",
        "SELECT a value",
        "Update the record",
        "update settings set by user.",
        "Delete from disk",
        "delete from cache failed",
        "Insert into table",
        "With this option you can select from many",
        "Create table failed: permission denied",
        "create table",
        "SELECT",
        "selection from list",
        "Merge into main branch",
        "",
    })
    void rejectsProse(String s) {
        assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isFalse();
    }

    @Test
    void nullIsNotSql() {
        assertThat(SqlLiteralHeuristic.clearlySql(null)).isFalse();
        assertThat(SqlLiteralHeuristic.of(false)).isSameAs(SqlLiteralHeuristic.OFF);
    }
}
