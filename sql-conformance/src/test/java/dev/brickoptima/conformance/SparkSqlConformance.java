package dev.brickoptima.conformance;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.ParserWatch;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.Spans;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the analyzer over Spark's golden files and compares with Spark's verdicts: which statements Spark
 * accepted but BrickOptima could not parse, which parsed to a different shape (an alias Spark's result schema
 * does not have), and which got an error-level finding although Spark ran them.
 */
final class SparkSqlConformance {
    /** A statement BrickOptima disagrees with Spark on. */
    record Gap(String file, int line, String sql, String detail) {
    }

    final List<Gap> parseGaps = new ArrayList<>();
    final List<Gap> misparses = new ArrayList<>();
    final List<Gap> falseErrors = new ArrayList<>();
    /** Findings that a condition never holds, on statements whose Spark result is indeed empty. */
    final List<Gap> confirmedNeverTrue = new ArrayList<>();
    /** Findings that a condition never holds, on statements for which Spark returned rows: Spark disproves them. */
    final List<Gap> disprovedNeverTrue = new ArrayList<>();
    final List<String> internalErrors = new ArrayList<>();
    int statements;
    int sparkParsed;
    int sparkRan;

    /**
     * Rules that say a condition never holds (the statement runs, but its filter keeps nothing). Spark running such a
     * statement does not disprove them; Spark returning rows would.
     */
    static final Set<String> NEVER_TRUE_RULES = Set.of("null-comparison", "contradictory-condition", "between-reversed");

    private final SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.SPARK).build());
    private final SqlParser parser = new SqlParser(Dialect.SPARK, ParserWatch.NONE);

    void add(SparkGoldenFile file) {
        for (SparkGoldenFile.Block b : file.blocks()) {
            statements++;
            if (!b.sparkParses()) continue;
            sparkParsed++;
            SqlAnalysis a = analyzer.analyze(b.sql());
            for (String e : a.internalErrors()) internalErrors.add(file.name() + ":" + b.line() + " " + e);
            Finding parseFailure = null;
            for (Finding f : a.findings()) {
                if (isUnanalysed(f)) {
                    parseFailure = f;
                    break;
                }
            }
            if (parseFailure != null) {
                parseGaps.add(new Gap(file.name(), b.line(), b.sql(), parseFailure.ruleId() + " " + parseFailure.location().line() + ":" + parseFailure.location().column() + " " + parseFailure.message()));
                continue;
            }
            if (b.verdict() != SparkGoldenFile.Verdict.RAN) continue;
            sparkRan++;
            for (Finding f : a.findings()) {
                Gap g = new Gap(file.name(), b.line(), b.sql(), f.ruleId() + " " + f.severity().label() + " " + f.location().line() + ":" + f.location().column() + " " + f.message());
                if (f.severity() == Severity.ERROR) falseErrors.add(g);
                if (NEVER_TRUE_RULES.contains(f.ruleId())) (b.output().isEmpty() ? confirmedNeverTrue : disprovedNeverTrue).add(g);
            }
            String mismatch = aliasMismatch(b);
            if (mismatch != null) misparses.add(new Gap(file.name(), b.line(), b.sql(), mismatch));
        }
    }

    private static boolean isUnanalysed(Finding f) {
        String id = f.ruleId();
        return id.equals("parse-error") || id.equals("nesting-too-deep") || id.equals("analysis-timeout") || id.equals("input-too-large");
    }

    /**
     * Every alias of the top-level SELECT list names a column of Spark's result schema: an alias Spark's
     * schema lacks means the statement was read differently ({@code SELECT 1.0D} as {@code 1.0 AS D}).
     */
    private String aliasMismatch(SparkGoldenFile.Block b) {
        String schema = b.schema();
        if (schema == null || !schema.startsWith("struct<") || schema.equals("struct<>")) return null;
        if (b.sql().regionMatches(true, 0, "EXPLAIN", 0, 7)) return null;
        ParseOutcome out = parser.parse(b.sql());
        if (!out.ok() || !(out.statement() instanceof PlainSelect ps)) return null;
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() == null || item.getAlias().getName() == null || item.getAlias().getName().isEmpty()) continue;
            // the alias as the user wrote it: a same-length rewrite may have renamed it (AS true -> AS tru_)
            Spans.Span span = Spans.of(item);
            String parsedAlias = item.getAlias().getName();
            String alias = unquote(span != null && span.end() <= b.sql().length() && span.end() >= parsedAlias.length()
                && out.parsedText().startsWith(parsedAlias, span.end() - parsedAlias.length())
                ? b.sql().substring(span.end() - parsedAlias.length(), span.end()) : parsedAlias);
            if (alias.regionMatches(true, 0, "IDENTIFIER(", 0, 11)) continue;
            if (!schema.contains("<" + alias + ":") && !schema.contains("," + alias + ":")) {
                return "alias '" + alias + "' is not a column of Spark's result " + abbreviate(schema);
            }
        }
        return null;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '`' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 100 ? one : one.substring(0, 100) + "...";
    }

    double parseCoverage() {
        return sparkParsed == 0 ? 0 : 100.0 * (sparkParsed - parseGaps.size()) / sparkParsed;
    }
}
