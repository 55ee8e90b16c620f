package dev.brickoptima.core.rule;

import dev.brickoptima.core.finding.Severity;

import java.util.List;

/** Findings the engine itself raises (input it could not analyse). They are rules so they can be configured and documented. */
public final class EngineRules {
    public static final RuleMetadata PARSE_ERROR = RuleMetadata.rule("parse-error")
        .title("Statement does not parse")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("The statement could not be parsed in the configured dialect, so no other rule checked it. "
            + "Either the SQL has a syntax error at the marked token, or it uses syntax BrickOptima does not know yet; "
            + "check the dialect setting. The other statements of the script are still analysed.")
        .bad("SELECT a FROM t WHERE").good("SELECT a FROM t WHERE b = 1").build();

    public static final RuleMetadata NESTING_TOO_DEEP = RuleMetadata.rule("nesting-too-deep")
        .title("Statement nested too deeply")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Parentheses or subqueries are nested deeper than the configured limit; the statement is not analysed "
            + "to keep analysis bounded. Generated SQL this deep is also hard for databases to plan.")
        .bad("SELECT ((((((((((1))))))))))").good("SELECT (((1)))")
        .exampleConfig("limits:\n  maxNestingDepth: 5\n").build();

    public static final RuleMetadata INPUT_TOO_LARGE = RuleMetadata.rule("input-too-large")
        .title("Input or statement larger than the limit")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("The script or one statement is larger than the configured size limit and was not analysed, "
            + "so that analysis time stays bounded. Split generated scripts, or raise limits.maxInputChars / "
            + "limits.maxStatementChars.")
        .bad("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')")
        .good("INSERT INTO t VALUES (1, 'a'), (2, 'b')")
        .exampleConfig("limits:\n  maxStatementChars: 50\n").build();

    public static final RuleMetadata ANALYSIS_TIMEOUT = RuleMetadata.rule("analysis-timeout")
        .title("Analysis exceeded its time budget")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Parsing or analysing this statement took longer than the per-statement time budget and was stopped. "
            + "The rest of the script is still analysed. Simplify the statement, or raise limits.statementBudgetMillis.")
        .bad("a pathological statement").good("simplify the statement, or raise the time budget").build();

    public static final RuleMetadata PLAN_MISSING = RuleMetadata.rule("plan-missing")
        .title("Spark executions without a plan")
        .category(Category.CORRECTNESS).severity(Severity.INFO)
        .rationale("Some Spark SQL executions carry no physical plan: executions still running, commands without a plan, "
            + "or a dump taken with planDescription=false. They are listed in one line, not analysed; dump the "
            + "executions with /sql?details=true&planDescription=true once they finished.")
        .bad("/api/v1/applications/<app>/sql?planDescription=false").good("/api/v1/applications/<app>/sql?details=true&planDescription=true").build();

    public static final List<RuleMetadata> ALL = List.of(PARSE_ERROR, NESTING_TOO_DEEP, INPUT_TOO_LARGE, ANALYSIS_TIMEOUT, PLAN_MISSING);

    /** Whether this is an engine finding (reported even under {@code rules.only}; see {@link RuleRunner}). */
    public static boolean isEngineRule(RuleMetadata m) {
        for (RuleMetadata e : ALL) if (e == m) return true;
        return false;
    }

    private EngineRules() {
    }
}
