package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.rule.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A statement's time budget stops the parser and the tree walk from inside (no threads), on a statement small enough
 * for a fast test: a budget of 0 ms has passed by the time the parser has read a few thousand tokens.
 * {@code PathologicalInputTest} does the same on a 667 KB statement, outside mutation testing.
 */
class StatementBudgetTest {
    /**
     * About 6,000 tokens: JSqlParser takes milliseconds even warmed up (600 took under one), and the tree has thousands of
     * nodes (a clock read every 256).
     */
    private static final String LONG_SUM = "SELECT " + "a + ".repeat(3_000) + "1 FROM t";

    @Test
    void theParserStopsAtTheBudgetAndSaysSo() {
        ParseOutcome o = new SqlParser(Dialect.ANSI, null).parse(LONG_SUM, Deadline.after(0));
        assertThat(o.ok()).isFalse();
        assertThat(o.tooDeep()).isFalse();
        assertThat(o.error()).isEqualTo("parsing took longer than the time budget");
        assertThat(o.errorStart()).isZero();
        assertThat(o.errorEnd()).isEqualTo(1);
    }

    @Test
    void theTreeWalkStopsAtTheBudget() {
        Deadline started = Deadline.after(0);
        // the parse alone outlasts the budget, so building the tree stops at its first clock read
        ParseOutcome o = new SqlParser(Dialect.ANSI, null).parse(LONG_SUM);
        assertThat(o.ok()).isTrue();
        assertThatThrownBy(() -> SqlTree.of(o.statement(), started)).isInstanceOf(Deadline.DeadlineExceeded.class);
        assertThat(SqlTree.of(o.statement()).nodes()).hasSizeGreaterThan(6_000);
    }

    @Test
    void theAnalyzerReportsTheTimeoutAtTheStatement() {
        SqlAnalyzer a = new SqlAnalyzer(AnalyzerConfig.builder().limits(new Limits(1_000_000, 100_000, 50, 1)).build());
        SqlAnalysis r = a.analyze(LONG_SUM);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("analysis-timeout");
        Finding timeout = r.findings().get(0);
        // in parsing, as a rule; a fast machine may finish the parse and stop in the walk or the rules
        assertThat(timeout.message()).startsWith("analysis of this statement exceeded the time budget of 1 ms in ")
            .endsWith("; the rest of it was not analysed (raise it with limits.statementBudgetMillis)");
        assertThat(timeout.location().start()).isZero();
        assertThat(timeout.location().end()).isEqualTo(1);
    }
}
