package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement text the SQL guard and the server analysis work on: which statements EXPLAIN can plan, the highest
 * {@code $n} parameter (what pg_stat_statements normalises constants to), and JDBC's {@code ?} placeholders rewritten
 * to {@code $n}, with strings, comments and dollar quotes left alone.
 */
class PgStatementTextTest {
    @Test
    void plannableStatementsByTheirFirstKeyword() {
        for (String sql : new String[]{"SELECT 1", "with x as (select 1) select * from x", "INSERT INTO t VALUES (1)", "update t set a = 1",
            "DELETE FROM t", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "VALUES (1), (2)", "TABLE orders",
            "  /* generated */ -- by the ORM\n ((SELECT 1))"}) {
            assertThat(PgStatements.isPlannable(sql)).as(sql).isTrue();
        }
        for (String sql : new String[]{"EXPLAIN SELECT 1", "CREATE TABLE t (a int)", "SET work_mem = '64MB'", "BEGIN", "", "   ",
            "-- only a comment", "(", "123", "'select'"}) {
            assertThat(PgStatements.isPlannable(sql)).as(sql).isFalse();
        }
        assertThat(PgStatements.firstWord("  /* x */ (Select 1)")).isEqualTo("select");
        assertThat(PgStatements.firstWord("/* only */")).isNull();
        assertThat(PgStatements.firstWord("42")).isNull();
    }

    @Test
    void highestPositionalParameter() {
        assertThat(PgParameters.highestPositional("SELECT * FROM t WHERE a = $1 AND b IN ($12, $3)")).isEqualTo(12);
        assertThat(PgParameters.highestPositional("SELECT 1")).isZero();
        assertThat(PgParameters.highestPositional("")).isZero();
        // inside a string, a comment or a dollar-quoted body it is text
        assertThat(PgParameters.highestPositional("SELECT '$9', $2 /* $8 */ -- $7\n, $$ $6 $$")).isEqualTo(2);
        // five digits are a parameter number; six and more are not (pg_stat_statements never numbers that high)
        assertThat(PgParameters.highestPositional("SELECT $99999")).isEqualTo(99999);
        assertThat(PgParameters.highestPositional("SELECT $100000")).isZero();
        // '$' and the number must touch; a decimal is no parameter number
        assertThat(PgParameters.highestPositional("SELECT $ 4")).isZero();
        assertThat(PgParameters.highestPositional("SELECT $4.5")).isZero();
        assertThat(PgParameters.highestPositional("SELECT $4")).isEqualTo(4);
    }

    @Test
    void jdbcPlaceholdersBecomeNumberedParameters() {
        assertThat(PgParameters.jdbcToPositional("SELECT * FROM t WHERE a = ? AND b > ? LIMIT ?"))
            .isEqualTo("SELECT * FROM t WHERE a = $1 AND b > $2 LIMIT $3");
        // "??" is JDBC's escape for PostgreSQL's ? operator; strings and comments keep their question marks
        assertThat(PgParameters.jdbcToPositional("SELECT data ?? 'k', '?' /* ? */ FROM t WHERE id = ?"))
            .isEqualTo("SELECT data ? 'k', '?' /* ? */ FROM t WHERE id = $1");
        assertThat(PgParameters.jdbcToPositional("SELECT ?")).isEqualTo("SELECT $1");
        assertThat(PgParameters.jdbcToPositional("?")).isEqualTo("$1");
        assertThat(PgParameters.jdbcToPositional("SELECT 1")).isEqualTo("SELECT 1");
        assertThat(PgParameters.jdbcToPositional("SELECT ??")).isEqualTo("SELECT ?");
    }
}
