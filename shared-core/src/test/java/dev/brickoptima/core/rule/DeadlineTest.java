package dev.brickoptima.core.rule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A time budget read from the clock once per {@value Deadline#STRIDE} checks, so checking per node stays cheap. */
class DeadlineTest {

    @Test
    void aPassedDeadlineStopsTheWorkAtTheNextClockRead() {
        Deadline passed = new Deadline(1);
        for (int i = 1; i < Deadline.STRIDE; i++) passed.check();
        assertThatThrownBy(passed::check).isInstanceOf(Deadline.DeadlineExceeded.class).hasMessage("time budget exceeded");
        // and again one stride later: the work is stopped for good
        for (int i = 1; i < Deadline.STRIDE; i++) passed.check();
        assertThatThrownBy(passed::check).isInstanceOf(Deadline.DeadlineExceeded.class);
        assertThat(passed.passedNow()).isTrue();
    }

    @Test
    void aBudgetEndsThatManyMillisecondsFromNow() {
        Deadline zero = Deadline.after(0);
        Deadline negative = Deadline.after(-5); // treated as 0, not as a deadline in the past
        long start = System.currentTimeMillis();
        // waits for the clock to move on (one or two milliseconds), not for a sleep
        while (System.currentTimeMillis() <= start + 1) Thread.onSpinWait();
        assertThat(zero.passedNow()).isTrue();
        assertThat(negative.passedNow()).isTrue();
    }

    @Test
    void aDeadlineInTheFutureOrNoneNeverStopsTheWork() {
        Deadline later = Deadline.after(3_600_000);
        Deadline none = Deadline.none();
        assertThatCode(() -> {
            for (int i = 0; i < 4 * Deadline.STRIDE; i++) {
                later.check();
                none.check();
            }
        }).doesNotThrowAnyException();
        assertThat(later.passedNow()).isFalse();
        assertThat(none.passedNow()).isFalse();
    }
}
