package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.brickoptima.core.code.SqlPart.hole;
import static dev.brickoptima.core.code.SqlPart.literal;
import static org.assertj.core.api.Assertions.assertThat;

class InjectionCheckTest {
    private static final SqlSink EXECUTE_QUERY = SqlSinks.method("java.sql.Statement", "executeQuery", 0);

    @Test
    void unsafeHoleToExecutingSinkIsRisky() {
        List<SqlPart> parts = List.of(literal("SELECT id FROM users WHERE name = '"), hole("name", false), literal("'"));
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, parts, true)).containsExactly(1);
        assertThat(InjectionCheck.message(EXECUTE_QUERY, "name"))
            .isEqualTo("SQL injection risk: 'name' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter");
    }

    @Test
    void sqlTextPassedThroughIsNotSplicedIn() {
        List<SqlPart> parts = List.of(hole("sql", false), literal(" AND name = '"), hole("name", false), literal("'"));
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, parts, true)).containsExactly(2);
        // the same parts appended to SQL written before them: the leading value is spliced in
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, parts, false)).containsExactly(0, 2);
        // a query wrapped as a derived table is handed on too; the same hole in an IN list is a value
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT COUNT(*) FROM ("), hole("sql", false), literal(") c")), true)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT a FROM t WHERE id IN ("), hole("ids", false), literal(")")), true))
            .containsExactly(1);
    }

    @Test
    void myBatisSubstitutionMessage() {
        assertThat(InjectionCheck.myBatisMessage("${name}"))
            .isEqualTo("SQL injection risk: ${name} pastes the value into the SQL text; bind it with #{name}");
    }

    @Test
    void safeHolesAndAnnotationsAreNotRisky() {
        List<SqlPart> parts = List.of(literal("SELECT id FROM users WHERE id = "), hole("id", true));
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, parts, true)).isEmpty();
        SqlSink query = SqlSinks.annotation("org.springframework.data.jpa.repository.Query", "value");
        assertThat(InjectionCheck.riskyHoles(query, List.of(hole("x", false)), false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(null, List.of(hole("x", false)), false)).isEmpty();
    }

    @Test
    void quotedHoleBecomesAPlaceholder() {
        PreparedRewrite r = InjectionCheck.rewrite(
            List.of(literal("SELECT id FROM users WHERE name = '"), hole("user.getName()", false), literal("' AND active")), false);
        assertThat(r).isNotNull();
        assertThat(r.sqlText()).isEqualTo("SELECT id FROM users WHERE name = ? AND active");
        assertThat(r.params()).hasSize(1);
        assertThat(r.params().get(0).javaExpression()).isEqualTo("user.getName()");
        assertThat(r.params().get(0).position()).isZero();
        assertThat(r.params().get(0).holeIndex()).isEqualTo(1);
        assertThat(r.javaExpression()).isEqualTo("\"SELECT id FROM users WHERE name = ? AND active\"");
    }

    @Test
    void unquotedValuesAfterComparisonsInListsAndLimit() {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t WHERE x >= "), hole("lo", false),
            literal(" AND y IN ("), hole("p", false), literal(", "), hole("q", false),
            literal(") AND d BETWEEN "), hole("d1", false), literal(" AND "), hole("d2", false),
            literal(" LIMIT "), hole("n", true)), false);
        assertThat(r.sqlText()).isEqualTo("SELECT a FROM t WHERE x >= ? AND y IN (?, ?) AND d BETWEEN ? AND ? LIMIT ?");
        assertThat(r.params()).extracting(PreparedRewrite.Param::expression).containsExactly("lo", "p", "q", "d1", "d2", "n");
        assertThat(r.params()).extracting(PreparedRewrite.Param::position).containsExactly(0, 1, 2, 3, 4, 5);
    }

    /** A hole right after IN is the whole list: one bind parameter cannot stand for "(1, 2, 3)", so no rewrite is offered. */
    @Test
    void aListPastedAfterInIsNotRewrittenAsOneParameter() {
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT * FROM orders WHERE id IN "), hole("ids", false)), false)).isNull();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT * FROM orders WHERE id IN "), hole("ids", false)), true))
            .containsExactly(1);
    }

    @Test
    void likePatternMovesIntoTheParameter() {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t WHERE name LIKE '%"), hole("a + b", false), literal("%'")), false);
        assertThat(r.sqlText()).isEqualTo("SELECT a FROM t WHERE name LIKE ?");
        assertThat(r.params().get(0).javaExpression()).isEqualTo("\"%\" + (a + b) + \"%\"");
        assertThat(r.params().get(0).isPlainValue()).isFalse();
    }

    @Test
    void valuesRowsAndNumberedPlaceholders() {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(
            literal("INSERT INTO t (a, b) VALUES ('"), hole("a", false), literal("', "), hole("b", false), literal(")")), true);
        assertThat(r.sqlText()).isEqualTo("INSERT INTO t (a, b) VALUES (?1, ?2)");
    }

    @Test
    void identifierPositionCannotBeBound() {
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT a FROM "), hole("table", false)), false)).isNull();
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT "), hole("col", false), literal(" FROM t")), false)).isNull();
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT a FROM t WHERE x = "), hole("v", false), literal("1")), false)).isNull();
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT a FROM t WHERE x = "), hole("v", false), hole("w", false)), false)).isNull();
        // a function call's parenthesis is not a value list
        assertThat(InjectionCheck.rewrite(List.of(literal("SELECT max("), hole("c", false), literal(") FROM t")), false)).isNull();
    }

    @Test
    void safeHoleInIdentifierPositionStaysConcatenated() {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t_"), hole("Region.EU", true), literal(" WHERE name = '"), hole("n", false), literal("'")), false);
        assertThat(r.sqlText()).isNull();
        assertThat(r.javaExpression()).isEqualTo("\"SELECT a FROM t_\" + Region.EU + \" WHERE name = ?\"");
        assertThat(r.params()).hasSize(1);
    }

    @Test
    void namedConstantsStayNamed() {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(
            literal("SELECT "), SqlPart.constant("id, name", "COLUMNS"), literal(" FROM users WHERE name = '"),
            hole("name", false), literal("'")), false);
        assertThat(r.sqlText()).isEqualTo("SELECT id, name FROM users WHERE name = ?");
        assertThat(r.javaExpression()).isEqualTo("\"SELECT \" + COLUMNS + \" FROM users WHERE name = ?\"");
        // the quote around a hole cannot be taken out of a constant
        assertThat(InjectionCheck.rewrite(List.of(SqlPart.constant("SELECT a FROM t WHERE s = '", "Q"), hole("s", false), literal("'")), false)).isNull();
    }

    @Test
    void newPlaceholdersMustFollowExistingOnes() {
        PreparedRewrite ok = InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t WHERE x = ? AND y = "), hole("y", false)), false);
        assertThat(ok.existingPlaceholders()).isEqualTo(1);
        assertThat(ok.params().get(0).position()).isEqualTo(1);
        assertThat(InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t WHERE y = "), hole("y", false), literal(" AND x = ?")), false)).isNull();
    }

    @Test
    void quoteInsideTheStringIsLeftAlone() {
        assertThat(InjectionCheck.rewrite(List.of(
            literal("SELECT a FROM t WHERE s = 'it''s "), hole("x", false), literal("'")), false).params().get(0).javaExpression())
            .isEqualTo("\"it's \" + x");
        assertThat(InjectionCheck.METADATA.id()).isEqualTo("sql-injection");
    }
}
