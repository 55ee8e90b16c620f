package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.finding.TextEdit;

/** Which lines a hunk keeps, deletes and adds when an edit moves lines around (the longest-common-subsequence walk). */
class UnifiedDiffLinesTest {
    private static String diff(String text, String replacement) {
        return UnifiedDiff.of("f.sql", text, List.of(new TextEdit(0, text.length(), replacement)));
    }

    @Test
    void swappedLinesKeepTheFirstAndMoveTheOther() {
        assertThat(diff("A\nB\n", "B\nA\n")).isEqualTo("--- a/f.sql\n+++ b/f.sql\n@@ -1,2 +1,2 @@\n-A\n B\n+A\n");
    }

    @Test
    void aLineInsertedBeforeAKeptOneAndTheLastDeleted() {
        // X stays: the new first line is an insertion before it, C after it is deleted
        assertThat(diff("X\nC\n", "Y\nX\n")).isEqualTo("--- a/f.sql\n+++ b/f.sql\n@@ -1,2 +1,2 @@\n+Y\n X\n-C\n");
    }

    @Test
    void linesAddedOrRemovedAtTheEnd() {
        assertThat(diff("X\n", "X\nY\n")).isEqualTo("--- a/f.sql\n+++ b/f.sql\n@@ -1 +1,2 @@\n X\n+Y\n");
        assertThat(diff("X\nY\n", "X\n")).isEqualTo("--- a/f.sql\n+++ b/f.sql\n@@ -1,2 +1 @@\n X\n-Y\n");
    }
}
