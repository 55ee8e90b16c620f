package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlParser;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Literals}, the values rules compare bounds with: which literal forms are numbers, dates or strings, how they
 * order, and when two of them certainly differ.
 */
class LiteralsTest {
    private static final SqlParser PARSER = new SqlParser(Dialect.SPARK, null);

    private static Expression expr(String sql) {
        return ((PlainSelect) PARSER.parse("SELECT " + sql + " FROM t").statement()).getSelectItems().get(0).getExpression();
    }

    private static Literals.Value of(String sql) {
        return Literals.of(expr(sql));
    }

    private static Literals.Value number(String n) {
        return new Literals.Value(Literals.Kind.NUMBER, new BigDecimal(n), null);
    }

    private static Literals.Value date(String text) {
        return new Literals.Value(Literals.Kind.DATE, null, text);
    }

    private static Literals.Value string(String text) {
        return new Literals.Value(Literals.Kind.STRING, null, text);
    }

    @Test
    void numbersWithTheirSign() {
        assertThat(of("42")).isEqualTo(number("42"));
        assertThat(of("1.5")).isEqualTo(number("1.5"));
        assertThat(of("-7")).isEqualTo(number("-7"));
        assertThat(of("+7")).isEqualTo(number("7"));
        assertThat(of("(-(2.5))")).isEqualTo(number("-2.5"));
        assertThat(of("-'x'")).isNull();
        assertThat(of("-a")).isNull();
        assertThat(of("X'0A'")).isNull();
        assertThat(of("a")).isNull();
    }

    @Test
    void isoTextIsADateOtherTextAString() {
        assertThat(of("'2024-06-01'")).isEqualTo(date("2024-06-01"));
        assertThat(of("'2024-06-01 10:00:00'")).isEqualTo(date("2024-06-01 10:00:00"));
        // the T separator is read as a space so both spellings sort as the same time
        assertThat(of("'2024-06-01T10:00:00'")).isEqualTo(date("2024-06-01 10:00:00"));
        assertThat(of("'open'")).isEqualTo(string("open"));
        assertThat(of("'2024-06-0'")).isEqualTo(string("2024-06-0"));
        assertThat(of("'2024/06/01'")).isEqualTo(string("2024/06/01"));
        assertThat(of("'2024-06-1x'")).isEqualTo(string("2024-06-1x"));
        assertThat(of("'x024-06-01'")).isEqualTo(string("x024-06-01"));
        assertThat(of("'2024-06-01x'")).isEqualTo(string("2024-06-01x"));
        assertThat(of("'2024-06-01_10:00'")).isEqualTo(string("2024-06-01_10:00"));
    }

    @Test
    void typedDateAndTimestampLiterals() {
        assertThat(of("DATE '2024-06-01'")).isEqualTo(date("2024-06-01"));
        assertThat(of("TIMESTAMP '2024-06-01T08:30:00'")).isEqualTo(date("2024-06-01 08:30:00"));
        assertThat(of("DATE 'today'")).isNull();
        assertThat(of("DATE ''")).isNull();
        DateTimeLiteralExpression unquoted = new DateTimeLiteralExpression()
            .withType(DateTimeLiteralExpression.DateTime.DATE).withValue(" 2024-06-01 ");
        assertThat(Literals.of(unquoted)).isEqualTo(date("2024-06-01"));
        assertThat(Literals.of(new DateTimeLiteralExpression().withType(DateTimeLiteralExpression.DateTime.DATE))).isNull();
    }

    @Test
    void jdbcEscapedDatesAndTimestamps() {
        assertThat(of("{d '2024-06-01'}")).isEqualTo(date("2024-06-01"));
        Literals.Value ts = of("{ts '2024-06-01 10:00:00'}");
        assertThat(ts.kind()).isEqualTo(Literals.Kind.DATE);
        assertThat(ts.text()).startsWith("2024-06-01 10:00:00");
    }

    @Test
    void onlyNumbersAndDatesAreOrdered() {
        assertThat(Literals.compare(number("2"), number("10"))).isNegative();
        assertThat(Literals.compare(number("10"), number("2"))).isPositive();
        assertThat(Literals.compare(number("1"), number("1.0"))).isZero();
        assertThat(Literals.compare(date("2024-01-01"), date("2024-06-01"))).isNegative();
        assertThat(Literals.compare(date("2024-06-01"), date("2024-01-01"))).isPositive();
        assertThat(Literals.compare(string("a"), string("b"))).isNull();
        assertThat(Literals.compare(string("a"), string("a"))).isNull();
        assertThat(Literals.compare(number("1"), date("2024-01-01"))).isNull();
        assertThat(Literals.compare(null, number("1"))).isNull();
        assertThat(Literals.compare(number("1"), null)).isNull();
    }

    @Test
    void differOnlyWhenCertainlyDifferent() {
        assertThat(Literals.differ(number("1"), number("2"))).isTrue();
        assertThat(Literals.differ(number("1"), number("1.00"))).isFalse();
        assertThat(Literals.differ(string("open"), string("late"))).isTrue();
        assertThat(Literals.differ(string("open"), string("open"))).isFalse();
        assertThat(Literals.differ(date("2024-01-01"), date("2024-01-02"))).isTrue();
        assertThat(Literals.differ(date("2024-01-01"), date("2024-01-01"))).isFalse();
        // another precision may still be the same instant
        assertThat(Literals.differ(date("2024-01-01"), date("2024-01-01 00:00:00"))).isFalse();
        assertThat(Literals.differ(date("2024-01-01"), date("2024-01-02 00:00:00"))).isFalse();
        assertThat(Literals.differ(number("1"), string("1"))).isFalse();
        assertThat(Literals.differ(null, number("1"))).isFalse();
        assertThat(Literals.differ(number("1"), null)).isFalse();
        assertThat(Literals.differ(null, null)).isFalse();
    }
}
