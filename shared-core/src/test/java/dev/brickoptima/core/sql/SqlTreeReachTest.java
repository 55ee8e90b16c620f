package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import net.sf.jsqlparser.schema.Column;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place the walk of {@link SqlTree} reaches into: one column {@code zz} hidden in each (a CTE of a set operation,
 * of an INSERT, UPDATE or DELETE, an aggregate's FILTER, a simple CASE's operand, a DELETE's join, each
 * pipe operator, a LATERAL VIEW), found with the clause a rule sees it in. A child the walk skips is a place no rule
 * ever looks; {@link SqlTreeShapeTest} pins the whole tree of the common statement forms.
 */
class SqlTreeReachTest {
    /** Dialect, statement, clause of column zz (its first occurrence). */
    private static final String[][] CASES = {
        {"ANSI", "WITH c AS (SELECT zz FROM t) SELECT a FROM c UNION SELECT b FROM u", "SELECT"},
        {"ANSI", "(SELECT a FROM t ORDER BY zz) UNION (SELECT b FROM u)", "ORDER_BY"},
        {"ANSI", "SELECT a FROM (WITH c AS (SELECT zz FROM t) SELECT * FROM c) x", "SELECT"},
        {"POSTGRES", "WITH c AS (SELECT zz FROM u) INSERT INTO t SELECT * FROM c", "SELECT"},
        {"POSTGRES", "WITH c AS (SELECT zz FROM u) UPDATE t SET a = 1 WHERE a IN (SELECT * FROM c)", "SELECT"},
        {"POSTGRES", "WITH c AS (SELECT zz FROM u) DELETE FROM t WHERE a IN (SELECT * FROM c)", "SELECT"},
        {"POSTGRES", "SELECT count(*) FILTER (WHERE zz > 0) FROM t", "SELECT"},
        {"ANSI", "SELECT CASE zz WHEN 1 THEN 2 END FROM t", "SELECT"},
        {"MYSQL", "DELETE t FROM t JOIN u ON t.k = u.zz WHERE t.a = 1", "ON"},
        {"SPARK", "FROM t |> SET a = zz", "SELECT"},
        {"SPARK", "FROM t |> JOIN u ON t.k = u.zz", "ON"},
        {"SPARK", "FROM t |> UNION ALL (SELECT zz FROM u)", "SELECT"},
        {"SPARK", "FROM t |> AGGREGATE sum(zz) AS s GROUP BY k", "SELECT"},
        {"SPARK", "SELECT a FROM t LATERAL VIEW explode(zz) x AS y", "FROM"},
    };

    @Test
    void everyPlaceTheWalkReaches() {
        for (String[] c : CASES) {
            SqlParser parser = new SqlParser(Dialect.valueOf(c[0]), null);
            ParseOutcome o = parser.parse(c[1]);
            assertThat(o.ok()).as("%s: %s", c[1], o.error()).isTrue();
            List<SqlNode> zz = SqlTree.of(o.statement()).all(Column.class).stream()
                .filter(n -> ((Column) n.value()).getColumnName().equals("zz")).toList();
            assertThat(zz).as(c[1]).isNotEmpty();
            assertThat(zz.get(0).clause()).as(c[1]).hasToString(c[2]);
        }
    }
}
