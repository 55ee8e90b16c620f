package dev.brickoptima.core.pg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The condition forms EXPLAIN prints and which of them an index can serve: each operator, constants of every kind,
 * qualified and quoted columns, conjunctions split only at the top level, and what is left alone.
 */
class PgPredicatesFormsTest {
    private static String read(String condition) {
        StringBuilder sb = new StringBuilder();
        for (PgPredicates.Predicate p : PgPredicates.of(condition)) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(p.qualifier()).append('.').append(p.column()).append(' ').append(p.kind());
            if (p.kind() == PgPredicates.Kind.JOIN) sb.append(' ').append(p.otherQualifier()).append('.').append(p.otherColumn());
        }
        return sb.toString();
    }

    @Test
    void operatorsAndConstants() {
        assertThat(read("(a <= 5)")).isEqualTo("null.a RANGE");
        assertThat(read("(a >= '-1'::integer)")).isEqualTo("null.a RANGE");
        assertThat(read("(a < -3)")).isEqualTo("null.a RANGE");
        assertThat(read("(a > $2)")).isEqualTo("null.a RANGE");
        assertThat(read("(5 < a)")).isEqualTo("null.a RANGE");
        assertThat(read("(a = ANY (ARRAY[1, 2]))")).isEqualTo("null.a IN_LIST");
        assertThat(read("(a = ANY ('{1,2}'::integer[]))")).isEqualTo("null.a IN_LIST");
        // a constant list on the left is no IN list of the column
        assertThat(read("('{1,2}'::integer[] = ANY (a))")).isEmpty();
        assertThat(read("(a IS NOT NULL)")).isEqualTo("null.a NULL_TEST");
        assertThat(read("((a)::text IS NULL)")).isEqualTo("null.a NULL_TEST");
        assertThat(read("(lower(a) IS NULL)")).isEmpty();
        assertThat(read("(flag = true)")).isEqualTo("null.flag EQUALITY");
        assertThat(read("(flag = FALSE)")).isEqualTo("null.flag EQUALITY");
        assertThat(read("(x = NULL)")).isEqualTo("null.x EQUALITY");
        assertThat(read("(d = CURRENT_DATE)")).isEqualTo("null.d EQUALITY");
        assertThat(read("(t > (now() - '1 day'::interval))")).isEqualTo("null.t RANGE");
        assertThat(read("(t > now())")).isEqualTo("null.t RANGE");
        // not constants: another expression, a function other than now()
        assertThat(read("(a = (b + 1))")).isEmpty();
        assertThat(read("(a > random())")).isEmpty();
        assertThat(read("(a = '')")).isEqualTo("null.a EQUALITY");
        // NULL, true and false are no column names: a constant on either side
        assertThat(read("(NULL = 5)")).isEmpty();
        assertThat(read("(true = a)")).isEqualTo("null.a EQUALITY");
        // nor are CURRENT_DATE, CURRENT_USER and the other key words EXPLAIN prints bare (once read as a join of two columns)
        assertThat(read("(d > CURRENT_DATE)")).isEqualTo("null.d RANGE");
        assertThat(read("(owner = CURRENT_USER)")).isEqualTo("null.owner EQUALITY");
        assertThat(read("(\"current_date\" = 1)")).isEqualTo("null.current_date EQUALITY");
    }

    @Test
    void columnsQualifiedQuotedAndCast() {
        assertThat(read("(o.customer_id = 7)")).isEqualTo("o.customer_id EQUALITY");
        assertThat(read("(public.orders.status = 'x'::text)")).isEqualTo("orders.status EQUALITY");
        assertThat(read("(\"Order\".\"Total $\" > 5)")).isEqualTo("Order.Total $ RANGE");
        assertThat(read("((o.code)::text = 'x'::text)")).isEqualTo("o.code EQUALITY");
        assertThat(read("(a$1 = 2)")).isEqualTo("null.a$1 EQUALITY");
        assertThat(read("(_a = 2)")).isEqualTo("null._a EQUALITY");
        assertThat(read("(1a = 2)")).isEmpty();
        assertThat(read("(a-b = 2)")).isEmpty();
        assertThat(read("(o.a = c.b)")).isEqualTo("o.a JOIN c.b");
        assertThat(read("(o.a < c.b)")).isEmpty();
        assertThat(read("(\"\" = 1)")).isEqualTo("null. EQUALITY");
    }

    @Test
    void conjunctionsAtTheTopLevelOnly() {
        assertThat(read("((a = 1) AND (b = 2) AND (c > 3))")).isEqualTo("null.a EQUALITY; null.b EQUALITY; null.c RANGE");
        // AND inside a string or inside parentheses does not split
        assertThat(read("((note = 'x AND y'::text) AND (b = 2))")).isEqualTo("null.note EQUALITY; null.b EQUALITY");
        assertThat(read("((a = 1) AND ((b = 2) OR (c = 3)))")).isEqualTo("null.a EQUALITY");
        assertThat(read("(note = 'it''s (AND) = 1'::text)")).isEqualTo("null.note EQUALITY");
        assertThat(read("(a = 1) AND (b = 2)")).isEqualTo("null.a EQUALITY; null.b EQUALITY");
        assertThat(read("a = 1")).isEqualTo("null.a EQUALITY");
        assertThat(read("(((a = 1)))")).isEqualTo("null.a EQUALITY");
        // an OR at the top level of a conjunct is not indexable as written
        assertThat(read("(a = 1 OR b = 2)")).isEmpty();
        assertThat(read(null)).isEmpty();
        assertThat(read("")).isEmpty();
        // unbalanced text is left alone rather than guessed at
        assertThat(read("((a = 1)")).isEmpty();
        assertThat(read("(a = 1))")).isEmpty();
    }
}
