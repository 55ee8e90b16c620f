package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SqlLiteralHeuristic} on JPQL/HQL (which reads like SQL but is not) and on the word splitting its decisions
 * rest on: quotes of every kind, comments, qualified names, unterminated text at the end.
 */
class SqlLiteralHeuristicJpqlAndWordsTest {
    private static final String[] JPQL = {
        "SELECT o FROM Order o",
        "SELECT o FROM Order AS o",
        "select o from Order o where o.id = 1",
        "SELECT DISTINCT o FROM Order o",
        "SELECT COUNT(o) FROM Order o",
        "SELECT c FROM Customer c JOIN FETCH c.orders",
        "select c from Customer c left join Fetch c.orders",
        "SELECT NEW com.acme.Dto(o.id) FROM Order o",
        "SELECT o.id FROM Order o WHERE :tag MEMBER OF o.tags",
    };

    private static final String[] SQL = {
        "SELECT o.id FROM orders o",          // a column, not the range variable
        "SELECT a FROM t b",
        "SELECT a FROM t",
        "SELECT a FROM t AS",                  // an alias cut off: no range variable to compare
        "SELECT x FROM T AS y",
        "SELECT a, b FROM t AS a",             // the second word is not FROM
        "SELECT DISTINCT a FROM t",
        "SELECT COUNT(*) FROM t",
        "SELECT o FROM s.o o2",
        "SELECT 'it''s' FROM t",
        "SELECT a FROM t WHERE x = 'the",      // an unterminated quote hides the rest
        "SELECT `the` FROM t",
        "SELECT \"your\" FROM t",
        "SELECT a -- the\nFROM t",
        "SELECT a FROM t --",
        "SELECT a FROM t /* the",
        "SELECT a/**/FROM t",
        "SELECT a FROM s._t",
        "SELECT a$b FROM t",
        "SELECT a1 FROM t2",
        "SELECT _a FROM t",
        "SELECT a - b FROM t",
        "SELECT a / b FROM t",
        "SELECT a FROM t -",
        "SELECT a FROM t.your",                // a qualified name is one word: no filler in it
        "(WITH c AS (SELECT a FROM t) SELECT a FROM c)", // parenthesised: the first parenthesis at index 0
        "(CREATE TABLE t (a INT))",
    };

    private static final String[] NOT_SQL = {
        "SELECT a -- FROM t",                  // FROM only in a comment
        "SELECT a /* FROM */ t x y",
        "SELECT a 'FROM' t x",
        "SELECT a `FROM` t x",
        "SELECT the_a FROM t WHERE the = 1",   // the filler word outside quotes
        // too few words for the second keyword where it is looked for (a scanner reading past them would throw)
        "UPDATE t x = 1",
        "DELETE FROM t alias",
        "SELECT DISTINCT abc",
        "CREATE OR REPLACE VIEW ()",           // no name
    };

    @Test
    void jpqlIsNotSql() {
        for (String s : JPQL) assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isFalse();
    }

    @Test
    void sqlThatLooksAlikeIsSql() {
        for (String s : SQL) assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isTrue();
    }

    @Test
    void wordsInCommentsAndQuotesDoNotCount() {
        for (String s : NOT_SQL) assertThat(SqlLiteralHeuristic.clearlySql(s)).as(s).isFalse();
    }
}
