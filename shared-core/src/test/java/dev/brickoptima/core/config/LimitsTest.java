package dev.brickoptima.core.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {
    @Test
    void everyLimitIsCheckedWhereverItComesFrom() {
        assertThat(Limits.problem("statementBudgetMillis", Long.MAX_VALUE)).isEqualTo("statementBudgetMillis must be at most 3600000");
        assertThat(Limits.problem("statementBudgetMillis", 0)).isEqualTo("statementBudgetMillis must be at least 1");
        assertThat(Limits.problem("maxNestingDepth", 2.5)).isEqualTo("maxNestingDepth must be a whole number");
        assertThat(Limits.problem("maxInputChars", 3e9)).isEqualTo("maxInputChars must be at most 2147483647");
        assertThat(Limits.problem("maxStatementChars", 1)).isNull();
        // programmatic configurations (IDE glue, tests) get the same checks
        assertThatThrownBy(() -> new Limits(1000, 100, 50, -1)).hasMessage("statementBudgetMillis must be at least 1");
        assertThatThrownBy(() -> new Limits(0, 100, 50, 10)).hasMessage("maxInputChars must be at least 1");
        assertThatThrownBy(() -> Limits.DEFAULT.with("maxNestingDepth", 501)).hasMessage("maxNestingDepth must be at most 500");
        assertThat(Limits.DEFAULT.with("statementBudgetMillis", 10).statementBudgetMillis()).isEqualTo(10);
        assertThat(Limits.KEYS).containsExactly("maxInputChars", "maxStatementChars", "maxNestingDepth", "statementBudgetMillis");
    }
}
