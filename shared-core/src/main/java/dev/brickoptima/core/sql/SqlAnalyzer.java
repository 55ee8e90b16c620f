package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.rule.Deadline;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleRunner;
import dev.brickoptima.core.rule.Suppression;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses SQL scripts and templates. Built once from a configuration; immutable and thread-safe after.
 * A statement that does not parse gives a {@code parse-error} finding and the others are still analysed.
 */
public final class SqlAnalyzer {
    /** How an internal error about a parser failure starts (the fuzz tests look for it). */
    public static final String PARSER_FAILED = "the parser failed on the statement at offset ";

    private final AnalyzerConfig config;
    private final RuleRunner runner;
    private final List<SqlRule> rules;
    private final SqlParser parser;
    private final SqlLexer lexer;

    public SqlAnalyzer(AnalyzerConfig config) {
        this(config, RuleRegistry.sqlRules(), ParserWatch.NONE);
    }

    public SqlAnalyzer(AnalyzerConfig config, List<SqlRule> rules, ParserWatch watch) {
        this.config = config;
        this.runner = new RuleRunner(config);
        this.rules = runner.select(rules);
        this.parser = new SqlParser(config.dialect(), watch);
        this.lexer = new SqlLexer(config.dialect());
    }

    public AnalyzerConfig config() {
        return config;
    }

    /** Analyses a script of one or more statements; locations are offsets into {@code script}. */
    public SqlAnalysis analyze(String script) {
        return run(script, null);
    }

    /** Analyses a template; locations are mapped back to the source offsets of its literal parts. */
    public SqlAnalysis analyze(SqlTemplate template) {
        return run(template.text(), template);
    }

    private SqlAnalysis run(String text, SqlTemplate template) {
        Mapper map = new Mapper(text, template);
        List<Finding> findings = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        Limits limits = config.limits();
        if (text.length() > limits.maxInputChars()) {
            emit(findings, map, EngineRules.INPUT_TOO_LARGE, 0, Math.min(1, text.length()),
                "input of " + text.length() + " characters exceeds the limit of " + limits.maxInputChars()
                    + "; not analysed (raise it with limits.maxInputChars)", List.of(), null, Suppression.NONE);
            return new SqlAnalysis(findings, 0, 0, 0, internal);
        }
        List<SqlToken> tokens = lexer.tokenize(text);
        List<StatementSlice> slices = ScriptSplitter.split(text, tokens, config.dialect());
        int parsed = 0;
        int skipped = 0;
        for (StatementSlice slice : slices) {
            Suppressions sup = Suppressions.of(text, slice.comments());
            switch (analyzeStatement(text, slice, map, findings, sup, internal)) {
                case PARSED: parsed++; break;
                case COMMAND: skipped++; break;
                default: break;
            }
        }
        int unclosed = UnterminatedComment.start(text, tokens);
        if (unclosed >= 0) {
            emit(findings, map, EngineRules.PARSE_ERROR, unclosed, Math.min(text.length(), unclosed + 2), UnterminatedComment.message(),
                List.of(), null, Suppression.NONE);
        }
        return new SqlAnalysis(RuleRunner.inReadingOrder(findings), slices.size(), parsed, skipped, internal);
    }

    /** What became of one statement. */
    private enum Outcome { PARSED, COMMAND, NOT_ANALYSED }

