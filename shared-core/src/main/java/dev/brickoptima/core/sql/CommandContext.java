package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement that is a dialect command rather than SQL the parser knows (Spark's VACUUM, RESTORE, COPY INTO,
 * OPTIMIZE, ...). Rules that care about commands (the read-only guard) see its text and first keyword.
 */
public final class CommandContext {
    private final String text;
    private final List<SqlToken> tokens;
    private final AnalyzerConfig config;
    private final List<SqlRuleContext.Report> reports = new ArrayList<>();
    private RuleMetadata rule;

    CommandContext(String text, List<SqlToken> tokens, AnalyzerConfig config) {
        this.text = text;
        this.tokens = tokens;
        this.config = config;
    }

    void setRule(RuleMetadata rule) {
        this.rule = rule;
    }

    List<SqlRuleContext.Report> reports() {
        return reports;
    }

    public String text() { return text; }
    public List<SqlToken> tokens() { return tokens; }
    public AnalyzerConfig config() { return config; }

    /** The command word, upper case ("VACUUM"). */
    public String keyword() {
        return tokens.isEmpty() ? "" : tokens.get(0).text(text).toUpperCase();
    }

    public void report(int start, int end, String message, Fix... fixes) {
        reports.add(new SqlRuleContext.Report(rule, start, end, message, null, List.of(fixes)));
    }
}
