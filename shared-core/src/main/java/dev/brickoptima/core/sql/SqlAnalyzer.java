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
import dev.brickoptima.core.sql.rules.SqlRuleCatalog;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Analyses SQL scripts and templates. Built once from a configuration; immutable and thread-safe after.
 * A statement that does not parse gives a {@code parse-error} finding and the others are still analysed.
 */
public final class SqlAnalyzer {
    private final AnalyzerConfig config;
    private final List<SqlRule> rules;
    private final SqlParser parser;
    private final SqlLexer lexer;

    public SqlAnalyzer(AnalyzerConfig config) {
        this(config, SqlRuleCatalog.all(), ParserWatch.NONE);
    }

    public SqlAnalyzer(AnalyzerConfig config, List<SqlRule> rules, ParserWatch watch) {
        this.config = config;
        List<SqlRule> enabled = new ArrayList<>();
        for (SqlRule r : rules) if (config.isEnabled(r.metadata())) enabled.add(r);
        this.rules = List.copyOf(enabled);
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
                    + "; not analysed (raise it with limits.maxInputChars)", List.of());
            return new SqlAnalysis(findings, 0, 0, 0, internal);
        }
        List<SqlToken> tokens = lexer.tokenize(text);
        List<StatementSlice> slices = ScriptSplitter.split(text, tokens, config.dialect());
        int parsed = 0;
        int skipped = 0;
        for (StatementSlice slice : slices) {
            Suppressions sup = Suppressions.of(text, slice.comments());
            List<Finding> own = new ArrayList<>();
            if (analyzeStatement(text, slice, map, own, internal)) parsed++;
            else if (own.isEmpty()) skipped++;
            for (Finding f : own) if (!sup.suppresses(f.ruleId())) findings.add(f);
        }
        int unclosed = UnterminatedComment.start(text, tokens);
        if (unclosed >= 0) {
            emit(findings, map, EngineRules.PARSE_ERROR, unclosed, Math.min(text.length(), unclosed + 2), UnterminatedComment.message(), List.of());
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.location().start()).thenComparing(Finding::ruleId));
        return new SqlAnalysis(findings, slices.size(), parsed, skipped, internal);
    }

    /** Returns true when the statement parsed. */
    private boolean analyzeStatement(String text, StatementSlice slice, Mapper map, List<Finding> out, List<String> internal) {
        Limits limits = config.limits();
        int base = slice.start();
        int len = slice.end() - slice.start();
        if (len > limits.maxStatementChars()) {
            emit(out, map, EngineRules.INPUT_TOO_LARGE, base, base + Math.min(len, 1),
                "statement of " + len + " characters exceeds the limit of " + limits.maxStatementChars()
                    + "; not analysed (raise it with limits.maxStatementChars)", List.of());
            return false;
        }
        if (slice.maxDepth() > limits.maxNestingDepth()) {
            emit(out, map, EngineRules.NESTING_TOO_DEEP, slice.deepestOffset(), slice.deepestOffset() + 1,
                "nesting depth " + slice.maxDepth() + " exceeds the limit of " + limits.maxNestingDepth()
                    + "; statement not analysed (raise it with limits.maxNestingDepth)", List.of());
            return false;
        }
        // one deadline for parsing, walking and every rule of the statement, checked per node where the work happens
        Deadline deadline = Deadline.after(limits.statementBudgetMillis());
        String stmtText = text.substring(slice.start(), slice.end());
        ParseOutcome outcome = parser.parse(stmtText, deadline);
        if (outcome.isSkipped()) {
            checkCommand(stmtText, shift(slice.tokens(), -base), base, map, out, internal);
            return false;
        }
        if (!outcome.ok()) {
            RuleMetadata rule = outcome.tooDeep() ? EngineRules.NESTING_TOO_DEEP
                : outcome.error() != null && outcome.error().contains("time budget") ? EngineRules.ANALYSIS_TIMEOUT : EngineRules.PARSE_ERROR;
            String message = rule == EngineRules.ANALYSIS_TIMEOUT ? timeBudget(limits, "parsing") : outcome.error();
            emit(out, map, rule, base + outcome.errorStart(), base + outcome.errorEnd(), message, List.of());
            return false;
        }
        SqlTree tree;
        try {
            tree = SqlTree.of(outcome.statement(), deadline);
        } catch (Deadline.DeadlineExceeded e) {
            emit(out, map, EngineRules.ANALYSIS_TIMEOUT, base, base + 1, timeBudget(limits, "walking the statement"), List.of());
            return false;
        } catch (RuntimeException e) {
            // a JSqlParser model corner we do not walk yet: report it, never throw to the host
            internal.add("statement at offset " + base + " could not be walked: " + e);
            return true;
        }
        List<SqlToken> stmtTokens = shift(slice.tokens(), -base);
        SqlRuleContext ctx = new SqlRuleContext(tree, outcome.parsedText(), stmtText, config, stmtTokens);
        for (SqlRule rule : rules) {
            if (deadline.passedNow()) {
                emit(out, map, EngineRules.ANALYSIS_TIMEOUT, base, base + 1, timeBudget(limits, "the rules"), List.of());
                break;
            }
            ctx.setRule(rule.metadata());
            int before = ctx.reports().size();
            try {
                rule.check(ctx);
            } catch (Deadline.DeadlineExceeded e) {
                // the rule stopped mid-walk at the deadline: what it reported may be partial, so it is dropped
                while (ctx.reports().size() > before) ctx.reports().remove(ctx.reports().size() - 1);
                emit(out, map, EngineRules.ANALYSIS_TIMEOUT, base, base + 1, timeBudget(limits, rule.metadata().id()), List.of());
                break;
            } catch (RuntimeException e) {
                // a rule bug must never stop the analysis or reach the host
                while (ctx.reports().size() > before) ctx.reports().remove(ctx.reports().size() - 1);
                internal.add(rule.metadata().id() + " failed at offset " + base + ": " + e);
            }
        }
        for (SqlRuleContext.Report r : ctx.reports()) {
            List<Fix> fixes = new ArrayList<>();
            for (Fix f : r.fixes()) fixes.add(shiftFix(f, base));
            emit(out, map, r.rule(), base + r.start(), base + r.end(), r.message(), fixes, r.detail());
        }
        return true;
    }

    private static String timeBudget(Limits limits, String during) {
        return "analysis of this statement exceeded the time budget of " + limits.statementBudgetMillis() + " ms in " + during
            + "; the rest of it was not analysed (raise it with limits.statementBudgetMillis)";
    }

    private void checkCommand(String text, List<SqlToken> tokens, int base, Mapper map, List<Finding> out, List<String> internal) {
        CommandContext ctx = new CommandContext(text, tokens, config);
        for (SqlRule rule : rules) {
            ctx.setRule(rule.metadata());
            try {
                rule.checkCommand(ctx);
            } catch (RuntimeException e) {
                internal.add(rule.metadata().id() + " failed on a command at offset " + base + ": " + e);
            }
        }
        for (SqlRuleContext.Report r : ctx.reports()) {
            emit(out, map, r.rule(), base + r.start(), base + r.end(), r.message(), r.fixes(), r.detail());
        }
    }

    private void emit(List<Finding> out, Mapper map, RuleMetadata rule, int start, int end, String message, List<Fix> fixes) {
        emit(out, map, rule, start, end, message, fixes, null);
    }

    private void emit(List<Finding> out, Mapper map, RuleMetadata rule, int start, int end, String message, List<Fix> fixes, String detail) {
        if (!config.isEnabled(rule) && !EngineRules.ALL.contains(rule)) return;
        if (EngineRules.ALL.contains(rule) && config.disabledRules().contains(rule.id())) return;
        List<Fix> mapped = new ArrayList<>();
        for (Fix f : fixes) {
            Fix m = map.fix(f);
            if (m != null) mapped.add(m);
        }
        out.add(new Finding(rule.id(), config.severityOf(rule), message, map.location(start, end), mapped,
            detail != null ? detail : rule.rationale()));
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
