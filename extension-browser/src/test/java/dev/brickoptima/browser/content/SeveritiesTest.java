package dev.brickoptima.browser.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the SQL list ranks and filters analysed executions. */
class SeveritiesTest {

    @Test
    void theWorstSeverityPresentRanksTheExecution() {
        assertEquals(Severities.Rank.ERROR, Severities.rank(1, 5, 5));
        assertEquals(Severities.Rank.WARNING, Severities.rank(0, 1, 5));
        assertEquals(Severities.Rank.INFO, Severities.rank(0, 0, 1));
        assertEquals(Severities.Rank.CLEAN, Severities.rank(0, 0, 0));
        assertTrue(Severities.Rank.ERROR.order > Severities.Rank.WARNING.order);
        assertTrue(Severities.Rank.FAILED.order > Severities.Rank.CLEAN.order, "a failed analysis sorts above a clean one");
    }

    @Test
    void filters() {
        assertTrue(Severities.passes(Severities.Rank.ERROR, "warning"));
        assertFalse(Severities.passes(Severities.Rank.INFO, "warning"));
        assertFalse(Severities.passes(Severities.Rank.WARNING, "error"));
        assertTrue(Severities.passes(Severities.Rank.INFO, "any"));
        assertFalse(Severities.passes(Severities.Rank.CLEAN, "any"));
        assertTrue(Severities.passes(Severities.Rank.NOT_ANALYSED, "none"));
        assertFalse(Severities.passes(Severities.Rank.CLEAN, "none"));
        assertTrue(Severities.passes(Severities.Rank.FAILED, "all"));
    }
}
