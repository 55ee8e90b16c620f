package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.brickoptima.core.code.SqlPart.hole;
import static dev.brickoptima.core.code.SqlPart.literal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bind-parameter rewrite of {@link InjectionCheck} at the edges {@link InjectionCheckTest} leaves open: later VALUES
 * rows, quotes inside comments and doubled quotes, what may follow a hole, ILIKE/OFFSET, existing placeholders (and a
 * '?' inside a string that is none), named parameters, derived tables, and the message for each kind of sink. Where no
 * rewrite is safe the answer is null, so a quick fix is never offered that would change the statement.
 */
class InjectionCheckRewritesTest {
    private static final SqlSink EXECUTE_QUERY = SqlSinks.method("java.sql.Statement", "executeQuery", 0);

    private static String rewritten(boolean numbered, SqlPart... parts) {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(parts), numbered);
        return r == null ? null : r.sqlText() + " <- " + r.params().stream()
            .map(p -> p.holeIndex() + ":" + p.expression() + "[" + p.prefix() + "|" + p.suffix() + "]@" + p.position()).toList();
    }

    @Test
    void everyRowOfAValuesListIsAValuePosition() {
        SqlPart[] rows = {literal("INSERT INTO t VALUES ("), hole("a", false), literal(", "), hole("b", false), literal("), ("),
            hole("c", false), literal(", "), hole("d", false), literal(")")};
        assertThat(rewritten(false, rows)).isEqualTo("INSERT INTO t VALUES (?, ?), (?, ?) <- [1:a[|]@0, 3:b[|]@1, 5:c[|]@2, 7:d[|]@3]");
        assertThat(rewritten(true, rows)).isEqualTo("INSERT INTO t VALUES (?1, ?2), (?3, ?4) <- [1:a[|]@0, 3:b[|]@1, 5:c[|]@2, 7:d[|]@3]");
        // a second parenthesis after a select item, a row of a row-value IN list, a bare parenthesis: not a VALUES row
        assertThat(rewritten(false, literal("SELECT f(x), ("), hole("a", false), literal(")"))).isNull();
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE (x, y) IN ((1, 2), ("), hole("a", false), literal(", 3))"))).isNull();
        assertThat(rewritten(false, literal("("), hole("y", false), literal(")"))).isNull();
        assertThat(rewritten(false, literal(", "), hole("y", false))).isNull();
    }

    @Test
    void quotesInCommentsAndDoubledQuotes() {
        // the quote in a line comment opens no string
        assertThat(rewritten(false, literal("SELECT a -- it's a comment\nFROM t WHERE x = "), hole("v", false)))
            .isEqualTo("SELECT a -- it's a comment\nFROM t WHERE x = ? <- [1:v[|]@0]");
        assertThat(rewritten(false, literal("/* c */ = "), hole("y", false))).isEqualTo("/* c */ = ? <- [1:y[|]@0]");
        // a doubled quote inside the string is one quote of the parameter's text
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = 'it''s "), hole("v", false), literal("'")))
            .isEqualTo("SELECT a FROM t WHERE s = ? <- [1:v[it's |]@0]");
        // the string goes on past a doubled quote after the hole, holds a backslash, never closes, or opened in a constant
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = '"), hole("v", false), literal("'' x'"))).isNull();
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = 'a\\"), hole("v", false), literal("'"))).isNull();
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = '"), hole("v", false), literal("\\b'"))).isNull();
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = '"), hole("v", false))).isNull();
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE s = '"), SqlPart.constant("x", "C"), hole("v", false), literal("'")))
            .isNull();
    }

    @Test
    void aHoleIsAValueOnlyWhenNothingIsGluedToIt() {
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE x = "), hole("v", false), literal(""))).isEqualTo("SELECT a FROM t WHERE x = ? <- [1:v[|]@0]");
        for (String glued : List.of(".5", "_a", "'", "\"", "`")) {
            assertThat(rewritten(false, literal("SELECT a FROM t WHERE x = "), hole("v", false), literal(glued))).as(glued).isNull();
        }
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE x ILIKE "), hole("p", false), literal(" OFFSET "), hole("o", false), literal(" -- done")))
            .isEqualTo("SELECT a FROM t WHERE x ILIKE ? OFFSET ? -- done <- [1:p[|]@0, 3:o[|]@1]");
        // AND is a value position only as the second bound of BETWEEN
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE x < "), hole("p", false), literal(" AND y > "), hole("q", false),
            literal(" AND z AND "), hole("r", false))).isNull();
        assertThat(rewritten(false, literal("AND "), hole("r", false))).isNull();
        // a hole that starts the text is SQL handed on, not a value
        assertThat(rewritten(false, hole("sql", false), literal(" WHERE x = "), hole("y", false))).isNull();
    }

    @Test
    void existingAndNamedPlaceholders() {
        assertThat(rewritten(false, literal("SELECT a FROM t WHERE x = ? AND y = "), hole("y", false)))
            .isEqualTo("SELECT a FROM t WHERE x = ? AND y = ? <- [1:y[|]@1]");
        // numbered placeholders cannot be interleaved with existing plain ones
        assertThat(rewritten(true, literal("SELECT a FROM t WHERE x = ? AND y = "), hole("y", false))).isNull();
        // a '?' inside a string is no placeholder
        assertThat(rewritten(true, literal("SELECT a FROM t WHERE x = '?' AND y = "), hole("y", false)))
            .isEqualTo("SELECT a FROM t WHERE x = '?' AND y = ?1 <- [1:y[|]@0]");
        assertThat(InjectionCheck.hasNamedParameters(List.of(literal("SELECT a FROM t WHERE x = :x AND y = "), hole("y", false)))).isTrue();
        assertThat(InjectionCheck.hasNamedParameters(List.of(literal("SELECT a FROM t WHERE x = ? AND y = "), hole("y", false)))).isFalse();
        assertThat(InjectionCheck.hasNamedParameters(List.of(literal("SELECT ':x' FROM t WHERE y = "), hole("y", false)))).isFalse();
    }

    @Test
    void derivedTablesAreSqlHandedOnButOtherParenthesesAreNot() {
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM ("), hole("a", false),
            literal(") t JOIN ("), hole("b", false), literal(") u ON t.k = u.k")), false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM t JOIN ( "), hole("b", false),
            literal(" ) u ON 1 = 1")), false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM t WHERE x IN ("), hole("b", false),
            literal(")")), false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("("), hole("b", false), literal(")")), false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM ("), hole("a", false), hole("b", false),
            literal(") t")), false)).containsExactly(1, 2);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM ("), hole("a", false), literal(" t")), false))
            .containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM ("), hole("a", false)), false)).containsExactly(1);
    }

    @Test
    void theMessageNamesTheSinkAndWhatItDoes() {
        String expression = "user.getName()\n  .trim() + other.value().toString() + x";
        assertThat(InjectionCheck.message(EXECUTE_QUERY, expression)).isEqualTo("SQL injection risk: 'user.getName()   .trim() + "
            + "other.valu...' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter");
        assertThat(InjectionCheck.message(SqlSinks.method("java.sql.Connection", "prepareStatement", 0), "name"))
            .isEqualTo("SQL injection risk: 'name' is concatenated into SQL that Connection.prepareStatement prepares; pass it as a bind parameter");
        SqlSink jooq = SqlSinks.all().stream().filter(s -> s.owner().equals("org.jooq.impl.DSL") && s.member().equals("sql")).findFirst().orElseThrow();
        assertThat(InjectionCheck.message(jooq, "a".repeat(40)))
            .isEqualTo("SQL injection risk: '" + "a".repeat(40) + "' is concatenated into SQL that DSL.sql embeds; pass it as a bind parameter");
    }
}
