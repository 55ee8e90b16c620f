package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.Spans;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SelectWidth}: how many columns a query returns, and where its select list is, as the column-count rules use them. */
class SelectWidthTest {
    private static final SqlParser PARSER = new SqlParser(Dialect.SPARK, null);

    private static String sql;

    private static Select parse(String text) {
        sql = text;
        return (Select) PARSER.parse(text).statement();
    }

    private static int width(String text) {
        return SelectWidth.of(parse(text));
    }

    private static String items(String text) {
        Spans.Span s = SelectWidth.firstSelectItems(parse(text));
        return s == null ? null : sql.substring(s.start(), s.end());
    }

    @Test
    void widthOfPlainParenthesisedAndSetQueries() {
        assertThat(width("SELECT a, b + 1, 'x' AS c FROM t")).isEqualTo(3);
        assertThat(width("((SELECT a, b FROM t))")).isEqualTo(2);
        // a set operation has the width of its first branch (union-column-count-mismatch compares the others)
        assertThat(width("SELECT a FROM t UNION ALL SELECT b, c FROM u")).isEqualTo(1);
        assertThat(width("SELECT a, b FROM t UNION SELECT c FROM u")).isEqualTo(2);
        assertThat(width("SELECT a, b AS (x) FROM t")).isEqualTo(2);
    }

    @Test
    void unknownWhenTheTextDoesNotFixIt() {
        assertThat(width("SELECT * FROM t")).isEqualTo(-1);
        assertThat(width("SELECT a, t.* FROM t")).isEqualTo(-1);
        assertThat(width("SELECT a, explode(xs) FROM t")).isEqualTo(-1);
        assertThat(width("SELECT stack(2, a, b, c, d) AS (x, y) FROM t")).isEqualTo(-1);
        assertThat(width("VALUES (1, 2)")).isEqualTo(-1);
        assertThat(SelectWidth.of(new SetOperationList())).isEqualTo(-1);
    }

    @Test
    void selectListOfTheQueryOrItsFirstBranch() {
        assertThat(items("SELECT a, b + 1 FROM t")).isEqualTo("a, b + 1");
        assertThat(items("SELECT x FROM t UNION SELECT y, z FROM u")).isEqualTo("x");
        assertThat(items("(SELECT a, b FROM t)")).isEqualTo("a, b");
        assertThat(items("SELECT 1")).isEqualTo("1");
        assertThat(items("VALUES (1, 2)")).isNull();
    }
}
