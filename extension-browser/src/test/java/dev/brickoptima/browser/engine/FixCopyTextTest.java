package dev.brickoptima.browser.engine;

import dev.brickoptima.core.finding.Fix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the findings panel offers to paste for a fix. */
class FixCopyTextTest {

    @Test
    void settingsInAdviceBecomeSetLines() {
        assertEquals("SET spark.sql.adaptive.enabled=true;\nSET spark.sql.adaptive.skewJoin.enabled=true;",
            FixCopyText.of(Fix.hint("Set spark.sql.adaptive.enabled=true and spark.sql.adaptive.skewJoin.enabled=true")));
        assertEquals("SET spark.sql.shuffle.partitions=400;", FixCopyText.of(Fix.hint("Use spark.sql.shuffle.partitions=400.")));
    }

    @Test
    void optimizerHintsAreCopiedAsWritten() {
        assertEquals("/*+ BROADCAST(small_side) */",
            FixCopyText.of(Fix.hint("If the cross join is intended and one side is small, add /*+ BROADCAST(small_side) */")));
    }

    @Test
    void editsGiveTheirReplacementText() {
        assertEquals("a IS NULL", FixCopyText.of(Fix.replace("Use IS NULL", 22, 30, "a IS NULL")));
        assertNull(FixCopyText.of(new Fix("Delete it", List.of(new dev.brickoptima.core.finding.TextEdit(0, 3, "")))));
    }

    @Test
    void adviceWithNothingToPasteHasNoCopyText() {
        assertNull(FixCopyText.of(Fix.hint("Raise spark.sql.autoBroadcastJoinThreshold above 12 MiB")));
        assertNull(FixCopyText.of(Fix.hint("Handle the hot key separately or salt it")));
        assertNull(FixCopyText.of(Fix.hint("a spark.=x and myspark.a=b are not settings")));
    }
}
