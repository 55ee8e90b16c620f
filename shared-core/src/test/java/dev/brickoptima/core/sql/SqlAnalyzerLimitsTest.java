package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.rule.RuleRegistry;
import net.sf.jsqlparser.parser.CCJSqlParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link SqlAnalyzer} reports for input it does not analyse, on small inputs with small limits: the finding, its
 * exact range and message for an input or statement over its size, nesting over its depth, a parse stopped by the
 * time budget, a comment never closed; the limit itself still analysed; and how statements are counted.
 */
class SqlAnalyzerLimitsTest {
    private static final AnalyzerConfig SMALL = AnalyzerConfig.builder().limits(new Limits(60, 40, 3, 2_000)).build();
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(SMALL);

    /** "rule [start,end) line:column message" of each finding. */
    private static List<String> findings(SqlAnalyzer a, String sql) {
        List<String> out = new ArrayList<>();
        for (Finding f : a.analyze(sql).findings()) {
            out.add(f.ruleId() + " [" + f.location().start() + "," + f.location().end() + ") " + f.location().line() + ":"
                + f.location().column() + " " + f.message());
        }
        return out;
    }

    @Test
    void anInputOverItsLimitIsReportedAtItsStartAndNotAnalysed() {
        String over = "SELECT * FROM t WHERE a = 1 AND b = 2 AND c = 3 AND d = 45678"; // 61 characters
        assertThat(over).hasSize(61);
        assertThat(findings(ANALYZER, over)).containsExactly(
            "input-too-large [0,1) 1:1 input of 61 characters exceeds the limit of 60; not analysed (raise it with limits.maxInputChars)");
        assertThat(ANALYZER.analyze(over).statements()).isZero();
        // at the limit: analysed (the statement is then over its own limit)
        assertThat(findings(ANALYZER, over.substring(0, 60))).singleElement().asString().startsWith("input-too-large [0,1) 1:1 statement of 60 characters");
    }

    @Test
    void aStatementOverItsLimitIsReportedAtItsStart() {
        String sql = "SELECT 1;\nSELECT a, b, c, d, e, f, g, h FROM t12345";
        assertThat(findings(ANALYZER, sql)).containsExactly(
            "input-too-large [10,11) 2:1 statement of 41 characters exceeds the limit of 40; not analysed (raise it with limits.maxStatementChars)");
        // 40 characters: analysed
        assertThat(findings(ANALYZER, "SELECT 1;\nSELECT * FROM t WHERE a = 1 AND b = 2345")).singleElement().asString()
            .startsWith("select-star [17,18) 2:8 ");
    }

    @Test
    void nestingOverItsLimitIsReportedAtTheDeepestParenthesis() {
        assertThat(findings(ANALYZER, "SELECT 1;\nSELECT ((((1))))")).containsExactly(
            "nesting-too-deep [20,21) 2:11 nesting depth 4 exceeds the limit of 3; statement not analysed (raise it with limits.maxNestingDepth)");
        assertThat(ANALYZER.analyze("SELECT (((a = NULL)))").findings()).extracting(Finding::ruleId).containsExactly("null-comparison");
        // a finding about the statement is silenced like any other
        assertThat(findings(ANALYZER, "-- brickoptima:ignore nesting-too-deep\nSELECT ((((1))))")).isEmpty();
    }

    @Test
    void aParseStoppedByTheTimeBudgetIsATimeoutFinding() {
        ParserWatch stop = new ParserWatch() {
            @Override
            public void started(CCJSqlParser parser) {
                parser.interrupted = true;
            }

            @Override
            public void finished(CCJSqlParser parser) {
            }
        };
        SqlAnalyzer a = new SqlAnalyzer(SMALL, RuleRegistry.sqlRules(), stop);
        assertThat(findings(a, "SELECT 1;\nSELECT a FROM t")).containsExactly(
            "analysis-timeout [0,1) 1:1 analysis of this statement exceeded the time budget of 2000 ms in parsing; the rest of it"
                + " was not analysed (raise it with limits.statementBudgetMillis)",
            "analysis-timeout [10,11) 2:1 analysis of this statement exceeded the time budget of 2000 ms in parsing; the rest of it"
                + " was not analysed (raise it with limits.statementBudgetMillis)");
    }

    @Test
    void aCommentNeverClosedIsAParseErrorAtItsOpening() {
        String message = "unterminated comment: '/*' is never closed with '*/'; everything after it is not analysed";
        assertThat(findings(ANALYZER, "SELECT 1;\n/* open")).containsExactly("parse-error [10,12) 2:1 " + message);
        // "/*/" ends with "*/" but its close overlaps its opening
        assertThat(findings(ANALYZER, "SELECT 1 /*/")).containsExactly("parse-error [9,11) 1:10 " + message);
        assertThat(findings(ANALYZER, "SELECT 1 /**/")).isEmpty();
        assertThat(findings(ANALYZER, "SELECT 1 /* x */ ")).isEmpty();
        assertThat(UnterminatedComment.start("", List.of())).isEqualTo(-1);
    }

    @Test
    void statementsAreCountedAsParsedCommandsOrNeither() {
        SqlAnalysis r = new SqlAnalyzer(AnalyzerConfig.builder().profile("read-only").build()).analyze("SELECT 1; VACUUM t; SELEC x");
        assertThat(r.statements()).isEqualTo(3);
        assertThat(r.parsed()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        // a command's finding is placed in the script, not in the command's own text
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.location().start() + "-" + f.location().end())
            .containsExactly("destructive-statement 10-18", "parse-error 20-25");
    }
}
