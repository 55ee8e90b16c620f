package dev.brickoptima.core.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SqlTemplate}: the text each hole becomes (so the statement parses as the code means it) and how offsets of the
 * analysed text map back to the source, inside literals, in holes (snapping to the nearest literal) and past the end.
 */
class SqlTemplateHolesAndOffsetsTest {
    /** Offsets in the source: a literal at 100, a hole, a literal at 200. */
    private static SqlTemplate twoLiterals() {
        return SqlTemplate.builder().literal("SELECT a FROM t WHERE id = ", 100).hole().literal(" AND b = 1", 200).build();
    }

    @Test
    void eachHoleBecomesWhatParsesInItsPlace() {
        assertThat(twoLiterals().text()).isEqualTo("SELECT a FROM t WHERE id = __1 AND b = 1");
        assertThat(SqlTemplate.builder().literal("SELECT a FROM t LIMIT ", 0).hole().literal(" offset  ", 30).hole().build().text())
            .isEqualTo("SELECT a FROM t LIMIT ? offset  ?");
        assertThat(SqlTemplate.builder().literal("SELECT TOP ", 0).hole().literal(" a FROM t WHERE id in", 20).hole()
            .literal(" FETCH ", 40).hole().build().text()).isEqualTo("SELECT TOP ? a FROM t WHERE id in(__2) FETCH ?");
        // a word glued to a digit or underscore is no keyword; a hole at the start has no word before it
        assertThat(SqlTemplate.builder().literal("SELECT a FROM t WHERE x_in ", 0).hole().literal(" AND y = 2IN", 40).hole().build().text())
            .isEqualTo("SELECT a FROM t WHERE x_in __1 AND y = 2IN__2");
        SqlTemplate leading = SqlTemplate.builder().hole().literal(" LIMIT 1", 7).build();
        assertThat(leading.text()).isEqualTo("__1 LIMIT 1");
        assertThat(leading.holeCount()).isEqualTo(1);
        assertThat(twoLiterals().holeCount()).isEqualTo(1);
        assertThat(SqlTemplate.ofLiteral("SELECT 1", 5, null).holeCount()).isZero();
    }

    @Test
    void literalsAndHolesInTheAnalysedText() {
        SqlTemplate t = twoLiterals();
        int hole = t.text().indexOf("__1");
        assertThat(t.withinOneLiteral(0, hole)).isTrue();
        assertThat(t.withinOneLiteral(0, hole + 1)).isFalse();
        assertThat(t.withinOneLiteral(hole, hole + 3)).isFalse();
        assertThat(t.withinOneLiteral(hole + 3, t.text().length())).isTrue();
        // an empty range at the very end belongs to the last literal (a finding at the end of the statement)
        assertThat(t.withinOneLiteral(t.text().length(), t.text().length())).isTrue();
        assertThat(SqlTemplate.builder().literal("a", 0).hole().build().withinOneLiteral(3, 3)).isFalse();
        assertThat(t.touchesHole(hole - 1, hole)).isFalse();
        assertThat(t.touchesHole(hole - 1, hole + 1)).isTrue();
        assertThat(t.touchesHole(hole + 2, hole + 2)).isTrue();
        assertThat(t.touchesHole(hole + 3, hole + 4)).isFalse();
        assertThat(t.touchesHole(hole, hole)).isTrue();
        assertThat(t.touchesHole(hole - 1, hole - 1)).isFalse();
    }

    @Test
    void offsetsMapBackToTheSource() {
        SqlTemplate t = twoLiterals();
        int hole = t.text().indexOf("__1");
        assertThat(t.toSource(0)).isEqualTo(100);
        assertThat(t.toSource(7)).isEqualTo(107);
        // in a hole: the start of the next literal, or (end side) the end of the previous one
        assertThat(t.toSource(hole + 1)).isEqualTo(200);
        assertThat(t.toSource(hole + 1, true)).isEqualTo(100 + hole);
        // the end of a literal, as the end of a range, stays in that literal
        assertThat(t.toSource(hole, true)).isEqualTo(100 + hole);
        assertThat(t.toSource(hole, false)).isEqualTo(200);
        assertThat(t.toSource(hole + 3)).isEqualTo(200);
        assertThat(t.toSource(hole + 4)).isEqualTo(201);
        int end = t.text().length();
        assertThat(t.toSource(end, true)).isEqualTo(210);
        assertThat(t.toSource(end)).isEqualTo(210);
        assertThat(t.toSource(end + 5)).isEqualTo(215);

        SqlTemplate holesAround = SqlTemplate.builder().hole().literal(" = 1", 50).hole().build();
        assertThat(holesAround.text()).isEqualTo("__1 = 1__2");
        assertThat(holesAround.toSource(1)).isEqualTo(50);
        assertThat(holesAround.toSource(1, true)).isEqualTo(50);
        assertThat(holesAround.toSource(8)).isEqualTo(54);
        assertThat(holesAround.toSource(8, true)).isEqualTo(54);
        assertThat(holesAround.toSource(20)).isEqualTo(54);

        SqlTemplate onlyHoles = SqlTemplate.builder().hole().hole().build();
        assertThat(onlyHoles.toSource(1)).isZero();
        assertThat(onlyHoles.toSource(1, true)).isZero();
        assertThat(onlyHoles.toSource(20)).isZero();
        assertThat(SqlTemplate.builder().build().toSource(3)).isEqualTo(3);
    }

    @Test
    void aMapperMovesLiteralOffsets() {
        // every content offset doubled (each character written as an escape of two), range ends one less
        OffsetMapper doubled = new OffsetMapper() {
            @Override
            public int toSource(int contentOffset) {
                return 2 * contentOffset;
            }

            @Override
            public int toSourceEnd(int contentOffset) {
                return 2 * contentOffset - 1;
            }
        };
        SqlTemplate t = SqlTemplate.builder().literal("SELECT ", 10, doubled).hole().literal(" FROM t", 40, doubled).build();
        assertThat(t.toSource(3)).isEqualTo(16);
        assertThat(t.toSource(3, true)).isEqualTo(15);
        assertThat(t.toSource(8)).isEqualTo(40);
        assertThat(t.toSource(8, true)).isEqualTo(10 + 13);
        assertThat(t.toSource(t.text().length(), true)).isEqualTo(40 + 13);
    }

    @Test
    void holeIdentifiers() {
        assertThat(SqlTemplate.isHole("__1")).isTrue();
        assertThat(SqlTemplate.isHole("___")).isTrue();
        assertThat(SqlTemplate.isHole("__")).isFalse();
        assertThat(SqlTemplate.isHole("_a1")).isFalse();
        assertThat(SqlTemplate.isHole(null)).isFalse();
        char[] buf = "abcdef".toCharArray();
        SqlTemplate.fillHole(buf, 1, 4);
        assertThat(new String(buf)).isEqualTo("a___ef");
    }
}
