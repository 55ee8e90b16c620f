package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleContext;
import dev.brickoptima.core.rule.RuleMetadata;
import net.sf.jsqlparser.statement.Statement;

import java.util.List;

/**
 * What a rule sees of one statement, and where it reports. Offsets are relative to the statement text;
 * the analyzer maps them to the script (and through templates to the host's source).
 */
public final class SqlRuleContext extends RuleContext<SqlRuleContext.Report> {
    /** A finding as a rule reports it, before mapping and severity configuration. */
    public record Report(RuleMetadata rule, int start, int end, String message, String detail, List<Fix> fixes) {
    }

    private final SqlTree tree;
    private final String text;
    private final String original;
    private final List<SqlToken> tokens;

    SqlRuleContext(SqlTree tree, String text, String original, AnalyzerConfig config, List<SqlToken> tokens) {
        super(config);
        this.tree = tree;
        this.text = text;
        this.original = original;
        this.tokens = tokens;
    }

    public Statement statement() { return tree.statement(); }
    public SqlTree tree() { return tree; }
    /** The statement text as parsed (same length as the user's; Spark-only clauses may be blanked). */
    public String text() { return text; }
    /** The statement exactly as written, before dialect rewrites (see {@code SparkRewriter}); same offsets as {@link #text()}. */
    public String originalText() { return original; }
    public Dialect dialect() { return config().dialect(); }
    /** Lexical tokens of the statement, for keyword positions the AST does not record. */
    public List<SqlToken> tokens() { return tokens; }

    /** Range of a node, falling back to the whole statement when the parser recorded none. */
    public Spans.Span span(Object node) {
        Spans.Span s = Spans.of(node);
        if (s == null) return new Spans.Span(0, text.length());
        // some JSqlParser nodes (LIMIT) start at the whitespace before their first keyword
        int start = s.start();
        int end = Math.min(s.end(), text.length());
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start == s.start() && end == s.end() ? s : new Spans.Span(start, end);
    }

    /** Source text of a node as the user wrote it (before dialect rewrites: {@code 1.0D}, not {@code 1.0 }). */
    public String source(Object node) {
        Spans.Span s = span(node);
        return original.substring(s.start(), s.end());
    }

    /** First WORD token equal to {@code keyword} (case-insensitive) within [from, to), or null. */
    public SqlToken keyword(String keyword, int from, int to) {
        for (SqlToken t : tokens) {
            if (t.start() >= from && t.end() <= to && t.isWord(text, keyword)) return t;
        }
        return null;
    }

    public void report(Object node, String message, Fix... fixes) {
        Spans.Span s = span(node);
        report(s.start(), s.end(), message, null, fixes);
    }

    public void report(int start, int end, String message, String detail, Fix... fixes) {
        add(new Report(rule(), start, end, message, detail, List.of(fixes)));
    }
}
