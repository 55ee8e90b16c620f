package dev.brickoptima.browser.classlib;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** PlainFormat gives what String.format gives for the formats JSqlParser uses, and refuses every other conversion. */
class PlainFormatTest {
    @Test
    void sameTextAsStringFormat() {
        Object[][] cases = {{"a", "(b, c)"}, {null, 42}, {"x%", ""}};
        for (String format : new String[] {"%s OVERLAPS %s", "%s => %s", "%s%s", "100%% %s, %s%n"}) {
            for (Object[] args : cases) {
                assertEquals(String.format(format, args).replace(System.lineSeparator(), "\n"), PlainFormat.format(format, args), format);
            }
        }
    }

    @Test
    void refusesOtherConversions() {
        assertThrows(IllegalArgumentException.class, () -> PlainFormat.format("%d", 1));
        assertThrows(IllegalArgumentException.class, () -> PlainFormat.format("%.2f", 1.0));
        assertThrows(IllegalArgumentException.class, () -> PlainFormat.format("%s and %s", "only one"));
    }
}
