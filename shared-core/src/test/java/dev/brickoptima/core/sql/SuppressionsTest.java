package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rules a {@code brickoptima:ignore} comment silences: the ids listed (commas or blanks between), or all. */
class SuppressionsTest {
    private static Suppressions of(String sql) {
        List<SqlToken> comments = new ArrayList<>();
        for (SqlToken t : new SqlLexer(Dialect.SPARK).tokenize(sql)) if (t.isComment()) comments.add(t);
        return Suppressions.of(sql, comments);
    }

    @Test
    void listedIdsOnly() {
        Suppressions s = of("SELECT 1 -- brickoptima:ignore select-star,null-comparison  cartesian-join\n");
        assertThat(s.suppresses("select-star")).isTrue();
        assertThat(s.suppresses("null-comparison")).isTrue();
        assertThat(s.suppresses("cartesian-join")).isTrue();
        assertThat(s.suppresses("parse-error")).isFalse();
        // in a block comment the close is not an id
        Suppressions block = of("SELECT 1 /* brickoptima:ignore select-star*/");
        assertThat(block.suppresses("select-star")).isTrue();
        assertThat(block.suppresses("*/")).isFalse();
        assertThat(block.suppresses("parse-error")).isFalse();
    }

    @Test
    void noIdsMeansEveryRule() {
        assertThat(of("-- brickoptima:ignore\nSELECT 1").suppresses("anything")).isTrue();
        assertThat(of("SELECT 1 /* brickoptima:ignore */").suppresses("anything")).isTrue();
        assertThat(of("SELECT 1 /* brickoptima:ignore*/").suppresses("anything")).isTrue();
        // the marker anywhere in the comment; other comments silence nothing
        assertThat(of("-- reviewed, brickoptima:ignore ,select-star").suppresses("select-star")).isTrue();
        assertThat(of("-- reviewed, brickoptima:ignore ,select-star").suppresses("anything")).isFalse();
        assertThat(of("-- nothing to see\nSELECT 1 /* x */").suppresses("select-star")).isFalse();
        // one comment with ids, another without: every rule
        Suppressions both = of("-- brickoptima:ignore select-star\n-- brickoptima:ignore\nSELECT 1");
        assertThat(both.suppresses("anything")).isTrue();
    }
}