    private Outcome analyzeStatement(String text, StatementSlice slice, Mapper map, List<Finding> out, Suppressions sup, List<String> internal) {
        Limits limits = config.limits();
        int base = slice.start();
        int len = slice.end() - slice.start();
        if (len > limits.maxStatementChars()) {
            emit(out, map, EngineRules.INPUT_TOO_LARGE, base, base + Math.min(len, 1),
                "statement of " + len + " characters exceeds the limit of " + limits.maxStatementChars()
                    + "; not analysed (raise it with limits.maxStatementChars)", List.of(), null, sup);
            return Outcome.NOT_ANALYSED;
        }
        if (slice.maxDepth() > limits.maxNestingDepth()) {
            emit(out, map, EngineRules.NESTING_TOO_DEEP, slice.deepestOffset(), slice.deepestOffset() + 1,
                "nesting depth " + slice.maxDepth() + " exceeds the limit of " + limits.maxNestingDepth()
                    + "; statement not analysed (raise it with limits.maxNestingDepth)", List.of(), null, sup);
            return Outcome.NOT_ANALYSED;
        }
        // one deadline for parsing, walking and every rule of the statement, checked per node where the work happens
        Deadline deadline = Deadline.after(limits.statementBudgetMillis());
        String stmtText = text.substring(slice.start(), slice.end());
        ParseOutcome outcome;
        try {
            outcome = parser.parse(stmtText, deadline);
        } catch (RuntimeException e) {
            // a bug in a dialect rewrite or the parser must not reach the host: this statement is reported as not analysed
            internal.add(PARSER_FAILED + base + ": " + e);
            return Outcome.NOT_ANALYSED;
        }
        if (outcome.isSkipped()) {
            CommandContext ctx = new CommandContext(stmtText, shift(slice.tokens(), -base), config);
            runner.run(rules, ctx, SqlRule::checkCommand, Deadline.none(), "on a command at offset " + base, internal);
            report(ctx.reports(), base, false, map, out, sup);
            return Outcome.COMMAND;
        }
        if (!outcome.ok()) {
            RuleMetadata rule = outcome.tooDeep() ? EngineRules.NESTING_TOO_DEEP
                : outcome.error() != null && outcome.error().contains("time budget") ? EngineRules.ANALYSIS_TIMEOUT : EngineRules.PARSE_ERROR;
            String message = rule == EngineRules.ANALYSIS_TIMEOUT ? timeBudget(limits, "parsing") : outcome.error();
            emit(out, map, rule, base + outcome.errorStart(), base + outcome.errorEnd(), message, List.of(), null, sup);
            return Outcome.NOT_ANALYSED;
        }
        SqlTree tree;
        try {
            tree = SqlTree.of(outcome.statement(), deadline);
        } catch (Deadline.DeadlineExceeded e) {
            emit(out, map, EngineRules.ANALYSIS_TIMEOUT, base, base + 1, timeBudget(limits, "walking the statement"), List.of(), null, sup);
            return Outcome.NOT_ANALYSED;
        } catch (RuntimeException e) {
            // a JSqlParser model corner we do not walk yet: report it, never throw to the host
            internal.add("statement at offset " + base + " could not be walked: " + e);
            return Outcome.PARSED;
        }
        SqlRuleContext ctx = new SqlRuleContext(tree, outcome.parsedText(), stmtText, config, shift(slice.tokens(), -base));
        boolean inTime = runner.run(rules, ctx, SqlRule::check, deadline, "at offset " + base, internal);
        if (!inTime) {
            emit(out, map, EngineRules.ANALYSIS_TIMEOUT, base, base + 1, timeBudget(limits, "the rules"), List.of(), null, sup);
        }
        report(ctx.reports(), base, true, map, out, sup);
        return Outcome.PARSED;
    }

    private static String timeBudget(Limits limits, String during) {
        return "analysis of this statement exceeded the time budget of " + limits.statementBudgetMillis() + " ms in " + during
            + "; the rest of it was not analysed (raise it with limits.statementBudgetMillis)";
    }

    private void report(List<SqlRuleContext.Report> reports, int base, boolean shiftFixes, Mapper map, List<Finding> out, Suppressions sup) {
        for (SqlRuleContext.Report r : reports) {
            List<Fix> fixes = r.fixes();
            if (shiftFixes) {
                fixes = new ArrayList<>();
                for (Fix f : r.fixes()) fixes.add(shiftFix(f, base));
            }
            emit(out, map, r.rule(), base + r.start(), base + r.end(), r.message(), fixes, r.detail(), sup);
        }
    }

    private void emit(List<Finding> out, Mapper map, RuleMetadata rule, int start, int end, String message, List<Fix> fixes,
                      String detail, Suppression sup) {
        if (!runner.reports(rule) || sup.suppresses(rule.id())) return;
        List<Fix> mapped = new ArrayList<>();
        for (Fix f : fixes) {
            Fix m = map.fix(f);
            if (m != null) mapped.add(m);
        }
        Finding f = runner.finding(rule, null, message, map.location(start, end), mapped, detail, sup);
        if (f != null) out.add(f);
    }

    private static Fix shiftFix(Fix f, int delta) {
        List<TextEdit> edits = new ArrayList<>();
        for (TextEdit e : f.edits()) edits.add(e.shift(delta));
        return new Fix(f.description(), edits);
    }

    private static List<SqlToken> shift(List<SqlToken> tokens, int delta) {
        List<SqlToken> out = new ArrayList<>(tokens.size());
        for (SqlToken t : tokens) out.add(new SqlToken(t.kind(), t.start() + delta, t.end() + delta));
        return out;
    }

    /** Maps analysed-text offsets to output locations (identity for scripts, through the template otherwise). */
    private static final class Mapper {
        private final LineIndex lines;
        private final SqlTemplate template;

        Mapper(String text, SqlTemplate template) {
            this.lines = new LineIndex(text);
            this.template = template;
        }

        Location location(int start, int end) {
            int s = template == null ? start : template.toSource(start, false);
            int e = template == null ? end : Math.max(s, template.toSource(end, true));
            return new Location(s, e, lines.line(start), lines.column(start), lines.line(end), lines.column(end), null);
        }

        /** The fix in output coordinates, or null when an edit touches a hole of a template. */
        Fix fix(Fix f) {
            if (template == null) return f;
            List<TextEdit> edits = new ArrayList<>();
            for (TextEdit e : f.edits()) {
                if (!template.withinOneLiteral(e.start(), Math.max(e.start(), e.end() - 1)) && e.end() > e.start()) return null;
                if (template.touchesHole(e.start(), e.end())) return null;
                edits.add(new TextEdit(template.toSource(e.start(), false), template.toSource(e.end(), true), e.replacement()));
            }
            return new Fix(f.description(), edits);
        }
    }
}
