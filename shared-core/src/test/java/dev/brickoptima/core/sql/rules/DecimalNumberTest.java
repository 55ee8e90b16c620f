package dev.brickoptima.core.sql.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** DecimalNumber orders literals exactly as BigDecimal does (the JVM's BigDecimal is the oracle here). */
class DecimalNumberTest {
    private static final List<String> NUMBERS = List.of(
        "0", "-0", "0.0", "000", "+0.000e5", "1", "01", "1.0", "1.", ".5", "0.5", "-0.5", "5e-1", "0.05", "-1",
        "-1.00", "2", "10", "9.99", "10.0001", "-10", "123456789012345678901234567890", "123456789012345678901234567891",
        "-123456789012345678901234567890", "1e3", "1E+3", "1000", "999.9999999999999999", "1e-30", "-1e-30",
        "2.5E3", "2500", "2500.0000000000000000001", "0.1", "0.10", "0.15", "0.2", "3.14159", "-3.14159", "1e9", "1e-9");

    @Test
    void ordersLikeBigDecimal() {
        for (String a : NUMBERS) {
            for (String b : NUMBERS) {
                int expected = Integer.signum(new BigDecimal(a).compareTo(new BigDecimal(b)));
                assertEquals(expected, Integer.signum(DecimalNumber.parse(a).compareTo(DecimalNumber.parse(b))), a + " vs " + b);
                assertEquals(expected, Integer.signum(DecimalNumber.parse(a).negate().compareTo(DecimalNumber.parse(b).negate())) * -1,
                    "-(" + a + ") vs -(" + b + ")");
            }
        }
    }

    @Test
    void rejectsWhatBigDecimalRejects() {
        for (String bad : List.of("", "-", "0x1F", "1e", "1e+", "abc", "1.2.3", "1 2", "e5")) {
            assertThrows(NumberFormatException.class, () -> new BigDecimal(bad), bad);
            assertThrows(NumberFormatException.class, () -> DecimalNumber.parse(bad), bad);
        }
    }
}
