package dev.brickoptima.core.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a {@link SqlTemplate} (literal parts of a host's source with holes between them) maps analysed-text offsets back
 * to the source: inside a literal, at its ends, inside a hole (snapping to the literal before or after), past the end;
 * and the placeholder each hole becomes.
 */
class SqlTemplateMappingTest {
    /** {@code "SELECT a FROM t WHERE id = " + id + " AND b = 1"}, the literals at source offsets 100 and 200. */
    private static final SqlTemplate MIDDLE_HOLE = SqlTemplate.builder()
        .literal("SELECT a FROM t WHERE id = ", 100) // [0, 27)
        .hole()                                     // [27, 30) __1
        .literal(" AND b = 1", 200)                 // [30, 40)
        .build();

    /** Content offset k sits at source 2k (every character written as an escape of two); a range ends one before. */
    private static final OffsetMapper ESCAPED = new OffsetMapper() {
        @Override
        public int toSource(int contentOffset) {
            return 2 * contentOffset;
        }

        @Override
        public int toSourceEnd(int contentOffset) {
            return 2 * contentOffset - 1;
        }
    };

    @Test
    void eachHoleBecomesANumberedUnknownNameOrAParameterAfterLimit() {
        assertThat(MIDDLE_HOLE.text()).isEqualTo("SELECT a FROM t WHERE id = __1 AND b = 1");
        assertThat(MIDDLE_HOLE.holeCount()).isEqualTo(1);
        SqlTemplate t = SqlTemplate.builder().literal("SELECT a FROM t WHERE id in  ", 0).hole()
            .literal(" ORDER BY ", 40).hole().literal(" LIMIT ", 60).hole().literal(" OFFSET", 80).hole()
            .literal(" -- TOP ", 90).hole().literal(" FETCH\n", 99).hole().build();
        // every hole counts, parameters included: the names stay unique
        assertThat(t.text()).isEqualTo("SELECT a FROM t WHERE id in  (__1) ORDER BY __2 LIMIT ? OFFSET? -- TOP ? FETCH\n?");
        assertThat(t.holeCount()).isEqualTo(6);
    }

    @Test
    void aKeywordEndingALongerNameIsNotThatKeyword() {
        // "t_in", "x2in", "stop" end in IN or TOP but are names: the hole is an identifier
        assertThat(SqlTemplate.builder().literal("SELECT t_in", 0).hole().build().text()).isEqualTo("SELECT t_in__1");
        assertThat(SqlTemplate.builder().literal("SELECT x2in ", 0).hole().build().text()).isEqualTo("SELECT x2in __1");
        assertThat(SqlTemplate.builder().literal("SELECT stop ", 0).hole().build().text()).isEqualTo("SELECT stop __1");
        assertThat(SqlTemplate.builder().literal("SELECT f(", 0).hole().build().text()).isEqualTo("SELECT f(__1");
        assertThat(SqlTemplate.builder().hole().hole().build().text()).isEqualTo("__1__2");
    }

    @Test
    void anOffsetInALiteralMapsThroughItsBase() {
        assertThat(MIDDLE_HOLE.toSource(0)).isEqualTo(100);
        assertThat(MIDDLE_HOLE.toSource(5)).isEqualTo(105);
        assertThat(MIDDLE_HOLE.toSource(26)).isEqualTo(126);
        assertThat(MIDDLE_HOLE.toSource(31)).isEqualTo(201);
        assertThat(MIDDLE_HOLE.toSource(39, true)).isEqualTo(209);
        // the end of the text: the end of the last literal, on either side
        assertThat(MIDDLE_HOLE.toSource(40, true)).isEqualTo(210);
        assertThat(MIDDLE_HOLE.toSource(40, false)).isEqualTo(210);
        assertThat(MIDDLE_HOLE.toSource(45)).isEqualTo(215);
    }

    @Test
    void anOffsetInAHoleSnapsToTheLiteralOnTheSideAsked() {
        // a range starting in the hole starts where the next literal does; one ending in it ends with the previous literal
        for (int inHole = 27; inHole < 30; inHole++) {
            assertThat(MIDDLE_HOLE.toSource(inHole, false)).as("start at %d", inHole).isEqualTo(200);
            assertThat(MIDDLE_HOLE.toSource(inHole, true)).as("end at %d", inHole).isEqualTo(127);
        }
        // the end of the first literal (the hole's start) as an end offset: still the hole, so the previous literal's end
        assertThat(MIDDLE_HOLE.toSource(27, true)).isEqualTo(127);
        // the hole's end as an end offset: the next literal starts there
        assertThat(MIDDLE_HOLE.toSource(30, true)).isEqualTo(200);
    }

    @Test
    void aHoleAtEitherEndSnapsToTheOnlyLiteralThereIs() {
        SqlTemplate last = SqlTemplate.builder().literal("SELECT a FROM t LIMIT ", 50).hole().build();
        assertThat(last.text()).isEqualTo("SELECT a FROM t LIMIT ?");
        assertThat(last.toSource(22, false)).isEqualTo(72);
        assertThat(last.toSource(22, true)).isEqualTo(72);
        assertThat(last.toSource(23, false)).isEqualTo(72);
        SqlTemplate first = SqlTemplate.builder().hole().literal(" FROM t", 10).build();
        assertThat(first.toSource(1, true)).isEqualTo(10);
        assertThat(first.toSource(1, false)).isEqualTo(10);
        assertThat(first.toSource(4)).isEqualTo(11);
        SqlTemplate onlyHoles = SqlTemplate.builder().hole().hole().build();
        assertThat(onlyHoles.toSource(4, false)).isZero();
        assertThat(onlyHoles.toSource(4, true)).isZero();
        // a negative offset lies in no part: the end of the last literal
        assertThat(last.toSource(-1)).isEqualTo(72);
        assertThat(onlyHoles.toSource(-1)).isZero();
        // nothing to map through: the offset itself
        assertThat(SqlTemplate.builder().build().toSource(3)).isEqualTo(3);
    }

    @Test
    void theEndSideUsesTheMappersEndOffset() {
        // a literal whose content offset k sits at source 2k (every char ESCAPED), ends one before the next char
        SqlTemplate t = SqlTemplate.builder().literal("SELECT a", 10, ESCAPED).hole().literal(" b", 40, ESCAPED).build();
        assertThat(t.toSource(3, false)).isEqualTo(16);
        assertThat(t.toSource(3, true)).isEqualTo(15);
        // the first literal's end, reached from inside the hole, and the second literal's start
        assertThat(t.toSource(9, true)).isEqualTo(10 + 15);
        assertThat(t.toSource(9, false)).isEqualTo(40);
        assertThat(t.toSource(12, true)).isEqualTo(40 + 1);
        SqlTemplate one = SqlTemplate.ofLiteral("SELECT 1", 7, ESCAPED);
        assertThat(one.text()).isEqualTo("SELECT 1");
        assertThat(one.holeCount()).isZero();
        assertThat(one.toSource(2)).isEqualTo(11);
        assertThat(one.toSource(8, true)).isEqualTo(22);
        // a null mapper is the identity
        assertThat(SqlTemplate.builder().literal("SELECT 1", 5, null).build().toSource(4)).isEqualTo(9);
    }

    @Test
    void rangesAreTestedAgainstLiteralsAndHoles() {
        assertThat(MIDDLE_HOLE.withinOneLiteral(0, 27)).isTrue();
        assertThat(MIDDLE_HOLE.withinOneLiteral(20, 28)).isFalse();
        assertThat(MIDDLE_HOLE.withinOneLiteral(27, 28)).isFalse();
        assertThat(MIDDLE_HOLE.withinOneLiteral(30, 40)).isTrue();
        assertThat(MIDDLE_HOLE.withinOneLiteral(-1, 0)).isFalse();
        assertThat(MIDDLE_HOLE.touchesHole(26, 27)).isFalse();
        assertThat(MIDDLE_HOLE.touchesHole(26, 28)).isTrue();
        assertThat(MIDDLE_HOLE.touchesHole(29, 35)).isTrue();
        assertThat(MIDDLE_HOLE.touchesHole(30, 31)).isFalse();
        // an empty range (an insertion) at the hole's start is in the hole; at its end it is not
        assertThat(MIDDLE_HOLE.touchesHole(27, 27)).isTrue();
        assertThat(MIDDLE_HOLE.touchesHole(30, 30)).isFalse();
        assertThat(MIDDLE_HOLE.touchesHole(26, 26)).isFalse();
    }

    @Test
    void holeNamesAreTwoUnderscoresAndMore() {
        assertThat(SqlTemplate.isHole("__1")).isTrue();
        assertThat(SqlTemplate.isHole("___")).isTrue();
        assertThat(SqlTemplate.isHole("__")).isFalse();
        assertThat(SqlTemplate.isHole("_a1")).isFalse();
        assertThat(SqlTemplate.isHole("a__")).isFalse();
        assertThat(SqlTemplate.isHole(null)).isFalse();
        char[] buf = "abcdef".toCharArray();
        SqlTemplate.fillHole(buf, 1, 4);
        assertThat(new String(buf)).isEqualTo("a___ef");
    }

    @Test
    void eachHoleBecomesWhatParsesInItsPlace() {
        assertThat(MIDDLE_HOLE.text()).isEqualTo("SELECT a FROM t WHERE id = __1 AND b = 1");
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
        assertThat(MIDDLE_HOLE.holeCount()).isEqualTo(1);
        assertThat(SqlTemplate.ofLiteral("SELECT 1", 5, null).holeCount()).isZero();
    }

    @Test
    void literalsAndHolesInTheAnalysedText() {
        SqlTemplate t = MIDDLE_HOLE;
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
        SqlTemplate t = MIDDLE_HOLE;
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
        SqlTemplate t = SqlTemplate.builder().literal("SELECT ", 10, ESCAPED).hole().literal(" FROM t", 40, ESCAPED).build();
        assertThat(t.toSource(3)).isEqualTo(16);
        assertThat(t.toSource(3, true)).isEqualTo(15);
        assertThat(t.toSource(8)).isEqualTo(40);
        assertThat(t.toSource(8, true)).isEqualTo(10 + 13);
        assertThat(t.toSource(t.text().length(), true)).isEqualTo(40 + 13);
    }
}
