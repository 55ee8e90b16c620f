package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SqlLiteralHeuristic} case by case: for each statement kind the shortest SQL it accepts and the near misses it
 * must refuse (a missing second keyword, mixed case, English filler, sentence punctuation, too few words), plus the
 * word splitting (quotes, comments, qualified names, a leading parenthesis).
 */
class SqlLiteralHeuristicCasesTest {
    private static final String[] SQL = {
        "SELECT a FROM t",
        "select a from t",
        "(SELECT a FROM t)",
        "SELECT a, 'the' FROM t",                         // filler inside quotes does not count
        "SELECT a /* the */ FROM t -- please\n",          // nor inside comments
        "WITH c AS (SELECT a FROM t) SELECT a FROM c",
        "INSERT INTO t VALUES (1)",
        "INSERT INTO t (a) SELECT a FROM u",
        "INSERT OVERWRITE t SELECT a FROM u",
        "insert into t values (1)",
        "UPDATE t SET a = 1",
        "UPDATE t x SET a = 1",
        "DELETE FROM t",
        "DELETE FROM t WHERE a = 1",
        "DELETE FROM t USING u WHERE t.a = u.a",
        "DELETE FROM t x WHERE x.a = 1",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE",
        "CREATE TABLE t (a INT)",
        "CREATE OR REPLACE TEMP VIEW v AS SELECT 1",
        "CREATE TABLE t USING delta LOCATION 'x'",
        "CREATE UNIQUE INDEX i ON t",
        "create table if not exists t as select 1",
        "SELECT s.a FROM sch.t s",
        "SELECT `from` FROM t",
        "SELECT a FROM",                                  // incomplete, but clearly meant as SQL: its parse error is dropped later
    };

    private static final String[] NOT_SQL = {
        null,
        "SELECT a",                                      // shorter than 10 characters
        "SELECT everything",
        "Select a file from the list",
        "SeLeCt a FROM t",
        "SELECT a from t",                                // keywords in mixed case styles
        "SELECT the a FROM t",
        "SELECT a FROM t.",
        "SELECT a FROM t!",
        "SELECT a FROM t:",
        "Please SELECT a FROM t",
        "WITH c AS x SELECT a FROM c",                    // no parenthesis
        "WITH c SELECT a FROM c AS (x)",                  // AS after SELECT
        "WITH c, d, e, f",
        "INSERT t VALUES (1)",
        "INSERT INTO t (a) (1)",
        "INSERT INTO VALUES",
        "UPDATE t WHERE a = 1 AND b",
        "UPDATE t SET a",                                 // no '='
        "UPDATE a b c SET x = 1",                         // SET too far
        "DELETE t WHERE a = 1",
        "DELETE FROM cache failed",
        "DELETE FROM cache now and later",
        "MERGE t USING s ON a = b",
        "MERGE INTO t s ON a = b",
        "MERGE INTO t USING s WHEN x",
        "CREATE something nice here",
        "CREATE TABLE t",
        "CREATE TABLE lists everything",
        "CREATE Or REPLACE VIEW v AS SELECT 1",
        "DROP TABLE t CASCADE NOW",
        "`SELECT` a FROM t",
        "'quoted' 'only' 'words' here",
    };

    @Test
    void acceptsClearSql() {
        for (String s : SQL) assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isTrue();
    }

    @Test
    void refusesNearMisses() {
        for (String s : NOT_SQL) assertThat(SqlLiteralHeuristic.clearlySql(s)).as(String.valueOf(s)).isFalse();
    }

    @Test
    void theSwitch() {
        assertThat(SqlLiteralHeuristic.of(true)).isSameAs(SqlLiteralHeuristic.ON);
        assertThat(SqlLiteralHeuristic.of(false)).isSameAs(SqlLiteralHeuristic.OFF);
        assertThat(SqlLiteralHeuristic.ON.enabled()).isTrue();
        assertThat(SqlLiteralHeuristic.OFF.enabled()).isFalse();
        assertThat(SqlLiteralHeuristic.ON.looksLikeSql("SELECT a FROM t")).isTrue();
        assertThat(SqlLiteralHeuristic.OFF.looksLikeSql("SELECT a FROM t")).isFalse();
        assertThat(SqlLiteralHeuristic.ON.looksLikeSql("Select a file")).isFalse();
    }
}
