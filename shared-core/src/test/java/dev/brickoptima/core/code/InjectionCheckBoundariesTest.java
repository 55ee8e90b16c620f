package dev.brickoptima.core.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.brickoptima.core.code.SqlPart.hole;
import static dev.brickoptima.core.code.SqlPart.literal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InjectionCheck} at its boundaries: a quote or dash as the last character, keywords as the first token,
 * nested parentheses in a value list, two holes in a row, and derived tables of the shortest form.
 */
class InjectionCheckBoundariesTest {
    private static final SqlSink EXECUTE_QUERY = SqlSinks.method("java.sql.Statement", "executeQuery", 0);

    private static String rewritten(SqlPart... parts) {
        PreparedRewrite r = InjectionCheck.rewrite(List.of(parts), false);
        return r == null ? null : r.javaExpression() + " <- " + r.params().stream().map(p -> p.holeIndex() + ":" + p.javaExpression() + "@" + p.position()).toList()
            + (r.existingPlaceholders() > 0 ? " after " + r.existingPlaceholders() : "");
    }

    @Test
    void theLastCharacterOfTheTextSoFar() {
        // a string closed right at the end, a lone dash at the end: neither opens anything
        assertThat(rewritten(literal("WHERE s = 'a'"), hole("n", true))).isEqualTo("\"WHERE s = 'a'\" + n <- []");
        assertThat(rewritten(literal("SELECT a -"), hole("n", true))).isEqualTo("\"SELECT a -\" + n <- []");
        // one dash is an operator, not a comment: the quote after it opens a string
        assertThat(rewritten(literal("SELECT a FROM t WHERE a - 1 = '"), hole("v", false), literal("'")))
            .isEqualTo("\"SELECT a FROM t WHERE a - 1 = ?\" <- [1:v@0]");
    }

    @Test
    void whereAValueGoes() {
        // nothing before the hole, or an operator that takes no value
        assertThat(rewritten(hole("v", false))).isNull();
        assertThat(rewritten(literal("SELECT a + "), hole("v", false))).isNull();
        assertThat(rewritten(literal("SELECT a + "), hole("v", true))).isEqualTo("\"SELECT a + \" + v <- []");
        // BETWEEN x AND <value>, also as the first tokens
        assertThat(rewritten(literal("BETWEEN 1 AND "), hole("v", false))).isEqualTo("\"BETWEEN 1 AND ?\" <- [1:v@0]");
        assertThat(rewritten(literal("1 AND "), hole("v", false))).isNull();
        // an IN list with a call in it, a VALUES row as the first tokens, and rows after something that is no VALUES
        assertThat(rewritten(literal("SELECT a FROM t WHERE x IN (f(1), "), hole("v", false), literal(")")))
            .isEqualTo("\"SELECT a FROM t WHERE x IN (f(1), ?)\" <- [1:v@0]");
        assertThat(rewritten(literal("VALUES (1), ("), hole("v", false), literal(")"))).isEqualTo("\"VALUES (1), (?)\" <- [1:v@0]");
        assertThat(rewritten(literal("CALL f(1), ("), hole("v", false), literal(")"))).isNull();
        // a hole followed by another hole is glued to it: not a value of its own
        assertThat(rewritten(literal("SELECT a FROM t WHERE x = "), hole("a", false), hole("b", true))).isNull();
        // new parameters after an existing one
        assertThat(rewritten(literal("SELECT a FROM t WHERE a = ? AND b = "), hole("v", false)))
            .isEqualTo("\"SELECT a FROM t WHERE a = ? AND b = ?\" <- [1:v@1] after 1");
        assertThat(rewritten(literal("SELECT a FROM t WHERE b = "), hole("v", false), literal(" AND a = ?"))).isNull();
    }

    @Test
    void derivedTablesOfTheShortestForm() {
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("FROM ("), hole("q", false), literal(") x")), false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("JOIN("), hole("q", false), literal(")")), false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("("), hole("q", false), literal(") x")), false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("IN ("), hole("q", false), literal(")")), false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT a FROM ("), hole("q", false), literal(" x")), false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT a FROM ("), hole("q", false), hole("r", false), literal(")")), false))
            .containsExactly(1, 2);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(hole("q", false), literal(") x")), false)).containsExactly(0);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(literal("SELECT a FROM ("), hole("q", false)), false)).containsExactly(1);
    }

    @Test
    void onlySinksThatRunTextAreAtRisk() {
        List<SqlPart> parts = List.of(literal("SELECT a FROM t WHERE x = "), hole("v", false));
        assertThat(InjectionCheck.riskyHoles(null, parts, false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(SqlSinks.annotation("org.apache.ibatis.annotations.Select", "value"), parts, false)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, parts, false)).containsExactly(1);
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(hole("sql", false), literal(" LIMIT 1")), true)).isEmpty();
        assertThat(InjectionCheck.riskyHoles(EXECUTE_QUERY, List.of(hole("sql", false), literal(" AND x = "), hole("v", false)), true)).containsExactly(2);
    }
}
